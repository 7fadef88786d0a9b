using Rustboxd.Models;

namespace Rustboxd.Export;

/// <summary>Where a row comes from: the export's owner, the file and its role, and the record's line and number.</summary>
internal sealed record RowSource(string? Member, string File, ExportFileRole Role, int Line, int Number);

/// <summary>
/// One typed object per CSV row, for each kind of file in the export. Column names are Letterboxd's own; a column a
/// file lacks reads as blank, and only the Name column (Username in profile.csv) must hold something.
/// </summary>
internal static class ExportRows
{
    public static object Read(ExportCsvReader csv, RowSource source) => source.Role.Kind switch
    {
        ExportKind.Diary => Diary(csv, source),
        ExportKind.Reviews => Review(csv, source),
        ExportKind.Ratings or ExportKind.Watched => Film(csv, source),
        ExportKind.Likes when source.Role.Detail is "reviews" or "lists" => Like(csv, source),
        ExportKind.Likes => Film(csv, source),
        ExportKind.Watchlist => Watchlist(csv, source),
        ExportKind.Comments => Comment(csv, source),
        ExportKind.Profile => Profile(csv, source),
        _ => throw new InvalidOperationException($"{source.Role.Kind} files are not read row by row."),
    };

    /// <summary>The column a file of this kind cannot do without.</summary>
    public static string RequiredColumn(ExportFileRole role) => role.Kind switch
    {
        ExportKind.Profile => "Username",
        ExportKind.Comments => "Comment",
        _ => "Name",
    };

    /// <summary>The columns each kind reads; any other column is left alone.</summary>
    public static IReadOnlyCollection<string> KnownColumns(ExportFileRole role) => role.Kind switch
    {
        ExportKind.Diary => ["Date", "Name", "Year", "Letterboxd URI", "Rating", "Rewatch", "Tags", "Watched Date"],
        ExportKind.Reviews => ["Date", "Name", "Year", "Letterboxd URI", "Rating", "Rewatch", "Review", "Tags", "Watched Date"],
        ExportKind.Ratings => ["Date", "Name", "Year", "Letterboxd URI", "Rating"],
        ExportKind.Comments => ["Date", "Content", "Comment"],
        ExportKind.Profile =>
        [
            "Date Joined", "Username", "Given Name", "Family Name", "Email Address", "Location", "Website", "Bio",
            "Pronoun", "Favorite Films",
        ],
        ExportKind.Lists => ["Date", "Name", "Tags", "URL", "Description", "Position", "Year"],
        _ => ["Date", "Name", "Year", "Letterboxd URI", "URL"],
    };

    private static ExportDiaryEntry Diary(ExportCsvReader csv, RowSource source) => new()
    {
        Member = source.Member,
        Title = csv.Required("Name"),
        Year = Year(csv),
        WatchedDate = csv.Date("Watched Date"),
        Rating = csv.Rating("Rating"),
        Rewatch = csv.YesNo("Rewatch"),
        Tags = csv.List("Tags"),
        LoggedDate = csv.Date("Date"),
        LetterboxdUri = csv.Address("Letterboxd URI"),
        Status = source.Role.Status,
        File = source.File,
        Line = source.Line,
    };

    private static ExportReview Review(ExportCsvReader csv, RowSource source)
    {
        var watched = csv.Date("Watched Date");
        var logged = csv.Date("Date");
        var rewatch = csv.YesNo("Rewatch");
        return new ExportReview
        {
            Member = source.Member,
            Title = csv.Required("Name"),
            Year = Year(csv),
            Rating = csv.Rating("Rating"),
            Date = watched ?? logged,
            Kind = watched is null ? ReviewKind.Added : rewatch ? ReviewKind.Rewatched : ReviewKind.Watched,
            Text = csv.Text("Review"),
            Rewatch = rewatch,
            WatchedDate = watched,
            LoggedDate = logged,
            Tags = csv.List("Tags"),
            LetterboxdUri = csv.Address("Letterboxd URI"),
            Status = source.Role.Status,
            File = source.File,
            Line = source.Line,
        };
    }

    private static ExportFilm Film(ExportCsvReader csv, RowSource source)
    {
        var address = csv.Address("Letterboxd URI");
        return new ExportFilm
        {
            Member = source.Member,
            Title = csv.Required("Name"),
            Year = Year(csv),
            Rating = source.Role.Kind == ExportKind.Ratings ? csv.Rating("Rating") : null,
            Liked = source.Role.Kind == ExportKind.Likes,
            Date = csv.Date("Date"),
            LetterboxdUri = address,
            ShortId = ShortIdOf(address),
            Kind = source.Role.Kind,
            Status = source.Role.Status,
            File = source.File,
            Line = source.Line,
        };
    }

    private static ExportLike Like(ExportCsvReader csv, RowSource source) => new()
    {
        Member = source.Member,
        Subject = source.Role.Detail == "reviews" ? ExportLikeSubject.Review : ExportLikeSubject.List,
        Title = csv.Required("Name"),
        Year = Year(csv),
        Date = csv.Date("Date"),
        LetterboxdUri = csv.Address("Letterboxd URI") ?? csv.Address("URL"),
        Status = source.Role.Status,
        File = source.File,
        Line = source.Line,
    };

    private static ExportWatchlistEntry Watchlist(ExportCsvReader csv, RowSource source)
    {
        var address = csv.Address("Letterboxd URI");
        return new ExportWatchlistEntry
        {
            Member = source.Member,
            Position = source.Number,
            Title = csv.Required("Name"),
            Year = Year(csv),
            Date = csv.Date("Date"),
            LetterboxdUri = address,
            ShortId = ShortIdOf(address),
            Status = source.Role.Status,
            File = source.File,
            Line = source.Line,
        };
    }

    private static ExportComment Comment(ExportCsvReader csv, RowSource source)
    {
        var content = csv.Text("Content")?.Trim();
        return new ExportComment
        {
            Member = source.Member,
            Date = csv.Date("Date"),
            Text = csv.Required("Comment"),
            Url = Uri.TryCreate(content, UriKind.Absolute, out var url) ? url : null,
            Status = source.Role.Status,
            File = source.File,
            Line = source.Line,
        };
    }

    private static ExportProfile Profile(ExportCsvReader csv, RowSource source)
    {
        var given = csv.Text("Given Name")?.Trim();
        var family = csv.Text("Family Name")?.Trim();
        var displayName = string.Join(' ', new[] { given, family }.OfType<string>());
        return new ExportProfile
        {
            UserName = csv.Required("Username"),
            DisplayName = displayName.Length == 0 ? null : displayName,
            GivenName = given,
            FamilyName = family,
            EmailAddress = csv.Text("Email Address")?.Trim(),
            Location = csv.Text("Location")?.Trim(),
            Website = csv.Text("Website")?.Trim(),
            Bio = csv.Text("Bio"),
            Pronoun = csv.Text("Pronoun")?.Trim(),
            FavouriteFilms = csv.Addresses("Favorite Films"),
            DateJoined = csv.Date("Date Joined"),
            File = source.File,
            Line = source.Line,
        };
    }

    // Films go back to 1874 (Passage de Vénus); the upper bound leaves room for announced films.
    private static int? Year(ExportCsvReader csv) => csv.Integer("Year", 1870, 2200);

    // https://boxd.it/B0DK -> B0DK
    private static string? ShortIdOf(Uri? address) =>
        address is { Host: "boxd.it" } && address.AbsolutePath.Trim('/') is { Length: > 0 } code && !code.Contains('/')
            ? code
            : null;
}

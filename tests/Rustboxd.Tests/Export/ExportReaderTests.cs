using Rustboxd.Errors;
using Rustboxd.Export;
using Rustboxd.Models;
using Rustboxd.Sessions;

namespace Rustboxd.Tests.Export;

public sealed class ExportReaderTests(ExportSamples samples) : IClassFixture<ExportSamples>
{
    private static readonly string OddExport = Path.Combine(Corpus.SyntheticRoot, "export", "odd-export");

    public static TheoryData<string, string, ExportKind> EveryCapturedFile => new()
    {
        { "2023", "export/diary-2023-09.csv", ExportKind.Diary },
        { "2023", "export/ratings-2023-09.csv", ExportKind.Ratings },
        { "2023", "export/reviews-2023-09.csv", ExportKind.Reviews },
        { "2023", "export/watched-2023-09.csv", ExportKind.Watched },
        { "2023", "export/watchlist-2023-09.csv", ExportKind.Watchlist },
        { "2023", "export/profile-2023-09.csv", ExportKind.Profile },
        { "2026", "export/diary-2026-07.csv", ExportKind.Diary },
        { "2026", "export/profile-2026-07.csv", ExportKind.Profile },
    };

    [Theory]
    [MemberData(nameof(EveryCapturedFile))]
    public void Reads_every_data_row_of_both_samples_from_the_zip_and_the_folder(string sample, string file, ExportKind kind)
    {
        var facts = Corpus.Page(file);

        foreach (var path in sample == "2023" ? new[] { samples.Zip2023, samples.Folder2023 } : [samples.Zip2026, samples.Folder2026])
        {
            var items = Read(path, kind);

            Assert.Empty(items.OfType<ExportException>());
            Assert.Equal(facts.Int("rows"), items.Count);
            if (facts.Has("first_name"))
            {
                dynamic first = items[0];
                Assert.Equal(facts.String("first_name"), (string)first.Title);
                Assert.Equal(facts.Int("first_year"), (int?)first.Year);
            }

            if (facts.Has("first_rating"))
            {
                dynamic first = items[0];
                Assert.Equal(facts.Decimal("first_rating"), (decimal?)first.Rating);
            }
        }
    }

    [Fact]
    public void Reads_the_whole_2023_export_with_every_kind_in_order_and_the_member_from_profile_csv()
    {
        var items = Read(samples.Zip2023);

        var expected = ExportSamples.Layout2023.Values.Sum(file => Corpus.Page(file).Int("rows"));
        Assert.Equal(expected, items.Count);
        Assert.Empty(items.OfType<ExportException>());
        var kinds = items.Select(KindOf).Where((kind, i) => i == 0 || KindOf(items[i - 1]) != kind);
        Assert.Equal(["Diary", "Ratings", "Watched", "Watchlist", "Reviews", "Profile"], kinds);
        Assert.All(items.OfType<ExportDiaryEntry>(), entry => Assert.Equal("sampleuser122", entry.Member));
        Assert.All(items.OfType<ExportFilm>(), film => Assert.Equal("sampleuser122", film.Member));
    }

    [Fact]
    public void Types_the_2023_diary_dates_ratings_rewatches_and_boxd_it_addresses()
    {
        var diary = Read(samples.Folder2023, ExportKind.Diary).Cast<ExportDiaryEntry>().ToList();

        var first = diary[0];
        Assert.Equal(new DateTime(2023, 9, 1), first.WatchedDate);
        Assert.Equal(new DateTime(2023, 9, 1), first.LoggedDate);
        Assert.Equal("On the Line", first.Title);
        Assert.Equal(1.5m, first.Rating);
        Assert.Equal(new Uri("https://boxd.it/4MNHxf"), first.LetterboxdUri);
        Assert.Equal("diary.csv", first.File);
        Assert.Equal(2, first.Line);

        // MANIFEST: 30 rows have a rating, 4 rows Rewatch=Yes.
        Assert.Equal(30, diary.Count(entry => entry.Rating is not null));
        Assert.Equal(4, diary.Count(entry => entry.Rewatch));
        Assert.All(diary, entry => Assert.Equal(ExportStatus.Current, entry.Status));
        Assert.All(diary, entry => Assert.Equal(TimeSpan.Zero, entry.WatchedDate!.Value.ToDateTime().TimeOfDay));
    }

    [Fact]
    public void Reads_half_star_ratings_as_decimal_stars()
    {
        // BL-29: ratings.csv's 3.5 is 3.5 stars, not an integer and not Letterboxd's 1-10 scale.
        var ratings = Read(samples.Zip2023, ExportKind.Ratings).Cast<ExportFilm>().ToList();

        var halves = File.ReadLines(Path.Combine(Corpus.Root, "export/ratings-2023-09.csv")).Skip(1)
            .Count(line => line.EndsWith(".5", StringComparison.Ordinal));
        Assert.Equal(halves, ratings.Count(film => film.Rating % 1 == 0.5m));
        Assert.True(halves > 0);
        Assert.All(ratings, film => Assert.InRange(film.Rating!.Value, 0.5m, 5m));
        Assert.Equal(("On the Line", 2022, 1.5m), (ratings[0].Title, ratings[0].Year!.Value, ratings[0].Rating!.Value));
    }

    [Fact]
    public void Keeps_quoted_multi_line_review_text_whole()
    {
        var reviews = Read(samples.Zip2023, ExportKind.Reviews).Cast<ExportReview>().ToList();

        // MANIFEST: 8 reviews contain a newline; 4 rows Rewatch=Yes.
        Assert.Equal(8, reviews.Count(review => review.Text!.Contains('\n')));
        Assert.Equal(4, reviews.Count(review => review.Kind == ReviewKind.Rewatched));
        var remember = reviews.Single(review => review.Title == "Remember Me");
        Assert.EndsWith("La fecha: September 11, 2001.", remember.Text);
        Assert.Equal(12, remember.Line);
        // The next row starts after every line the quoted text spans.
        var lines = remember.Text!.Count(c => c == '\n') + 1;
        Assert.Equal(remember.Line + lines, reviews[reviews.IndexOf(remember) + 1].Line);
        var pastLives = reviews.Single(review => review.Title == "Past Lives");
        Assert.StartsWith("\"Hay una palabra en coreano. In-Yun.", pastLives.Text);
    }

    [Fact]
    public void Gives_watchlist_positions_and_short_ids_and_the_profile_its_favourites()
    {
        var watchlist = Read(samples.Folder2023, ExportKind.Watchlist).Cast<ExportWatchlistEntry>().ToList();
        var profile = Read(samples.Folder2026, ExportKind.Profile).Cast<ExportProfile>().Single();

        Assert.Equal(Enumerable.Range(1, 7), watchlist.Select(entry => entry.Position));
        Assert.Equal("zEvs", watchlist[0].ShortId);
        Assert.Equal("sampleuser122", profile.UserName);
        Assert.Equal(new DateTime(2023, 4, 10), profile.DateJoined);
        Assert.Equal("Sample City, Sample Country", profile.Location);
        Assert.Equal(4, profile.FavouriteFilms.Count);
        Assert.Contains("\n\nIt has two paragraphs and a <a href=\"https://example.com/\">link</a>.", profile.Bio);
    }

    [Fact]
    public void Reads_a_list_export_with_its_header_and_every_entry()
    {
        var list = Read(samples.Zip2026, ExportKind.Lists).Cast<ExportList>().Single();

        Assert.Equal(Corpus.Page("export/list-2026-07.csv").Int("rows"), list.Entries.Count);
        Assert.Equal("2000s-ranked", list.Slug);
        Assert.Equal("2000s Ranked", list.Title);
        Assert.Equal("Letterboxd list export v7", list.Format);
        Assert.Equal(["2000s", "2000sranked", "top", "top2000s"], list.Tags);
        Assert.Equal(new DateTime(2024, 3, 1), list.Published);
        Assert.Equal(new Uri("https://boxd.it/tuaCm"), list.Url);
        Assert.Equal("sampleuser122", list.Owner);
        Assert.Equal(Enumerable.Range(1, 55), list.Entries.Select(entry => entry.Position!.Value));
        Assert.Equal(("The Class", 2007), (list.Entries[0].Title, list.Entries[0].Year!.Value));
        Assert.Equal(("The Man Next Door", 2009), (list.Entries[^1].Title, list.Entries[^1].Year!.Value));
        Assert.All(list.Entries, entry => Assert.Equal("2000s-ranked", entry.ListSlug));
    }

    [Fact]
    public void Leaves_the_deleted_and_orphaned_folders_out_unless_asked()
    {
        var current = Read(samples.Zip2026, ExportKind.Diary).Cast<ExportDiaryEntry>().ToList();
        var all = Read(samples.Zip2026, ExportKind.Diary, includeRemoved: true).Cast<ExportDiaryEntry>().ToList();

        Assert.Equal(913, current.Count);
        Assert.Equal(913 + 13 + 18, all.Count);
        Assert.Equal(190, current.Count(entry => entry.Rewatch));
        var orphaned = all.Where(entry => entry.Status == ExportStatus.Orphaned).ToList();
        Assert.Equal(18, orphaned.Count);
        Assert.All(orphaned, entry => Assert.Null(entry.LetterboxdUri));
        Assert.Single(orphaned, entry => entry.Year is null);
        Assert.Equal(6, orphaned.Count(entry => entry.Rewatch));
        Assert.Equal(13, all.Count(entry => entry.Status == ExportStatus.Deleted && entry.File == "deleted/diary.csv"));
    }

    [Fact]
    public void Reads_a_loose_csv_file_by_its_name_and_a_list_by_its_first_line()
    {
        Assert.Equal(18, ReadFile("export/orphaned-diary-2026-07.csv").Cast<ExportDiaryEntry>()
            .Count(entry => entry.Status == ExportStatus.Orphaned));
        Assert.All(ReadFile("export/watchlist-2023-09.csv"), item => Assert.IsType<ExportWatchlistEntry>(item));
        Assert.All(ReadFile("export/watched-2023-09.csv"), item => Assert.Equal(ExportKind.Watched, ((ExportFilm)item).Kind));
        Assert.Equal(55, ReadFile("export/list-2026-07.csv").Cast<ExportList>().Single().FilmCount);
    }

    [Fact]
    public void Reports_each_unreadable_row_with_its_file_and_line_and_returns_the_rest()
    {
        var items = Read(OddExport, ExportKind.Diary);

        var failures = items.OfType<ExportException>().ToList();
        Assert.Equal([7, 8, 9, 11], failures.Select(failure => failure.Line!.Value));
        Assert.All(failures, failure => Assert.Equal(ErrorIds.ExportRowUnreadable, failure.ErrorId));
        Assert.All(failures, failure => Assert.Equal("diary.csv", failure.File));
        Assert.Equal(["Date", "Rating", "Name", "Rewatch"], failures.Select(failure => failure.Column));
        Assert.EndsWith("diary.csv:7", failures[0].Target);

        // Errors stand in the place of their rows, between the entries before and after them.
        Assert.Equal(
            ["Plain Film", "Only The Name", "Comma, And \"Quotes\"", "Multi Line Tags", "!7", "!8", "!9",
                "After The Bad Ones", "!11", "Last Film"],
            items.Select(item => item is ExportDiaryEntry entry ? entry.Title : $"!{((ExportException)item).Line}"));
    }

    [Fact]
    public void Reads_blank_columns_as_null_and_odd_but_valid_fields_as_written()
    {
        var diary = Read(OddExport, ExportKind.Diary).OfType<ExportDiaryEntry>().ToList();

        var bare = diary.Single(entry => entry.Title == "Only The Name");
        Assert.Null(bare.Year);
        Assert.Null(bare.Rating);
        Assert.Null(bare.WatchedDate);
        Assert.Null(bare.LoggedDate);
        Assert.Null(bare.LetterboxdUri);
        Assert.False(bare.Rewatch);
        Assert.Empty(bare.Tags);
        var quoted = diary.Single(entry => entry.Year == 1999);
        Assert.Equal("Comma, And \"Quotes\"", quoted.Title);
        Assert.Equal(0.5m, quoted.Rating);
        Assert.Equal(["cinema", "friends"], quoted.Tags);
        Assert.Equal(["first", "second"], diary.Single(entry => entry.Title == "Multi Line Tags").Tags);
        Assert.Equal(12, diary[^1].Line);
        Assert.All(diary, entry => Assert.Equal("synthexport", entry.Member));
    }

    [Fact]
    public void Warns_when_kind_contradicts_the_name_of_a_loose_file()
    {
        var observer = new RecordingObserver();

        var items = ExportReader.Read(Path.Combine(Corpus.Root, "export", "ratings-2023-09.csv"), [ExportKind.Diary],
            includeRemoved: false, observer).ToList();

        Assert.NotEmpty(items);
        var warning = Assert.Single(observer.Warnings);
        Assert.StartsWith("ratings-2023-09.csv is named like the export's ratings file but is read as Diary", warning);
    }

    [Fact]
    public void Warns_about_a_stray_quote_and_reads_a_short_row_and_the_files_no_capture_holds()
    {
        var observer = new RecordingObserver();

        var items = ExportReader.Read(OddExport, null, includeRemoved: false, observer).ToList();

        var watchlist = items.OfType<ExportWatchlistEntry>().ToList();
        Assert.Equal(["Short Row", "A \"stray\" quote", "Normal"], watchlist.Select(entry => entry.Title));
        Assert.Null(watchlist[0].LetterboxdUri);
        Assert.Contains(observer.Warnings, warning => warning.StartsWith("watchlist.csv line 3:", StringComparison.Ordinal));
        Assert.Contains(observer.Verbose, line => line == "diary.csv: columns Rustboxd does not read, left alone: Notes");
        var liked = items.OfType<ExportFilm>().Single();
        Assert.True(liked.Liked);
        Assert.Equal(ExportKind.Likes, liked.Kind);
        Assert.Equal(ExportLikeSubject.Review, items.OfType<ExportLike>().Single().Subject);
        var comments = items.OfType<ExportComment>().ToList();
        Assert.Equal("Nice review.\nTwo lines.", comments[0].Text);
        Assert.Equal("/someone/film/normal/", comments[0].Url!.AbsolutePath);
        Assert.Null(comments[1].Url);
    }

    [Fact]
    public void Says_which_kind_an_export_lacks_and_refuses_what_is_not_an_export()
    {
        var missing = Read(samples.Zip2023, ExportKind.Lists).Cast<ExportException>().Single();
        Assert.Equal(ErrorIds.ExportKindMissing, missing.ErrorId);

        var notFound = Assert.Throws<ExportException>(() => Read(Path.Combine(samples.Root, "nothing-here.zip")));
        Assert.Equal(ErrorIds.ExportNotFound, notFound.ErrorId);

        var notZip = Path.Combine(samples.Root, "not-a-zip.zip");
        File.WriteAllText(notZip, "plain text");
        Assert.Equal(ErrorIds.ExportUnreadable, Assert.Throws<ExportException>(() => Read(notZip)).ErrorId);

        var emptyFolder = Directory.CreateDirectory(Path.Combine(samples.Root, "empty")).FullName;
        Assert.Equal(ErrorIds.ExportUnreadable, Read(emptyFolder).Cast<ExportException>().Single().ErrorId);
    }

    [Fact]
    public void Reports_a_file_without_its_name_column_and_reads_the_other_files()
    {
        var folder = Directory.CreateDirectory(Path.Combine(samples.Root, "wrong-file")).FullName;
        File.WriteAllText(Path.Combine(folder, "ratings.csv"), "Film,Stars\nX,4\n");
        File.Copy(Path.Combine(Corpus.Root, "export/watched-2023-09.csv"), Path.Combine(folder, "watched.csv"));

        var items = Read(folder);

        var failure = items.OfType<ExportException>().Single();
        Assert.Equal(ErrorIds.ExportFileUnreadable, failure.ErrorId);
        Assert.Contains("has no Name column", failure.Message);
        Assert.Equal(30, items.OfType<ExportFilm>().Count());
    }

    private static List<object> Read(string path, ExportKind? kind = null, bool includeRemoved = false) =>
        ExportReader.Read(path, kind is null ? null : [kind.Value], includeRemoved, NullCallObserver.Instance).ToList();

    private static string KindOf(object item) => item switch
    {
        ExportFilm film => film.Kind.ToString(),
        _ => item.GetType().Name switch
        {
            "ExportDiaryEntry" => "Diary",
            "ExportWatchlistEntry" => "Watchlist",
            "ExportReview" => "Reviews",
            "ExportProfile" => "Profile",
            var name => name,
        },
    };

    private static List<object> ReadFile(string corpusFile) =>
        ExportReader.Read(Path.Combine(Corpus.Root, corpusFile), null, includeRemoved: true, NullCallObserver.Instance).ToList();

    private sealed class RecordingObserver : ICallObserver
    {
        public List<string> Warnings { get; } = [];

        public List<string> Verbose { get; } = [];

        void ICallObserver.Verbose(string message) => Verbose.Add(message);

        public void Debug(string message)
        {
        }

        public void Warning(string message) => Warnings.Add(message);

        public void Progress(CallProgress progress)
        {
        }
    }
}

namespace Rustboxd.Models;

/// <summary>Which part of the export a row comes from.</summary>
public enum ExportStatus
{
    /// <summary>The member's data as it stands (the files at the top of the export).</summary>
    Current,

    /// <summary>Something the member deleted (the export's deleted/ folder).</summary>
    Deleted,

    /// <summary>Something whose film Letterboxd no longer has (the export's orphaned/ folder).</summary>
    Orphaned,
}

/// <summary>The kinds of data in a Letterboxd account export, one per -Kind value of Import-LetterboxdExport.</summary>
public enum ExportKind
{
    /// <summary>diary.csv: one row per diary entry.</summary>
    Diary,

    /// <summary>ratings.csv: the member's current rating of each film.</summary>
    Ratings,

    /// <summary>watched.csv: every film marked as watched.</summary>
    Watched,

    /// <summary>watchlist.csv.</summary>
    Watchlist,

    /// <summary>reviews.csv: reviews with their text.</summary>
    Reviews,

    /// <summary>likes/films.csv, likes/reviews.csv and likes/lists.csv.</summary>
    Likes,

    /// <summary>comments.csv: the member's comments on reviews and lists.</summary>
    Comments,

    /// <summary>profile.csv: the account's profile.</summary>
    Profile,

    /// <summary>lists/*.csv: one file per list, with its entries.</summary>
    Lists,
}

namespace Rustboxd.Models;

/// <summary>What Search-Letterboxd looks for; each is one of Letterboxd's search filters.</summary>
public enum SearchType
{
    /// <summary>Films (/s/search/films/...), with their year and directors.</summary>
    Film,

    /// <summary>Members (/s/search/members/...).</summary>
    Member,

    /// <summary>Lists (/s/search/lists/...).</summary>
    List,

    /// <summary>Cast and crew (/s/search/cast-crew/...).</summary>
    Person,
}

/// <summary>The period of Letterboxd's popular films.</summary>
public enum PopularPeriod
{
    AllTime,
    Week,
    Month,
    Year,
}

/// <summary>The order of a film's reviews: Letterboxd's popular reviews, or the most recent first.</summary>
public enum ReviewSort
{
    Popular,
    Recent,
}

using Rustboxd.Parsing.Extractors;

namespace Rustboxd.Paging;

/// <summary>One parsed page of a paged collection: its items, its pagination, and the total it states.</summary>
public interface ICollectionPage<out TItem>
{
    IReadOnlyList<TItem> Items { get; }

    Pagination Pagination { get; }

    /// <summary>The number of items the page says the whole collection holds (a heading, a tab count), or null.</summary>
    int? StatedTotal { get; }
}

/// <summary>A plain page of items, for parsers whose page has nothing else worth keeping.</summary>
public sealed record CollectionPage<TItem>(IReadOnlyList<TItem> Items, Pagination Pagination, int? StatedTotal)
    : ICollectionPage<TItem>;

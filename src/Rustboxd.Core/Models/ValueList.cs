using System.Collections;
using System.Runtime.CompilerServices;

namespace Rustboxd.Models;

/// <summary>
/// The one way the models hold a list: immutable, compared by its items, and read as one cell. ToString joins
/// the items' own ToString with <see cref="Separator"/>, so Export-Csv writes "David Lynch; Mark Frost" where a
/// plain array would write System.String[]. PowerShell still enumerates it, indexes it and counts it.
/// </summary>
/// <remarks>
/// Models declare list properties as IReadOnlyList&lt;T&gt; and store whatever they are given through
/// <see cref="ValueList.From{T}"/> (see docs/architecture.md, "Output objects"). An item whose own text holds
/// "; " is not escaped: split a cell on the separator only when the items cannot contain it.
/// </remarks>
[CollectionBuilder(typeof(ValueList), nameof(ValueList.Create))]
public sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly T[] _items;

    internal ValueList(T[] items) => _items = items;

    public static ValueList<T> Empty { get; } = new([]);

    public int Count => _items.Length;

    public T this[int index] => _items[index];

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    public bool Equals(ValueList<T>? other) =>
        other is not null && (ReferenceEquals(this, other) || _items.SequenceEqual(other._items));

    public override bool Equals(object? obj) => Equals(obj as ValueList<T>);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in _items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>The items joined by "; ", e.g. "Drama; Mystery; Thriller"; empty for no items.</summary>
    public override string ToString() => string.Join(ValueList.Separator, _items);
}

/// <summary>Builds <see cref="ValueList{T}"/>s.</summary>
public static class ValueList
{
    /// <summary>What joins the items of a list in its text form (and so in an Export-Csv cell).</summary>
    public const string Separator = "; ";

    /// <summary>For collection expressions: <c>ValueList&lt;string&gt; genres = ["Drama", "Thriller"];</c>.</summary>
    public static ValueList<T> Create<T>(ReadOnlySpan<T> items) =>
        items.IsEmpty ? ValueList<T>.Empty : new ValueList<T>(items.ToArray());

    /// <summary>A value list of <paramref name="items"/>: the list itself when it is one, else a copy.</summary>
    public static ValueList<T> From<T>(IEnumerable<T>? items) => items switch
    {
        null => ValueList<T>.Empty,
        ValueList<T> list => list,
        _ => items.TryGetNonEnumeratedCount(out var count) && count == 0
            ? ValueList<T>.Empty
            : new ValueList<T>(items.ToArray()),
    };
}

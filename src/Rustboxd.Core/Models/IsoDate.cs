using System.Globalization;

namespace Rustboxd.Models;

/// <summary>
/// A calendar day without time or zone, as Letterboxd dates diary entries, reviews and lists. It reads as
/// ISO 8601 (2025-12-14) everywhere: in tables, in string conversion and so in every Export-Csv cell, whatever
/// the culture. It has DateOnly's parts (Year, Month, Day, DayOfWeek, DayOfYear), sorts and compares, and
/// converts to and from DateTime, DateOnly and text, so <c>$_.WatchedDate -ge '2025-06-01'</c> and
/// <c>Get-Date $_.WatchedDate</c> both work.
/// </summary>
/// <remarks>
/// From DateTime the conversion is implicit and keeps the day (any time of day is dropped: the models' dates are
/// days), so a parser can assign a DateTime. To DateTime it is explicit, or <see cref="ToDateTime"/>.
/// </remarks>
public readonly record struct IsoDate : IComparable<IsoDate>, IComparable, IFormattable
{
    private const string Format = "yyyy-MM-dd";

    private readonly DateOnly _day;

    public IsoDate(int year, int month, int day) => _day = new DateOnly(year, month, day);

    public IsoDate(DateOnly day) => _day = day;

    public int Year => _day.Year;

    public int Month => _day.Month;

    public int Day => _day.Day;

    public DayOfWeek DayOfWeek => _day.DayOfWeek;

    public int DayOfYear => _day.DayOfYear;

    /// <summary>Midnight of the day, of unspecified kind.</summary>
    public DateTime ToDateTime() => _day.ToDateTime(TimeOnly.MinValue);

    public DateOnly ToDateOnly() => _day;

    /// <summary>Reads 2025-12-14, or failing that any date the invariant culture reads (Dec 14, 2025).</summary>
    public static IsoDate Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var culture = CultureInfo.InvariantCulture;
        return DateOnly.TryParseExact(text.Trim(), Format, culture, DateTimeStyles.None, out var day)
            ? new IsoDate(day)
            : DateTime.Parse(text, culture, DateTimeStyles.AllowWhiteSpaces);
    }

    public static implicit operator IsoDate(DateTime value) => new(DateOnly.FromDateTime(value));

    public static implicit operator IsoDate(DateOnly value) => new(value);

    public static explicit operator DateTime(IsoDate value) => value.ToDateTime();

    public static explicit operator DateOnly(IsoDate value) => value._day;

    public static bool operator <(IsoDate left, IsoDate right) => left._day < right._day;

    public static bool operator <=(IsoDate left, IsoDate right) => left._day <= right._day;

    public static bool operator >(IsoDate left, IsoDate right) => left._day > right._day;

    public static bool operator >=(IsoDate left, IsoDate right) => left._day >= right._day;

    public int CompareTo(IsoDate other) => _day.CompareTo(other._day);

    /// <summary>Compares with another IsoDate, a DateTime, a DateOnly or a date as text.</summary>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        IsoDate other => CompareTo(other),
        DateTime other => ToDateTime().CompareTo(other),
        DateOnly other => _day.CompareTo(other),
        string text => CompareTo(Parse(text)),
        _ => throw new ArgumentException($"An IsoDate cannot be compared with a {obj.GetType().Name}.", nameof(obj)),
    };

    /// <summary>2025-12-14.</summary>
    public override string ToString() => _day.ToString(Format, CultureInfo.InvariantCulture);

    /// <summary>Any DateTime format, e.g. 'MMMM yyyy'; ISO when none is given.</summary>
    public string ToString(string? format) => ToString(format, CultureInfo.InvariantCulture);

    public string ToString(string? format, IFormatProvider? formatProvider) =>
        ToDateTime().ToString(
            string.IsNullOrEmpty(format) ? Format : format, formatProvider ?? CultureInfo.InvariantCulture);
}

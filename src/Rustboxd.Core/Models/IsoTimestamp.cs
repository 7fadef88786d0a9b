using System.Globalization;

namespace Rustboxd.Models;

/// <summary>
/// A moment with its UTC offset (an activity's time, when a session was created). It reads as ISO 8601 to the
/// second, 2026-01-20T21:15:00Z (or +01:00 for another offset), in tables, string conversion and Export-Csv
/// cells, whatever the culture. It has DateTimeOffset's parts, sorts and compares, and converts to and from
/// DateTimeOffset and DateTime.
/// </summary>
/// <remarks>
/// From DateTimeOffset the conversion is implicit and loses nothing, so code can assign one; to DateTimeOffset it
/// is explicit, or <see cref="ToDateTimeOffset"/>.
/// </remarks>
public readonly record struct IsoTimestamp : IComparable<IsoTimestamp>, IComparable, IFormattable
{
    private readonly DateTimeOffset _moment;

    public IsoTimestamp(DateTimeOffset moment) => _moment = moment;

    public int Year => _moment.Year;

    public int Month => _moment.Month;

    public int Day => _moment.Day;

    public int Hour => _moment.Hour;

    public int Minute => _moment.Minute;

    public int Second => _moment.Second;

    public DayOfWeek DayOfWeek => _moment.DayOfWeek;

    /// <summary>The calendar day at this offset.</summary>
    public IsoDate Date => _moment.DateTime;

    public TimeSpan Offset => _moment.Offset;

    public DateTime UtcDateTime => _moment.UtcDateTime;

    public DateTimeOffset ToDateTimeOffset() => _moment;

    public static IsoTimestamp Parse(string text) =>
        DateTimeOffset.Parse(
            text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal);

    public static implicit operator IsoTimestamp(DateTimeOffset value) => new(value);

    public static explicit operator DateTimeOffset(IsoTimestamp value) => value._moment;

    public static explicit operator DateTime(IsoTimestamp value) => value._moment.UtcDateTime;

    public static bool operator <(IsoTimestamp left, IsoTimestamp right) => left._moment < right._moment;

    public static bool operator <=(IsoTimestamp left, IsoTimestamp right) => left._moment <= right._moment;

    public static bool operator >(IsoTimestamp left, IsoTimestamp right) => left._moment > right._moment;

    public static bool operator >=(IsoTimestamp left, IsoTimestamp right) => left._moment >= right._moment;

    public int CompareTo(IsoTimestamp other) => _moment.CompareTo(other._moment);

    /// <summary>Compares with another IsoTimestamp, a DateTimeOffset, a DateTime (UTC unless marked) or text.</summary>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        IsoTimestamp other => CompareTo(other),
        DateTimeOffset other => _moment.CompareTo(other),
        DateTime other => _moment.CompareTo(other.Kind == DateTimeKind.Unspecified
            ? new DateTimeOffset(other, TimeSpan.Zero)
            : new DateTimeOffset(other)),
        string text => CompareTo(Parse(text)),
        _ => throw new ArgumentException(
            $"An IsoTimestamp cannot be compared with a {obj.GetType().Name}.", nameof(obj)),
    };

    /// <summary>2026-01-20T21:15:00Z, or 2026-01-20T22:15:00+01:00 away from UTC.</summary>
    public override string ToString() => _moment.Offset == TimeSpan.Zero
        ? _moment.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
        : _moment.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>Any DateTimeOffset format; ISO when none is given.</summary>
    public string ToString(string? format) => ToString(format, CultureInfo.InvariantCulture);

    public string ToString(string? format, IFormatProvider? formatProvider) => string.IsNullOrEmpty(format)
        ? ToString()
        : _moment.ToString(format, formatProvider ?? CultureInfo.InvariantCulture);
}

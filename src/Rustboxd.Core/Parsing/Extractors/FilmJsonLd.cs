using System.Globalization;
using System.Text.Json;
using AngleSharp.Dom;

namespace Rustboxd.Parsing.Extractors;

/// <summary>
/// The schema.org Movie block a film page carries in script[type=application/ld+json]. Letterboxd wraps
/// it in CDATA comments; some saved pages lack it altogether, so every value here is optional.
/// </summary>
public sealed class FilmJsonLd
{
    private readonly JsonElement _root;

    private FilmJsonLd(JsonElement root) => _root = root;

    public static FilmJsonLd? Find(IDocument document, ParseContext context)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            var json = StripCdata(script.TextContent);
            try
            {
                using var parsed = JsonDocument.Parse(json);
                if (parsed.RootElement.ValueKind == JsonValueKind.Object)
                {
                    return new FilmJsonLd(parsed.RootElement.Clone());
                }
            }
            catch (Exception exception) when (exception is JsonException or ArgumentException)
            {
                // ArgumentException: a block that is no valid UTF-16 (a lone surrogate) cannot even be read as JSON.
                context.Warn($"the page's JSON-LD block could not be read ({exception.Message}); using the HTML");
            }
        }

        context.Trace("no JSON-LD block: every field comes from the HTML");
        return null;
    }

    public string? Name => String(_root, "name");

    public string? Image => String(_root, "image");

    public decimal? RatingValue => Number(Child("aggregateRating"), "ratingValue");

    public long? RatingCount =>
        Number(Child("aggregateRating"), "ratingCount") is { } count and >= 0 and <= long.MaxValue ? (long)count : null;

    public long? ReviewCount => Number(Child("aggregateRating"), "reviewCount") is { } count ? (long)count : null;

    /// <summary>The first release event's year, for films whose page shows no year link.</summary>
    public int? ReleaseYear
    {
        get
        {
            if (!_root.TryGetProperty("releasedEvent", out var events))
            {
                return null;
            }

            var first = events.ValueKind == JsonValueKind.Array && events.GetArrayLength() > 0 ? events[0] : events;
            var date = String(first, "startDate");
            return date is { Length: >= 4 } && int.TryParse(date[..4], CultureInfo.InvariantCulture, out var year)
                ? year
                : null;
        }
    }

    public IReadOnlyList<string> Directors => Names("director");

    public IReadOnlyList<string> Genres => Strings("genre");

    private JsonElement? Child(string name) =>
        _root.TryGetProperty(name, out var child) && child.ValueKind == JsonValueKind.Object ? child : null;

    private IReadOnlyList<string> Names(string property)
    {
        if (!_root.TryGetProperty(property, out var value) || value.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return value.EnumerateArray().Select(item => String(item, "name")).OfType<string>().ToArray();
    }

    private IReadOnlyList<string> Strings(string property)
    {
        if (!_root.TryGetProperty(property, out var value))
        {
            return [];
        }

        return value.ValueKind switch
        {
            JsonValueKind.Array => value.EnumerateArray()
                .Where(item => item.ValueKind == JsonValueKind.String)
                .Select(item => item.GetString()!)
                .ToArray(),
            JsonValueKind.String => [value.GetString()!],
            _ => [],
        };
    }

    private static string? String(JsonElement? element, string property) =>
        element is { ValueKind: JsonValueKind.Object } obj
        && obj.TryGetProperty(property, out var value)
        && value.ValueKind == JsonValueKind.String
        && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!.Trim()
            : null;

    private static decimal? Number(JsonElement? element, string property)
    {
        if (element is not { ValueKind: JsonValueKind.Object } obj || !obj.TryGetProperty(property, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetDecimal(out var number) => number,
            JsonValueKind.String when decimal.TryParse(
                value.GetString(), NumberStyles.Number, CultureInfo.InvariantCulture, out var number) => number,
            _ => null,
        };
    }

    private static string StripCdata(string text) =>
        text.Replace("/* <![CDATA[ */", string.Empty, StringComparison.Ordinal)
            .Replace("/* ]]> */", string.Empty, StringComparison.Ordinal)
            .Trim();
}

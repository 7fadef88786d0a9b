using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Rustboxd.Parsing.Extractors;

/// <summary>
/// Letterboxd marks a rating with a class rated-N, N from 1 to 10 in half stars (rated-7 is 3.5 stars).
/// Every era since 2018 uses it: span.rating.rated-N inside the poster's viewing data or a table cell.
/// </summary>
public static partial class RatingClass
{
    /// <summary>The rating in stars found on <paramref name="scope"/> or below it; null when none is shown.</summary>
    public static decimal? Find(IElement? scope)
    {
        if (scope is null)
        {
            return null;
        }

        if (FromClassName(scope.ClassName) is { } own)
        {
            return own;
        }

        foreach (var element in scope.QuerySelectorAll("[class*='rated-']"))
        {
            if (FromClassName(element.ClassName) is { } stars)
            {
                return stars;
            }
        }

        return null;
    }

    /// <summary>Reads rated-N out of a class attribute; N outside 1..10 is not a rating.</summary>
    public static decimal? FromClassName(string? className)
    {
        if (className is null)
        {
            return null;
        }

        var match = RatedPattern().Match(className);
        return match.Success && int.TryParse(match.Groups[1].Value, out var halves) && halves is >= 1 and <= 10
            ? halves / 2m
            : null;
    }

    [GeneratedRegex(@"(?:^|\s)rated-(\d{1,2})(?:\s|$)")]
    private static partial Regex RatedPattern();
}

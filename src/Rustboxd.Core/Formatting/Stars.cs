namespace Rustboxd.Formatting;

/// <summary>Ratings as the site draws them: ★★★½ for 3.5 stars.</summary>
public static class Stars
{
    /// <summary>A star per whole star and ½ for a half; empty for no rating.</summary>
    public static string Of(decimal? rating)
    {
        if (rating is not { } stars || stars <= 0)
        {
            return string.Empty;
        }

        var whole = (int)Math.Floor(stars);
        return new string('★', whole) + (stars - whole >= 0.5m ? "½" : string.Empty);
    }
}

using Rustboxd.Models;
using Rustboxd.Parsing;

namespace Rustboxd.Tests.Parsing;

/// <summary>
/// Film-page shapes the corpus does not hold as real captures: a TV series listed as a film with the 2026 panel ids
/// (synthetic), alternative titles in their own elements, and the alternative-title line of the captured pages.
/// </summary>
public sealed class FilmMarkupTests
{
    [Fact]
    public void Reads_a_tv_series_with_the_2026_panel_ids_original_title_nanogenres_and_no_average()
    {
        var context = new ParseContext(new Uri("https://letterboxd.com/film/synthetic-series/"), "synthetic-series");

        var page = FilmPageParser.ParsePage(Corpus.ReadSynthetic("film/synthetic-series.html"), context);
        var film = page.Film;

        Assert.Equal(TmdbKind.Tv, film.TmdbKind);
        Assert.Equal(1399, film.TmdbId);
        Assert.Equal("Série Synthétique", film.OriginalTitle);
        Assert.Equal(["Synthetic Series, Season One", "Série, la première", "Die synthetische Serie"], film.AlternativeTitles);
        Assert.Equal(["Quiet, Melancholy, Coast"], film.Nanogenres);
        Assert.Empty(film.Themes);
        Assert.Equal(["Synthetic Director", "Second Director"], film.Directors);
        Assert.Equal(["Synthetic Director", "Second Director"], film.CrewByJob["Directors"]);
        Assert.Equal("Herself, narrator", film.Cast[0].Role);
        Assert.Equal("French", film.PrimaryLanguage);
        Assert.Equal(412, film.Runtime);
        Assert.Null(film.AverageRating);
        Assert.Null(film.ImdbId);
        Assert.Equal(900201, film.LetterboxdId);
        Assert.Equal("zS01", film.ShortId);
        Assert.EndsWith("synthetic-series-1920-1920-1080-1080-crop-000000.jpg", film.BackdropUrl);
        Assert.Null(page.StatisticsFragment);
        Assert.Empty(context.Warnings);
    }

    [Fact]
    public void Reads_studios_countries_and_languages_from_the_2026_details_panel()
    {
        // Z3: a helper that still looks for div#tab-details returns nothing once the tab is #tab-panel-details.
        var film = FilmPageParser.Parse(Corpus.ReadSynthetic("film/synthetic-series.html"),
            new ParseContext(new Uri("https://letterboxd.com/film/synthetic-series/"), "synthetic-series"));

        Assert.Equal(["Synthetic Studio"], film.Studios);
        Assert.Equal(["France"], film.Countries);
        Assert.Equal("French", film.PrimaryLanguage);
        Assert.Equal(["Drama"], film.Genres);
        Assert.Equal(2, film.Cast.Count);
    }

    [Fact]
    public void Takes_the_film_id_from_the_posters_json_identifier_when_no_attribute_names_it()
    {
        // BL-12: since April 2026 data-film-id is gone; the id lives in data-postered-identifier.
        var html = Page("""
            <div class="react-component" data-item-slug="a-film"
                 data-postered-identifier='{"lid":"abCD","uid":"film:424242","type":"film"}'></div>
            <div class="react-component" data-item-slug="another-film"
                 data-postered-identifier='{"lid":"zzZZ","uid":"film:1","type":"film"}'></div>
            """);

        var film = FilmPageParser.Parse(html, Context());

        Assert.Equal(424242, film.LetterboxdId);
        Assert.Equal("abCD", film.ShortId);
    }

    [Fact]
    public void Reads_alternative_titles_given_as_list_items_without_splitting_them()
    {
        var html = Page("""
            <div id="tab-details"><h3><span>Alternative Titles</span></h3>
            <div class="text-indentedlist"><ul><li>Love, Death &amp; Robots</li><li>Amor, muerte y robots</li></ul></div></div>
            """);

        var film = FilmPageParser.Parse(html, Context());

        Assert.Equal(["Love, Death & Robots", "Amor, muerte y robots"], film.AlternativeTitles);
    }

    [Theory]
    [InlineData("A, B, C", new[] { "A", "B", "C" })]
    [InlineData("Mulholland Drive: Sueños, misterios y secretos, Cidade dos Sonhos",
        new[] { "Mulholland Drive: Sueños, misterios y secretos", "Cidade dos Sonhos" })]
    [InlineData("Interesno območje, ინტერესების ზონა", new[] { "Interesno območje", "ინტერესების ზონა" })]
    [InlineData("利益区域, 더 존 오브 인터레스트", new[] { "利益区域", "더 존 오브 인터레스트" })]
    [InlineData("Série, la première, Ça", new[] { "Série, la première", "Ça" })]
    [InlineData("Один, два, Три", new[] { "Один, два", "Три" })]
    [InlineData("  ", new string[0])]
    public void Splits_the_alternative_title_line_only_where_a_new_title_starts(string line, string[] titles) =>
        Assert.Equal(titles, AlternativeTitleText.Split(line));

    private static ParseContext Context() => new(new Uri("https://letterboxd.com/film/a-film/"), "a-film");

    private static string Page(string body) =>
        $"""<!DOCTYPE html><html><head></head><body><h1 class="headline-1 primaryname"><span class="name">A Film</span></h1>{body}</body></html>""";
}

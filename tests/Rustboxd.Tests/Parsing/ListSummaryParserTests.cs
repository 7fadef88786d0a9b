using Rustboxd.Parsing;

namespace Rustboxd.Tests.Parsing;

public sealed class ListSummaryParserTests
{
    public static TheoryData<string> Indexes => Corpus.FilesOfKind("lists");

    [Theory]
    [MemberData(nameof(Indexes))]
    public void Reads_every_verified_fact_of_each_captured_lists_index(string file)
    {
        var page = Corpus.Page(file);
        var context = new ParseContext(Corpus.UrlOf(page), "member");

        var index = ListSummaryParser.Parse(Corpus.Read(file), context);

        Assert.Equal(page.Int("items"), index.Items.Count);
        Assert.Equal(page.String("first_title"), index.Items[0].Title);
        Assert.Equal(page.String("first_slug"), index.Items[0].Slug);
        Assert.Equal(page.Int("first_film_count"), index.Items[0].FilmCount);
        Assert.All(index.Items, card => Assert.NotNull(card.FilmCount));
        Assert.Empty(context.Warnings);
    }

    [Fact]
    public void Reads_the_2025_article_list_summary_cards_bug_log_BL_13()
    {
        var index = Parse("lists/lists-index-2025-10.html");

        var first = index.Items[0];
        Assert.Equal("sampleuser124", first.Owner);
        Assert.Equal(65349319, first.ListId);
        Assert.Equal(1, first.LikeCount);
        Assert.Equal(0, first.CommentCount);
        Assert.Null(first.Description);
        Assert.Equal("Sempre vai mudar enquanto eu mesmo estiver mudando.", index.Items[1].Description);
        Assert.Equal(0, index.Items.Single(card => card.Slug == "oscar-2025").LikeCount);
        Assert.Equal(601, index.Items.Single(card => card.Slug == "pra-nao-esquecer-de-ver").FilmCount);
        Assert.Equal("Melhores do ano 2023", index.Items[^1].Title);
        Assert.Equal(10, index.Items[^1].FilmCount);
    }

    [Fact]
    public void Reads_the_stated_total_and_the_pagination_so_the_crawl_knows_where_it_ends()
    {
        var index = Parse("lists/lists-index-2025-10.html");

        Assert.Equal(16, index.StatedTotal);
        Assert.Equal(2, index.Pagination.LastPage);
        Assert.Equal("/sampleuser124/lists/page/2/", index.Pagination.NextPath);
    }

    [Fact]
    public void Reads_the_older_section_list_cards()
    {
        const string html = """
            <div class="list-set">
              <section class="list -overlapped -stacked" data-film-list-id="123">
                <a href="/someone/list/old-favourites/" class="list-link"><ul class="poster-list"></ul></a>
                <div class="film-list-summary">
                  <h2 class="title-2 prettify"><a href="/someone/list/old-favourites/">Old favourites</a></h2>
                  <p class="attribution-detail"><small class="value">1,204&nbsp;films</small>
                    <a href="/someone/list/old-favourites/likes/" class="has-icon icon-like icon-16"><span class="icon"></span>6.3K</a>
                    <a href="/someone/list/old-favourites/#comments" class="has-icon icon-comment icon-16"><span class="icon"></span>12</a></p>
                  <div class="body-text -small"><p>One line.</p><p>Another<br>split.</p></div>
                </div>
              </section>
            </div>
            """;
        var context = new ParseContext(new Uri("https://letterboxd.com/someone/lists/"), "someone");

        var card = Assert.Single(ListSummaryParser.Parse(html, context).Items);

        Assert.Equal(("someone", "old-favourites"), (card.Owner, card.Slug));
        Assert.Equal("Old favourites", card.Title);
        Assert.Equal(1204, card.FilmCount);
        Assert.Equal(6300, card.LikeCount);
        Assert.Equal(12, card.CommentCount);
        Assert.Equal(123, card.ListId);
        Assert.Equal(string.Join(Environment.NewLine, "One line.", "Another", "split."), card.Description);
        Assert.Empty(context.Warnings);
    }

    [Fact]
    public void Keeps_the_other_cards_when_one_has_no_list_link_and_ignores_lists_in_the_sidebar()
    {
        const string html = """
            <section class="col-main">
              <article class="list-summary"><h2 class="name"><a href="/a_member/list/first/">First</a></h2></article>
              <article class="list-summary" data-film-list-id="2"><h2 class="name">No link</h2></article>
              <article class="list-summary"><h2 class="name"><a href="/a_member/list/third/">Third</a></h2></article>
            </section>
            <aside class="sidebar"><section class="list" data-film-list-id="9"><a href="/other/list/cloned/">x</a></section></aside>
            """;
        var context = new ParseContext(new Uri("https://letterboxd.com/a_member/lists/"), "a_member");

        var index = ListSummaryParser.Parse(html, context);

        Assert.Equal(["first", "third"], index.Items.Select(card => card.Slug));
        Assert.Null(index.Items[0].LikeCount);
        Assert.Contains("list card 2", Assert.Single(context.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void Gives_an_empty_page_without_warnings_for_a_member_with_no_lists()
    {
        var context = new ParseContext(new Uri("https://letterboxd.com/emptylister/lists/"), "emptylister");

        var index = ListSummaryParser.Parse(Corpus.ReadSynthetic("lists/emptylister-lists.html"), context);

        Assert.Empty(index.Items);
        Assert.Null(index.StatedTotal);
        Assert.Empty(context.Warnings);
    }

    [Theory]
    [InlineData("/sampleuser124/list/top-12-seculo/", "sampleuser124", "top-12-seculo")]
    [InlineData("/SampleUser/list/x-1/page/2/", "sampleuser", "x-1")]
    [InlineData("/someone/list/ranked/detail/", "someone", "ranked")]
    public void Reads_owner_and_slug_from_a_list_address(string path, string owner, string slug)
    {
        Assert.Equal((owner, slug), ListSummaryParser.ListPath(path));
    }

    [Theory]
    [InlineData("/someone/lists/")]
    [InlineData("/film/list/")]
    [InlineData("/someone/list/")]
    public void Finds_no_list_in_other_addresses(string path)
    {
        Assert.Null(ListSummaryParser.ListPath(path));
    }

    private static Rustboxd.Paging.CollectionPage<ListCard> Parse(string file) =>
        ListSummaryParser.Parse(Corpus.Read(file), new ParseContext(Corpus.UrlOf(Corpus.Page(file)), "member"));
}

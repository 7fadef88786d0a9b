using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;
using Rustboxd.Parsing;

namespace Rustboxd.Benchmarks;

/// <summary>
/// Parse time and allocations of each captured page: AngleSharp's bare parse of the whole page (the floor: building
/// the document and nothing else) beside the Rustboxd parser of the page's kind (from text to page model).
/// </summary>
[MemoryDiagnoser]
public class PageParseBenchmarks
{
    private static readonly Uri PageUrl = new("https://letterboxd.com/sampleuser/");

    [ParamsSource(nameof(Pages))]
    public CapturedPage Page { get; set; } = null!;

    public static IEnumerable<CapturedPage> Pages => CapturedPage.All();

    [Benchmark(Baseline = true, Description = "AngleSharp bare parse")]
    public IDocument BareParse() => new HtmlParser().ParseDocument(Page.Html);

    [Benchmark(Description = "Rustboxd parser")]
    public object RustboxdParse() => Page.Parse(Page.Html, new ParseContext(PageUrl, "sampleuser"));
}

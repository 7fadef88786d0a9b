using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using Rustboxd.Models;

namespace Rustboxd.Tests.Models;

/// <summary>
/// The values the models hold lists and dates in, which decide what a cell of Export-Csv (the value's ToString)
/// and a console column show: joined lists and ISO dates, whatever the culture.
/// </summary>
public sealed class OutputValueTests
{
    [Fact]
    public void A_value_list_reads_as_its_items_joined_by_semicolons()
    {
        ValueList<string> genres = ["Drama", "Mystery", "Thriller"];

        Assert.Equal("Drama; Mystery; Thriller", genres.ToString());
        Assert.Equal(3, genres.Count);
        Assert.Equal("Mystery", genres[1]);
        Assert.Equal(string.Empty, ValueList<string>.Empty.ToString());
    }

    [Fact]
    public void A_value_list_of_small_records_reads_as_their_own_text()
    {
        var cast = ValueList.From(new[]
        {
            new CastCredit { Name = "Naomi Watts", Role = "Betty Elms" },
            new CastCredit { Name = "Laura Harring" },
        });

        Assert.Equal("Naomi Watts (Betty Elms); Laura Harring", cast.ToString());
    }

    [Fact]
    public void A_value_list_equals_another_with_the_same_items()
    {
        Assert.Equal(ValueList.From(["a", "b"]), ValueList.From(new List<string> { "a", "b" }));
        Assert.NotEqual(ValueList.From(["a", "b"]), ValueList.From(["b", "a"]));
        Assert.Equal(ValueList.From(["a"]).GetHashCode(), ValueList.From(["a"]).GetHashCode());
    }

    [Fact]
    public void Models_keep_any_list_they_are_given_as_a_value_list()
    {
        var film = new Film
        {
            Slug = "x",
            Title = "X",
            Url = new Uri("https://letterboxd.com/film/x/"),
            Directors = new List<string> { "David Lynch" },
            Genres = new[] { "Drama", "Thriller" },
        };

        Assert.IsType<ValueList<string>>(film.Directors);
        Assert.Equal("Drama; Thriller", film.Genres.ToString());
        Assert.IsType<ValueList<string>>(film.Themes);
        Assert.Equal(string.Empty, film.Cast.ToString());
    }

    [Fact]
    public void Every_model_holds_its_lists_as_value_lists_and_its_dates_as_iso_values()
    {
        // Every settable list property of every model, given a plain List<T>, keeps a ValueList<T>; no model property
        // is a DateTime or DateTimeOffset (see docs/architecture.md, "Output objects").
        var models = typeof(Film).Assembly.GetTypes()
            .Where(type => type is { IsPublic: true, IsClass: true, IsAbstract: false, Namespace: "Rustboxd.Models" })
            .Where(type => !type.IsGenericType && !typeof(System.Collections.IEnumerable).IsAssignableFrom(type));
        var problems = new List<string>();
        foreach (var model in models)
        {
            foreach (var property in model.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
                if (type == typeof(DateTime) || type == typeof(DateTimeOffset))
                {
                    problems.Add($"{model.Name}.{property.Name} is a {type.Name}, not an IsoDate or IsoTimestamp");
                }

                if (type.IsArray || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>)))
                {
                    problems.Add($"{model.Name}.{property.Name} is a {type.Name}, not an IReadOnlyList<T>");
                }

                var list = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>);
                if (list && property.CanWrite)
                {
                    var item = type.GetGenericArguments()[0];
                    var instance = RuntimeHelpers.GetUninitializedObject(model);
                    property.SetValue(instance, Activator.CreateInstance(typeof(List<>).MakeGenericType(item)));
                    var kept = property.GetValue(instance);
                    if (kept?.GetType() != typeof(ValueList<>).MakeGenericType(item))
                    {
                        problems.Add($"{model.Name}.{property.Name} keeps a {kept?.GetType().Name}, not a ValueList");
                    }
                }
            }
        }

        Assert.Empty(problems);
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("de-DE")]
    [InlineData("ar-SA")]
    public void An_iso_date_reads_as_iso_8601_in_every_culture(string culture)
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            IsoDate date = new DateTime(2025, 12, 14);

            Assert.Equal("2025-12-14", date.ToString());
            Assert.Equal("2025-12-14", $"{date}");
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void An_iso_date_has_the_parts_of_a_date_and_compares_like_one()
    {
        var date = IsoDate.Parse("2025-12-14");

        Assert.Equal((2025, 12, 14, DayOfWeek.Sunday), (date.Year, date.Month, date.Day, date.DayOfWeek));
        Assert.Equal(new DateTime(2025, 12, 14), (DateTime)date);
        Assert.True(date > new IsoDate(2025, 1, 1));
        Assert.Equal(0, date.CompareTo(new DateTime(2025, 12, 14)));
        Assert.True(date.CompareTo("2025-06-01") > 0);
        Assert.Equal("December 2025", date.ToString("MMMM yyyy"));
        Assert.Equal(date, IsoDate.Parse("Dec 14, 2025"));
    }

    [Fact]
    public void An_iso_timestamp_reads_as_iso_8601_to_the_second_with_its_offset()
    {
        IsoTimestamp utc = new DateTimeOffset(2026, 1, 20, 21, 15, 0, TimeSpan.Zero);
        IsoTimestamp paris = new DateTimeOffset(2026, 1, 20, 22, 15, 0, TimeSpan.FromHours(1));

        Assert.Equal("2026-01-20T21:15:00Z", utc.ToString());
        Assert.Equal("2026-01-20T22:15:00+01:00", paris.ToString());
        Assert.Equal(0, utc.CompareTo(paris));
        Assert.Equal(new IsoDate(2026, 1, 20), paris.Date);
        Assert.Equal(utc, IsoTimestamp.Parse("2026-01-20T21:15:00Z"));
    }
}

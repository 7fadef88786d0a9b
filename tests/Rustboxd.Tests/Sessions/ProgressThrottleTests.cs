using Rustboxd.Sessions;

namespace Rustboxd.Tests.Sessions;

public sealed class ProgressThrottleTests
{
    [Fact]
    public void Lets_through_one_update_per_interval_for_each_activity_and_every_final_one()
    {
        var clock = new ManualClock();
        var throttle = new ProgressThrottle(TimeSpan.FromMilliseconds(250), clock);
        static CallProgress Update(string activity, bool done = false) => new(activity, "page", 50, done);

        Assert.True(throttle.Admits(Update("a")));
        Assert.True(throttle.Admits(Update("b")));
        clock.Advance(TimeSpan.FromMilliseconds(100));
        Assert.False(throttle.Admits(Update("a")));
        Assert.True(throttle.Admits(Update("a", done: true)));
        clock.Advance(TimeSpan.FromMilliseconds(150));
        Assert.True(throttle.Admits(Update("b")));
        Assert.True(throttle.Admits(Update("a")));
    }

    [Fact]
    public void Admits_at_most_four_updates_a_second_of_a_fast_crawl()
    {
        var clock = new ManualClock();
        var throttle = new ProgressThrottle(TimeSpan.FromMilliseconds(250), clock);

        var admitted = 0;
        for (var page = 0; page < 100; page++)
        {
            admitted += throttle.Admits(new CallProgress("films", $"page {page}", page)) ? 1 : 0;
            clock.Advance(TimeSpan.FromMilliseconds(10));
        }

        Assert.Equal(4, admitted);
    }

    private sealed class ManualClock : TimeProvider
    {
        private long _ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _ticks;

        public void Advance(TimeSpan by) => _ticks += by.Ticks;
    }
}

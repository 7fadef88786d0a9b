namespace Rustboxd.Sessions;

/// <summary>
/// Keeps progress cheap for the host: at most one update per <see cref="Interval"/> for each activity, while the
/// first update of an activity and its final (completed) one always pass. Used on the pipeline thread only.
/// </summary>
public sealed class ProgressThrottle
{
    private readonly Dictionary<string, long> _lastShown = new(StringComparer.Ordinal);
    private readonly TimeProvider _clock;

    public ProgressThrottle(TimeSpan interval, TimeProvider? clock = null)
    {
        Interval = interval;
        _clock = clock ?? TimeProvider.System;
    }

    public TimeSpan Interval { get; }

    /// <summary>True when <paramref name="progress"/> should be written now.</summary>
    public bool Admits(CallProgress progress)
    {
        if (progress.Completed)
        {
            _lastShown.Remove(progress.Activity);
            return true;
        }

        var now = _clock.GetTimestamp();
        if (_lastShown.TryGetValue(progress.Activity, out var last) && _clock.GetElapsedTime(last, now) < Interval)
        {
            return false;
        }

        _lastShown[progress.Activity] = now;
        return true;
    }
}

namespace Rustboxd.Sessions;

/// <summary>
/// After a bot-protection challenge the session stops sending until a pause has passed, so that every
/// caller gets one clear error instead of a storm of refused requests. Written here rather than with
/// Polly's circuit breaker because that opens on a failure ratio over at least two calls, while one
/// challenge page is already proof enough.
/// </summary>
internal sealed class BotProtectionCircuit
{
    private readonly TimeSpan _pause;
    private long _openUntilTicks;

    public BotProtectionCircuit(TimeSpan pause) => _pause = pause;

    /// <summary>When sending resumes, or null when the circuit is closed.</summary>
    public DateTimeOffset? OpenUntil
    {
        get
        {
            var ticks = Interlocked.Read(ref _openUntilTicks);
            return ticks > DateTimeOffset.UtcNow.UtcTicks ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;
        }
    }

    public DateTimeOffset Open()
    {
        var until = DateTimeOffset.UtcNow + _pause;
        Interlocked.Exchange(ref _openUntilTicks, until.UtcTicks);
        return until;
    }

    public void Close() => Interlocked.Exchange(ref _openUntilTicks, 0);
}

namespace Rustboxd.Replay;

/// <summary>
/// Answers one replayed request: finds the page for the path, lets the fault rules change it, records the
/// outcome, waits out any latency, then sends it.
/// </summary>
internal sealed class ReplayHandler(RouteTable routes, ReplayState state, PagedCollections paged)
{
    public async Task HandleAsync(HttpContext context, RequestTarget target)
    {
        var arrived = DateTime.UtcNow;
        var cancellation = context.RequestAborted;
        var page = await FindPageAsync(context.Request.Method, target, cancellation);

        var plan = state.Faults.Plan(target.PathAndQuery);
        var (answer, delivery) = await ApplyFaultAsync(page, plan.Fault, cancellation);
        var recordedStatus = delivery == Delivery.Reset ? 0 : answer.Status;
        var method = context.Request.Method;
        state.Log.Add(new RecordedRequest(
            arrived, method, target.Path, target.Query, recordedStatus, plan.LoggedName, plan.LatencyMs));

        if (plan.LatencyMs > 0)
        {
            await Task.Delay(plan.LatencyMs, cancellation);
        }

        await PageWriter.WriteAsync(context, answer, delivery, plan.Fault?.Rule.BytesPerSecond ?? 0);
    }

    private async Task<ReplayPage> FindPageAsync(string method, RequestTarget target, CancellationToken cancellation)
    {
        // A synthesised page of a --paged collection wins over a captured one at the same path.
        if (paged.Find(target.Path) is { } synthesised && (HttpMethods.IsGet(method) || HttpMethods.IsHead(method)))
        {
            return synthesised;
        }

        var route = routes.Find(target.Path, target.Query);
        if (route is null)
        {
            return await ReplayPage.NotFoundAsync(routes, cancellation);
        }

        if (!HttpMethods.IsGet(method) && !HttpMethods.IsHead(method))
        {
            return ReplayPage.PlainText(405, "The replay server answers GET and HEAD only.");
        }

        return await ReplayPage.ForRouteAsync(route, cancellation);
    }

    private static async Task<(ReplayPage Page, Delivery Delivery)> ApplyFaultAsync(
        ReplayPage page, ActiveFaultRule? fault, CancellationToken cancellation)
    {
        if (fault is null)
        {
            return (page, Delivery.Whole);
        }

        var rule = fault.Rule;
        return fault.Kind switch
        {
            FaultKind.Status => (StatusPage(rule), Delivery.Whole),
            FaultKind.Respond => (await ReplayPage.HtmlFileAsync(rule.Status!.Value, fault.RespondFile!, cancellation),
                Delivery.Whole),
            FaultKind.Redirect => (ReplayPage.Redirect(302, rule.Location!), Delivery.Whole),
            FaultKind.Reset => (page, Delivery.Reset),
            FaultKind.Truncate => (page, Delivery.Truncated),
            FaultKind.SlowBody => (page, Delivery.Slow),
            _ => (page, Delivery.Whole),
        };
    }

    private static ReplayPage StatusPage(FaultRule rule)
    {
        var status = rule.Status!.Value;
        return ReplayPage.PlainText(status, $"Replay fault: HTTP {status}.") with { RetryAfter = rule.RetryAfter };
    }
}

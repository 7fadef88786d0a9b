using System.Text.Json;

namespace Rustboxd.Replay;

/// <summary>
/// The control endpoints under <c>/_replay/</c>: request log, fault rules and health. Calls to them are not logged.
/// </summary>
internal sealed class ControlApi(ReplayState state)
{
    public const string Prefix = "/_replay/";

    public static bool Owns(RequestTarget target) => target.Path.StartsWith(Prefix, StringComparison.Ordinal);

    public async Task HandleAsync(HttpContext context, RequestTarget target)
    {
        var endpoint = target.Path[Prefix.Length..].TrimEnd('/');
        var method = context.Request.Method;
        switch (endpoint)
        {
            case "health" when HttpMethods.IsGet(method):
                await Results.Text("ok", "text/plain; charset=utf-8").ExecuteAsync(context);
                break;
            case "requests" when HttpMethods.IsGet(method):
                await Json(state.Log.Snapshot()).ExecuteAsync(context);
                break;
            case "requests" when HttpMethods.IsDelete(method):
                state.Log.Clear();
                await Results.NoContent().ExecuteAsync(context);
                break;
            case "faults" when HttpMethods.IsGet(method):
                await Json(state.Faults.Rules).ExecuteAsync(context);
                break;
            case "faults" when HttpMethods.IsPost(method):
                await (await ReplaceFaultsAsync(context)).ExecuteAsync(context);
                break;
            case "faults" when HttpMethods.IsDelete(method):
                state.ClearFaults();
                await Results.NoContent().ExecuteAsync(context);
                break;
            case "health" or "requests" or "faults":
                await Results.StatusCode(StatusCodes.Status405MethodNotAllowed).ExecuteAsync(context);
                break;
            default:
                await Error(404, $"No control endpoint '{target.Path}'.").ExecuteAsync(context);
                break;
        }
    }

    private async Task<IResult> ReplaceFaultsAsync(HttpContext context)
    {
        try
        {
            using var reader = new StreamReader(context.Request.Body);
            var rules = ReplayJson.ParseFaultRules(await reader.ReadToEndAsync(context.RequestAborted));
            return Json(state.ReplaceFaults(rules));
        }
        catch (Exception error) when (error is JsonException or ArgumentException)
        {
            return Error(400, error.Message);
        }
    }

    private static IResult Json<T>(T value) => Results.Json(value, ReplayJson.Options);

    private static IResult Error(int status, string message) =>
        Results.Json(new { error = message }, ReplayJson.Options, statusCode: status);
}

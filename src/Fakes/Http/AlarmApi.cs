using Harness.Contract.Fields;
using Harness.Fakes.Faults;
using Harness.Fakes.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Harness.Fakes.Http;

/// <summary>
/// <c>POST /v1/event/huawei/custom/{integration_key}</c>: auth before body, rate limit, injected
/// errors, the size limit, validation, then the store (DECISIONS.md). Other methods get 405.
/// </summary>
internal sealed class AlarmApi(ReceiverCore core)
{
    /// <summary>
    /// The route as an endpoint (every method, so routing never answers 405 itself without the
    /// envelope), for the targets <see cref="IngestRoute"/> leaves to routing.
    /// </summary>
    public void Map(IEndpointRouteBuilder routes) => routes.Map(IntegrationKeyRule.RoutePrefix + "/{key?}", AnswerAsync);

    /// <summary>
    /// Handles the request and writes its envelope. A bug still gets the 500 envelope, never
    /// Kestrel's empty 500; bad input never gets there, it is answered in the handler.
    /// </summary>
    public async Task AnswerAsync(HttpContext context)
    {
        EnvelopeResult answer;
        try
        {
            answer = await HandleAsync(context).ConfigureAwait(false);
        }
        catch (Exception) when (!context.RequestAborted.IsCancellationRequested)
        {
            answer = core.Refuse(core.Answers.ServerError, RejectionReason.InternalError, null);
        }

        await answer.ExecuteAsync(context).ConfigureAwait(false);
    }

    private async ValueTask<EnvelopeResult> HandleAsync(HttpContext context)
    {
        var startedAt = core.Time.GetTimestamp();
        var answer = HttpMethods.IsPost(context.Request.Method)
            ? await PostAsync(context).ConfigureAwait(false)
            : core.Refuse(core.Answers.MethodNotAllowed, RejectionReason.MethodNotAllowed, null);
        if (core.Faults.DelaysAnswers)
        {
            try
            {
                await core.Faults.HoldAnswerAsync(context.RequestAborted).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
            {
                // The client gave up while the answer was held; there is nobody left to answer.
            }
        }

        core.Telemetry.Handled(startedAt);
        return answer;
    }

    private async ValueTask<EnvelopeResult> PostAsync(HttpContext context)
    {
        var denied = RequestAuth.Check(context, core, out var key);
        if (denied != RejectionReason.None)
        {
            return core.Refuse(core.Answers.Unauthorized, denied, key);
        }

        if (key!.Bucket is { } bucket && !bucket.TryTake(out var wait))
        {
            return core.Refuse(core.Answers.Throttled(TokenBucket.RetryAfterSeconds(wait)), RejectionReason.Throttled, key);
        }

        if (core.Faults.ShouldFail())
        {
            return core.Refuse(core.Answers.ServerError, RejectionReason.InjectedError, key);
        }

        // No cancellation token: Kestrel ends the read itself when the client goes away, and asking
        // for RequestAborted costs every request a lock and a token source (bare Kestrel pays neither).
        var request = context.Request;
        var body = await BodyRead.FromAsync(request, core.Options.MaxBodyBytes, CancellationToken.None).ConfigureAwait(false);
        switch (body.Status)
        {
            case BodyReadStatus.TooLarge:
                return core.Refuse(core.Answers.TooLarge, RejectionReason.TooLarge, key);
            case BodyReadStatus.Unreadable:
                // Often the client went away mid-body; nobody will read this answer, but it is counted.
                return core.Refuse(core.Answers.UnreadableBody, RejectionReason.UnreadableRequest, key);
            default:
                break;
        }

        var isAccepted = BodyVerdict.TryAccept(core.Validator, body.Buffer, request.ContentType, out var accepted, out var rejection);
        request.BodyReader.AdvanceTo(body.Buffer.End);
        if (!isAccepted)
        {
            return core.RefuseBody(rejection!, key);
        }

        // Only a full journal queue ever waits, and only then is the client's going away worth hearing about.
        await core.AcceptAsync(accepted!, key, core.Journal is null ? CancellationToken.None : context.RequestAborted).ConfigureAwait(false);
        return core.Answers.Success;
    }
}

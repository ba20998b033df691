using System.IO.Pipelines;
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
    /// <summary>One endpoint for every method, so routing never answers 405 itself without the envelope.</summary>
    public static void Map(IEndpointRouteBuilder routes, ReceiverCore core)
    {
        var api = new AlarmApi(core);
        routes.Map(IntegrationKeyRule.RoutePrefix + "/{key?}", (Func<HttpContext, Task<EnvelopeResult>>)api.HandleAsync);
    }

    public async Task<EnvelopeResult> HandleAsync(HttpContext context)
    {
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

        var request = context.Request;
        var limit = core.Options.MaxBodyBytes;
        if (request.ContentLength > limit)
        {
            return core.Refuse(core.Answers.TooLarge, RejectionReason.TooLarge, key);
        }

        var reader = request.BodyReader;
        ReadResult read;
        try
        {
            // Counted as it arrives, chunked or not: Content-Length alone is never trusted.
            while (true)
            {
                read = await reader.ReadAsync(context.RequestAborted).ConfigureAwait(false);
                if (read.Buffer.Length > limit)
                {
                    reader.AdvanceTo(read.Buffer.End);
                    return core.Refuse(core.Answers.TooLarge, RejectionReason.TooLarge, key);
                }

                if (read.IsCompleted)
                {
                    break;
                }

                reader.AdvanceTo(read.Buffer.Start, read.Buffer.End);
            }
        }
        catch (BadHttpRequestException ex)
        {
            // Kestrel's own limits (body size, data rate) and broken chunked framing land here.
            return ex.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? core.Refuse(core.Answers.TooLarge, RejectionReason.TooLarge, key)
                : core.Refuse(core.Answers.UnreadableBody, RejectionReason.UnreadableRequest, key);
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException)
        {
            // The client went away mid-body; nobody will read this answer, but it is counted.
            return core.Refuse(core.Answers.UnreadableBody, RejectionReason.UnreadableRequest, key);
        }

        var verdict = BodyVerdict.Of(core.Validator, read.Buffer, request.ContentType);
        reader.AdvanceTo(read.Buffer.End);
        if (!verdict.IsValid)
        {
            return core.RefuseBody(verdict, key);
        }

        await core.AcceptAsync(verdict.Alarm!, key, context.RequestAborted).ConfigureAwait(false);
        return core.Answers.Success;
    }
}

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
/// A request is handled synchronously, with no state machine, unless its body is still arriving,
/// an answer is held back (latency, stalls) or the journal is on: only those go asynchronous.
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
    public Task AnswerAsync(HttpContext context)
    {
        var startedAt = core.Time.GetTimestamp();
        EnvelopeResult answer;
        RecentAlarm? toJournal = null;
        try
        {
            if (Admit(context, out var key) is { } refusal)
            {
                answer = refusal;
            }
            else
            {
                var body = BodyRead.Buffered(context.Request, core.Options.MaxBodyBytes);
                if (body.Status == BodyReadStatus.Pending)
                {
                    return AnswerWhenReadAsync(context, startedAt, key!);
                }

                answer = Judge(context.Request, body, key!, startedAt, out toJournal);
            }
        }
        catch (Exception) when (!context.RequestAborted.IsCancellationRequested)
        {
            answer = core.Refuse(core.Answers.ServerError, RejectionReason.InternalError, null);
        }

        if (toJournal is null && !core.Faults.DelaysAnswers)
        {
            return Finish(context, startedAt, answer);
        }

        return FinishAsync(context, startedAt, answer, toJournal);
    }

    /// <summary>The refusal of a request turned away before its body is read, or null (with its key) when it may go on.</summary>
    private EnvelopeResult? Admit(HttpContext context, out KeyState? key)
    {
        key = null;
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            return core.Refuse(core.Answers.MethodNotAllowed, RejectionReason.MethodNotAllowed, null);
        }

        var denied = RequestAuth.Check(context, core, out key);
        if (denied != RejectionReason.None)
        {
            return core.Refuse(core.Answers.Unauthorized, denied, key);
        }

        if (key!.Bucket is { } bucket && !bucket.TryTake(out var wait))
        {
            return core.Refuse(core.Answers.Throttled(TokenBucket.RetryAfterSeconds(wait)), RejectionReason.Throttled, key);
        }

        return core.Faults.ShouldFail() ? core.Refuse(core.Answers.ServerError, RejectionReason.InjectedError, key) : null;
    }

    /// <summary>The answer to a body read to its end (or not readable); an accepted one is stored, and handed back to journal when the journal is on.</summary>
    private EnvelopeResult Judge(HttpRequest request, in BodyRead body, KeyState key, long startedAt, out RecentAlarm? toJournal)
    {
        toJournal = null;
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

        toJournal = core.Accept(accepted!, key, startedAt);
        return core.Answers.Success;
    }

    // No cancellation token for the body: Kestrel ends the read itself when the client goes away,
    // and asking for RequestAborted costs every request a lock and a token source.
    private async Task AnswerWhenReadAsync(HttpContext context, long startedAt, KeyState key)
    {
        EnvelopeResult answer;
        RecentAlarm? toJournal = null;
        try
        {
            var body = await BodyRead.ReadAsync(context.Request, core.Options.MaxBodyBytes, CancellationToken.None).ConfigureAwait(false);
            answer = Judge(context.Request, body, key, startedAt, out toJournal);
        }
        catch (Exception) when (!context.RequestAborted.IsCancellationRequested)
        {
            answer = core.Refuse(core.Answers.ServerError, RejectionReason.InternalError, null);
        }

        await FinishAsync(context, startedAt, answer, toJournal).ConfigureAwait(false);
    }

    /// <summary>Journals the accepted alarm (a full queue waits), holds the answer as the faults say, then answers.</summary>
    private async Task FinishAsync(HttpContext context, long startedAt, EnvelopeResult answer, RecentAlarm? toJournal)
    {
        try
        {
            if (toJournal is not null)
            {
                await core.Journal!.AppendAsync(toJournal, context.RequestAborted).ConfigureAwait(false);
            }

            if (core.Faults.DelaysAnswers)
            {
                await core.Faults.HoldAnswerAsync(context.RequestAborted).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client gave up while the answer waited; there is nobody left to answer.
        }
        catch (Exception) when (!context.RequestAborted.IsCancellationRequested)
        {
            answer = core.Refuse(core.Answers.ServerError, RejectionReason.InternalError, null);
        }

        await Finish(context, startedAt, answer).ConfigureAwait(false);
    }

    /// <summary>Records the handling time and puts the answer in Kestrel's buffer (sent when the request ends).</summary>
    private Task Finish(HttpContext context, long startedAt, EnvelopeResult answer)
    {
        core.Telemetry.Handled(startedAt);
        return answer.WriteAsync(context.Response);
    }
}

using Harness.Contract.Envelopes;
using Harness.Fakes.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Harness.Fakes.Http;

/// <summary>
/// The startup: a slim Kestrel app with no logging (<see cref="SlimHost"/>), the API route's hot
/// path (<see cref="IngestRoute"/>), then the guard and routing for the admin surface, the API
/// route's other shapes, and 404 for the rest.
/// </summary>
internal static class ReceiverApp
{
    public static WebApplication Build(ReceiverCore core)
    {
        var app = SlimHost.Create(core.Options.Urls, builder =>
        {
            builder.Services.AddSingleton<IHostLifetime, QuietLifetime>();
            builder.WebHost.ConfigureKestrel(kestrel => KestrelLimits.Apply(kestrel, core.Options.MaxBodyBytes));
        });
        var api = new AlarmApi(core);
        app.Use(next => IngestRoute.Before(next, api));
        app.Use((context, next) => ShieldAsync(context, next, core));
        app.Use((context, next) => RouteGuard.InvokeAsync(context, next, core));

        // Explicitly after the hot path, so only what it leaves goes through route matching.
        app.UseRouting();
        api.Map(app);
        AdminApi.Map(app, core);

        // Lowest-priority endpoint for every other path and method; "{**path}" also takes paths that look like files.
        app.MapFallback("{**path}", (Func<EnvelopeResult>)(() => core.Refuse(core.Answers.NotFound, RejectionReason.NotFound, null)));
        return app;
    }

    /// <summary>
    /// Last line of defence: a bug must still answer with the envelope, never with Kestrel's
    /// empty 500. Bad input never gets here; it is answered in the handlers.
    /// </summary>
    private static async Task ShieldAsync(HttpContext context, RequestDelegate next, ReceiverCore core)
    {
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (Exception) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            context.Response.Clear();
            await core.Refuse(core.Answers.ServerError, RejectionReason.InternalError, null).ExecuteAsync(context).ConfigureAwait(false);
        }
    }
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Harness.Cli.Observe;

/// <summary>A slim Kestrel app with no logging for the CLI's own small endpoints (metrics, the live page).</summary>
internal static class SmallHost
{
    public static WebApplication Create(string url)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Urls.Clear();
        app.Urls.Add(url);
        return app;
    }

    /// <summary>Starts it; the bound address (with the real port when 0 was asked).</summary>
    public static async Task<Uri> StartAsync(WebApplication app, CancellationToken ct)
    {
        await app.StartAsync(ct).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new Uri(address.TrimEnd('/') + "/");
    }
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Harness.Fakes.Http;

/// <summary>
/// A slim Kestrel app with no logging on the given addresses: the fake receiver's, and the CLI's
/// own small endpoints (metrics, the live page).
/// </summary>
public static class SlimHost
{
    /// <summary>Builds it; <paramref name="configure"/> adds services and Kestrel settings before the build.</summary>
    public static WebApplication Create(IEnumerable<string> urls, Action<WebApplicationBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(urls);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        configure?.Invoke(builder);
        var app = builder.Build();
        app.Urls.Clear();
        foreach (var url in urls)
        {
            app.Urls.Add(url);
        }

        return app;
    }

    /// <summary>Every bound address, with the real port when port 0 was asked (after start).</summary>
    public static IReadOnlyList<string> Addresses(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.ToList();
    }

    /// <summary>Starts it; the first bound address.</summary>
    public static async Task<Uri> StartAsync(WebApplication app, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(app);
        await app.StartAsync(ct).ConfigureAwait(false);
        return new Uri(Addresses(app)[0].TrimEnd('/') + "/");
    }
}

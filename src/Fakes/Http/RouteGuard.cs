using Harness.Contract.Fields;
using Harness.Fakes.Store;
using Microsoft.AspNetCore.Http;

namespace Harness.Fakes.Http;

/// <summary>
/// Runs before routing. (1) Paths match exactly, case included, as on the real gateway:
/// ASP.NET Core routing ignores case, so <c>/V1/EVENT/HUAWEI/CUSTOM/KEY</c> would reach the API and
/// <c>/_FAKE/reset</c> the admin surface; both get the 404 envelope instead (docs/fake.md, "Routing").
/// (2) With an admin token (<c>--admin-token</c>, else <c>--require-token</c>), every <c>/_fake/*</c>
/// request must carry it as <c>X-Auth-Token</c>, or it gets the 401 envelope and nothing else.
/// </summary>
internal static class RouteGuard
{
    private static readonly string[] ExactPrefixes = [IntegrationKeyRule.RoutePrefix, AdminApi.Prefix];

    public static Task InvokeAsync(HttpContext context, RequestDelegate next, ReceiverCore core)
    {
        var path = context.Request.Path.Value ?? "";
        foreach (var prefix in ExactPrefixes)
        {
            if (path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && !path.StartsWith(prefix, StringComparison.Ordinal))
            {
                return core.Refuse(core.Answers.NotFound, RejectionReason.NotFound, null).ExecuteAsync(context);
            }
        }

        if (core.Options.EffectiveAdminToken is { } token && path.StartsWith(AdminApi.Prefix, StringComparison.Ordinal)
            && !RequestAuth.HasToken(context, token))
        {
            // Not counted in the stats: the admin surface is outside the API's books.
            return core.Answers.Unauthorized.ExecuteAsync(context);
        }

        return next(context);
    }
}

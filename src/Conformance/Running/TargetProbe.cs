using Harness.Generators.Broken;

namespace Harness.Conformance.Running;

/// <summary>
/// One harmless request before any check (a GET on the route): if the target does not answer at
/// all, the run stops with one clear message instead of a wall of target errors.
/// </summary>
internal static class TargetProbe
{
    public static async Task EnsureReachableAsync(Transport transport, TargetContext target, CancellationToken ct)
    {
        var url = new Uri(target.Url(KeyVariant.Valid));
        var response = await transport.ProbeAsync(url, ct).ConfigureAwait(false);
        if (response.TransportError is { } error)
        {
            var hint = error.Contains("SSL", StringComparison.OrdinalIgnoreCase) || error.Contains("certificate", StringComparison.OrdinalIgnoreCase)
                ? " If the certificate is self-signed, --insecure skips its validation (explicit opt-in)."
                : "";
            throw new TargetUnreachableException(
                $"Target {target.BaseUri} is unreachable ({Harness.Contract.Secrets.RedactIn(error, target.Secrets)}); no check was run.{hint}");
        }
    }
}

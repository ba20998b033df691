using System.Security.Cryptography;
using Harness.Contract;
using Harness.Fakes.Misbehaving.Hosting;
using Harness.Fakes.Misbehaving.Receiving;
using WireMock.Server;

namespace Harness.Fakes.Misbehaving;

/// <summary>
/// A receiver on a free loopback port that keeps the contract except for one planted
/// <see cref="Defect"/>: point the conformance suite at <see cref="BaseAddress"/> with
/// <see cref="Key"/> (and <see cref="Token"/>) and it must fail the checks the defect touches.
/// </summary>
public sealed class MisbehavingTarget : IDisposable
{
    private const string KeyAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private readonly WireMockServer _server;
    private readonly CancellationTokenSource _stopping;
    private int _disposed;

    private MisbehavingTarget(DefectInfo? info, string key, string? token, WireMockServer server, CancellationTokenSource stopping)
    {
        Info = info;
        Key = key;
        Token = token;
        _server = server;
        _stopping = stopping;
        // WireMock reports its URL as "localhost"; the socket is bound to 127.0.0.1 only, so say that.
        BaseAddress = new Uri($"http://127.0.0.1:{server.Ports[0]}/");
    }

    /// <summary>The planted defect; null for a control target (<see cref="StartControl"/>).</summary>
    public Defect? Defect => Info?.Defect;

    /// <summary>The defect's catalogue entry: what it breaks and which checks must fail; null for a control target.</summary>
    public DefectInfo? Info { get; }

    /// <summary>Where the target listens, e.g. <c>http://127.0.0.1:41234/</c>; the route and key are added to it.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The integration key the target accepts (a secret: show it with <c>Secrets.Redact</c>).</summary>
    public string Key { get; }

    /// <summary>The <c>X-Auth-Token</c> the target requires, or null.</summary>
    public string? Token { get; }

    /// <summary>Starts a target with the defect; throws <see cref="ArgumentException"/> listing every problem with the options.</summary>
    public static MisbehavingTarget Start(Defect defect, MisbehavingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate();
        if (!Enum.IsDefined(defect))
        {
            problems = [.. problems, $"defect: unknown defect {(int)defect}."];
            return StartValidated(problems, null, options);
        }

        return StartValidated(problems, Defects.For(defect), options);
    }

    /// <summary>
    /// Starts the same receiver with no defect at all: a control that answers every check
    /// correctly, to tell a defect's effect from the host's.
    /// </summary>
    public static MisbehavingTarget StartControl(MisbehavingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return StartValidated(options.Validate(), null, options);
    }

    private static MisbehavingTarget StartValidated(IReadOnlyList<string> problems, DefectInfo? info, MisbehavingOptions options)
    {
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid misbehaving target options: " + string.Join(" ", problems), nameof(options));
        }

        var key = options.Key ?? RandomNumberGenerator.GetString(KeyAlphabet, Contract.Fields.IntegrationKeyRule.ConsoleKeyLength);
        var receiver = new Receiver(info?.Defect, key, options.Token, options.Profile, options.MaxBodyBytes,
            options.OwnRoutingCodes, options.GatewayPageStatus);
        var stopping = new CancellationTokenSource();
        var server = WireMockHost.Start(receiver, options.SlowDelay, options.TimeProvider, stopping.Token);
        return new MisbehavingTarget(info, key, options.Token, server, stopping);
    }

    /// <summary>Starts a target with the defect and default options (strict, generated key, no token).</summary>
    public static MisbehavingTarget Start(Defect defect) => Start(defect, new MisbehavingOptions());

    public override string ToString() => $"{Info?.Id ?? "control"} at {BaseAddress} (key {Secrets.Redact(Key)})";

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        _stopping.Cancel();
        _server.Stop();
        _server.Dispose();
        _stopping.Dispose();
    }
}

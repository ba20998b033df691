using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace Harness.Contract.Targets;

/// <summary>
/// Remembers what the last certificate check found, so the pre-flight can say why a handshake
/// failed ("certificate not trusted: ...") instead of HttpClient's generic "SSL connection could not be established".
/// </summary>
public sealed class TlsObserver
{
    private readonly Lock _gate = new();
    private string? _problem;
    private string? _subject;

    /// <summary>Why the last certificate was not trusted, or null when it was (or none was seen).</summary>
    public string? Problem
    {
        get
        {
            lock (_gate)
            {
                return _problem;
            }
        }
    }

    /// <summary>The subject of the last certificate the server presented.</summary>
    public string? Subject
    {
        get
        {
            lock (_gate)
            {
                return _subject;
            }
        }
    }

    internal void Saw(X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        var problem = errors == SslPolicyErrors.None ? null : Describe(errors, chain);
        lock (_gate)
        {
            _problem = problem;
            _subject = certificate?.Subject;
        }
    }

    private static string Describe(SslPolicyErrors errors, X509Chain? chain)
    {
        var parts = new List<string>();
        if (errors.HasFlag(SslPolicyErrors.RemoteCertificateNotAvailable))
        {
            parts.Add("the server sent no certificate");
        }

        if (errors.HasFlag(SslPolicyErrors.RemoteCertificateNameMismatch))
        {
            parts.Add("its name does not match the target's host");
        }

        if (errors.HasFlag(SslPolicyErrors.RemoteCertificateChainErrors))
        {
            var statuses = chain?.ChainStatus.Select(s => s.StatusInformation.Trim()).Where(s => s.Length > 0).Distinct().ToArray() ?? [];
            parts.Add(statuses.Length > 0 ? string.Join("; ", statuses) : "its chain does not lead to a trusted CA");
        }

        return string.Join(", ", parts);
    }
}

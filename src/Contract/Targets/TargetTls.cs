namespace Harness.Contract.Targets;

/// <summary>
/// How a target's TLS is checked and how the harness proves who it is: verification (on unless
/// <see cref="Insecure"/>), an extra trusted CA, and a client certificate for mutual TLS.
/// </summary>
public sealed record TargetTls
{
    /// <summary>Skip certificate verification (only ever on an explicit <c>--insecure</c>).</summary>
    public bool Insecure { get; init; }

    /// <summary>A PEM file of CA certificate(s) trusted for this target, instead of the system store.</summary>
    public string? CaCertificateFile { get; init; }

    /// <summary>The client certificate (PEM, or PKCS#12 .p12/.pfx) for mutual TLS.</summary>
    public string? ClientCertificateFile { get; init; }

    /// <summary>The client certificate's private key (PEM) when it is not in the certificate file.</summary>
    public string? ClientKeyFile { get; init; }

    /// <summary>How certificates are checked, as reports say it.</summary>
    public string Verification =>
        Insecure ? "skipped (--insecure)"
        : CaCertificateFile is not null ? $"verified against {Path.GetFileName(CaCertificateFile)}"
        : "verified (system trust store)";

    /// <summary>Every problem with these settings (missing files), each naming its option.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        Check(CaCertificateFile, "--ca-cert");
        Check(ClientCertificateFile, "--client-cert");
        Check(ClientKeyFile, "--client-key");
        if (ClientKeyFile is not null && ClientCertificateFile is null)
        {
            problems.Add("--client-key: needs --client-cert (the certificate the key belongs to)");
        }

        if (Insecure && CaCertificateFile is not null)
        {
            problems.Add("--insecure: certificates are not verified at all, so --ca-cert would have no effect; give one of them");
        }

        return problems;

        void Check(string? file, string option)
        {
            if (file is not null && !File.Exists(file))
            {
                problems.Add($"{option}: the file '{file}' does not exist");
            }
        }
    }
}

using System.Diagnostics;

namespace Harness.TestKit;

/// <summary>
/// A throw-away CA with a server certificate for 127.0.0.1, localhost and upstream.test (a name only
/// <see cref="Squid"/> resolves) and a client certificate,
/// made by Debian's openssl in a temp folder (deleted on dispose). Nothing is added to any trust store.
/// </summary>
public sealed class TestCertificates : IDisposable
{
    private TestCertificates(string folder) => Folder = folder;

    public string Folder { get; }

    /// <summary>The CA certificate (PEM): what <c>--ca-cert</c> is given.</summary>
    public string CaCert => Path.Combine(Folder, "ca.pem");

    public string ServerCert => Path.Combine(Folder, "server.pem");

    public string ServerKey => Path.Combine(Folder, "server.key");

    public string ClientCert => Path.Combine(Folder, "client.pem");

    public string ClientKey => Path.Combine(Folder, "client.key");

    /// <summary>Makes the CA, then the server and client certificates it signs (about a second).</summary>
    public static TestCertificates Create()
    {
        var openssl = ServerProcess.RequireBinary("openssl", "openssl");
        var certificates = new TestCertificates(ServerProcess.NewFolder("certs"));
        var f = certificates.Folder;
        Run(openssl, f, "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-days", "2",
            "-subj", "/CN=harness test CA", "-keyout", "ca.key", "-out", "ca.pem",
            "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign");
        Issue(openssl, f, "server", "/CN=localhost", "subjectAltName=IP:127.0.0.1,IP:::1,DNS:localhost,DNS:upstream.test\nextendedKeyUsage=serverAuth");
        Issue(openssl, f, "client", "/CN=harness test client", "extendedKeyUsage=clientAuth");
        return certificates;
    }

    private static void Issue(string openssl, string folder, string name, string subject, string extensions)
    {
        File.WriteAllText(Path.Combine(folder, name + ".ext"), extensions + "\n");
        Run(openssl, folder, "req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
            "-subj", subject, "-keyout", name + ".key", "-out", name + ".csr");
        Run(openssl, folder, "x509", "-req", "-in", name + ".csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
            "-days", "2", "-extfile", name + ".ext", "-out", name + ".pem");
    }

    private static void Run(string openssl, string folder, params string[] arguments)
    {
        var info = new ProcessStartInfo(openssl) { WorkingDirectory = folder, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start openssl");
        var error = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"openssl {arguments[0]} failed: {error}");
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

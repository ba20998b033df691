namespace Harness.TestKit;

/// <summary>
/// Debian's squid as a forward proxy on a free loopback port (plain requests and CONNECT tunnels),
/// in the foreground with its own temp folder. <paramref name="hosts"/> lines (e.g.
/// <c>127.0.0.1 upstream.test</c>) are names only the proxy can resolve, to prove traffic went through it.
/// </summary>
public static class Squid
{
    /// <summary>Starts squid, allowing loopback clients only.</summary>
    public static Task<ServerProcess> StartAsync(string hosts = "")
    {
        var binary = ServerProcess.RequireBinary("squid", "squid");
        var folder = ServerProcess.NewFolder("squid");
        // Started as root, squid drops to user 'proxy', which must write its logs here.
        File.SetUnixFileMode(folder, (UnixFileMode)0x1FF);
        var port = LoopbackPort.Free();
        File.WriteAllText(Path.Combine(folder, "hosts"), "127.0.0.1 localhost\n" + hosts + "\n");
        var config = $"""
            http_port 127.0.0.1:{port}
            pid_filename {folder}/squid.pid
            cache_log {folder}/cache.log
            access_log stdio:{folder}/access.log
            cache_store_log none
            cache deny all
            cache_mem 8 MB
            coredump_dir {folder}
            hosts_file {folder}/hosts
            dns_nameservers 127.0.0.1
            shutdown_lifetime 0 seconds
            acl localnet src 127.0.0.1/32 ::1
            acl SSL_ports port 1-65535
            acl Safe_ports port 1-65535
            acl CONNECT method CONNECT
            http_access allow localnet
            http_access deny all
            via on
            forwarded_for off
            """;
        var path = Path.Combine(folder, "squid.conf");
        File.WriteAllText(path, config);
        return ServerProcess.StartAsync(binary, ["-N", "-f", path], folder, port);
    }

    /// <summary>What squid logged so far (one line per request it handled).</summary>
    public static string AccessLog(ServerProcess squid)
    {
        ArgumentNullException.ThrowIfNull(squid);
        var path = Path.Combine(squid.Folder, "access.log");
        if (!File.Exists(path))
        {
            return "";
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

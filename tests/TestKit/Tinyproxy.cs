namespace Harness.TestKit;

/// <summary>
/// Debian's tinyproxy on a free loopback port, in the foreground. With credentials set it answers
/// 407 to any request (plain or CONNECT) that does not carry them: the proxy-authentication case.
/// </summary>
public static class Tinyproxy
{
    public static Task<ServerProcess> StartAsync(string? user = null, string? password = null)
    {
        var binary = ServerProcess.RequireBinary("tinyproxy", "tinyproxy");
        var folder = ServerProcess.NewFolder("tinyproxy");
        File.SetUnixFileMode(folder, (UnixFileMode)0x1FF);
        var port = LoopbackPort.Free();
        var auth = user is null ? "" : $"BasicAuth {user} {password}";
        var config = $"""
            Port {port}
            Listen 127.0.0.1
            Timeout 30
            MaxClients 64
            Allow 127.0.0.1
            {auth}
            PidFile "{folder}/tinyproxy.pid"
            """;
        var path = Path.Combine(folder, "tinyproxy.conf");
        File.WriteAllText(path, config);
        return ServerProcess.StartAsync(binary, ["-d", "-c", path], folder, port);
    }
}

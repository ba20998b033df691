namespace Harness.TestKit;

/// <summary>
/// Debian's nginx on a free loopback port, in the foreground, with everything (pid, logs, temp
/// paths) inside its own temp folder. The caller gives the body of the <c>server { }</c> block
/// (locations, proxy_pass, ssl_* lines); the listen line is written here.
/// </summary>
public static class Nginx
{
    /// <summary>Starts nginx with one server block listening on a free port.</summary>
    /// <param name="serverBody">Directives inside <c>server { }</c>, e.g. <c>location / { return 502; }</c>.</param>
    /// <param name="listenSuffix">Extra words for the listen line, e.g. <c>ssl http2</c>.</param>
    /// <param name="httpExtra">Directives for the <c>http { }</c> block (upstreams, maps).</param>
    public static Task<ServerProcess> StartAsync(string serverBody, string listenSuffix = "", string httpExtra = "")
    {
        var binary = ServerProcess.RequireBinary("nginx", "nginx-light");
        var folder = ServerProcess.NewFolder("nginx");
        var port = LoopbackPort.Free();
        var config = $$"""
            daemon off;
            master_process off;
            worker_processes 1;
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/error.log warn;
            events { worker_connections 1024; }
            http {
              access_log {{folder}}/access.log;
              client_body_temp_path {{folder}}/body;
              proxy_temp_path {{folder}}/proxy;
              fastcgi_temp_path {{folder}}/fastcgi;
              uwsgi_temp_path {{folder}}/uwsgi;
              scgi_temp_path {{folder}}/scgi;
              {{httpExtra}}
              server {
                listen 127.0.0.1:{{port}} {{listenSuffix}};
                {{serverBody}}
              }
            }
            """;
        var path = Path.Combine(folder, "nginx.conf");
        File.WriteAllText(path, config);
        return ServerProcess.StartAsync(binary, ["-p", folder, "-c", path, "-e", Path.Combine(folder, "error.log")], folder, port);
    }
}

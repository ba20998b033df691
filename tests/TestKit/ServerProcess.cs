using System.Diagnostics;
using System.Text;

namespace Harness.TestKit;

/// <summary>
/// A real server (nginx, squid, Prometheus, ...) run by a test: started from a Debian binary with
/// a config in its own temp folder, waited for on its loopback port, and killed by PID on dispose.
/// A missing binary fails the test with the package to install; it never skips silently.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    private ServerProcess(Process process, string folder, int port)
    {
        this.process = process;
        Folder = folder;
        Port = port;
    }

    /// <summary>The temp folder holding the config, logs and pid files.</summary>
    public string Folder { get; }

    /// <summary>The main loopback port the server listens on.</summary>
    public int Port { get; }

    /// <summary>The process id (tests may kill it to simulate a dying server).</summary>
    public int Pid => process.Id;

    /// <summary>What the server wrote to stdout/stderr so far (for assertion messages).</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>A new temp folder for one server's files.</summary>
    public static string NewFolder(string name)
    {
        var folder = Path.Combine(Path.GetTempPath(), "harness-" + name + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>Finds a Debian binary on PATH or in the sbin folders, or throws naming its package.</summary>
    public static string RequireBinary(string name, string debianPackage)
    {
        var path = (Environment.GetEnvironmentVariable("PATH") ?? "") + ":/usr/sbin:/sbin:/usr/bin:/bin";
        foreach (var dir in path.Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException(
            $"'{name}' is not installed: apt-get install {debianPackage} (.ci/run installs it).");
    }

    /// <summary>Starts <paramref name="binary"/> and waits until <paramref name="port"/> accepts connections.</summary>
    public static async Task<ServerProcess> StartAsync(
        string binary, IEnumerable<string> arguments, string folder, int port, TimeSpan? startTimeout = null)
    {
        var info = new ProcessStartInfo(binary)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {binary}");
        var server = new ServerProcess(process, folder, port);
        process.OutputDataReceived += (_, e) => server.Append(e.Data);
        process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var ready = await LoopbackPort.WaitForListenerAsync(port, startTimeout ?? TimeSpan.FromSeconds(15));
        if (!ready || process.HasExited)
        {
            var said = server.Output;
            await server.DisposeAsync();
            throw new InvalidOperationException(
                $"{Path.GetFileName(binary)} did not listen on 127.0.0.1:{port}: {said}");
        }

        return server;
    }

    /// <summary>Kills the server (and its children) now, as a crash would.</summary>
    public void Kill()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
            // already gone
        }
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        process.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        return ValueTask.CompletedTask;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }
}

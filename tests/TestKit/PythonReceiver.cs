using System.Text.Json;

namespace Harness.TestKit;

/// <summary>
/// An independent receiver of <c>POST /v1/event/huawei/custom/{integration_key}</c>: Python's
/// http.server on a free loopback port, started from a script written here from the spec's text
/// (<see cref="PythonReceiverScript"/>), stopped by PID. Not the fake, not a stub of our envelopes.
/// </summary>
public static class PythonReceiver
{
    /// <summary>Starts the receiver with <paramref name="key"/> as its one integration key.</summary>
    public static Task<ServerProcess> StartAsync(string key, PythonReceiverOptions? options = null)
    {
        var python = ServerProcess.RequireBinary("python3", "python3");
        var folder = ServerProcess.NewFolder("python-receiver");
        var script = Path.Combine(folder, "receiver.py");
        File.WriteAllText(script, PythonReceiverScript.Text);
        var port = LoopbackPort.Free();
        var settings = JsonSerializer.Serialize(options ?? new PythonReceiverOptions());
        return ServerProcess.StartAsync(python, ["-u", script, port.ToString(System.Globalization.CultureInfo.InvariantCulture), key, settings], folder, port);
    }

    /// <summary>The base URL to give <c>--target</c>.</summary>
    public static Uri BaseAddress(ServerProcess receiver)
    {
        ArgumentNullException.ThrowIfNull(receiver);
        return new Uri($"http://127.0.0.1:{receiver.Port}/");
    }
}

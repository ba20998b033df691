namespace Harness.Cli;

/// <summary>
/// Turns Ctrl+C into a cancellation instead of a killed process, so a command can stop sending,
/// keep what it measured, write it marked partial and exit 130. Dispose to let Ctrl+C go back to
/// its default.
/// </summary>
internal sealed class ConsoleInterrupt : IDisposable
{
    private readonly CancellationTokenSource _stop;

    private ConsoleInterrupt(CancellationToken outer)
    {
        _stop = CancellationTokenSource.CreateLinkedTokenSource(outer);
        Console.CancelKeyPress += OnCancel;
    }

    /// <summary>Cancelled by Ctrl+C or by the outer token.</summary>
    public CancellationToken Token => _stop.Token;

    public bool IsRequested => _stop.IsCancellationRequested;

    public static ConsoleInterrupt Listen(CancellationToken outer) => new(outer);

    public void Dispose()
    {
        Console.CancelKeyPress -= OnCancel;
        _stop.Dispose();
    }

    private void OnCancel(object? sender, ConsoleCancelEventArgs e)
    {
        e.Cancel = true;
        _stop.Cancel();
    }
}

namespace Harness.Cli.Tests.Observe;

/// <summary>
/// The tests that run a load while a real Prometheus, Chromium or collector watches it take turns:
/// on a busy two-core machine, side by side they starve each other's scrapes and pages.
/// </summary>
[CollectionDefinition("observe")]
public sealed class ObserveCollection;

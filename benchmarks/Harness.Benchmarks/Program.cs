using BenchmarkDotNet.Running;

// One file per question in this folder; pick with --filter (see benchmarks/README.md).
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/Dossier.Benchmarks -- --filter '*'
// Times each stage of the build on a generated dossier of 1,000 articles (see docs/performance.md).
BenchmarkSwitcher.FromAssembly(typeof(Dossier.Benchmarks.StageBenchmarks).Assembly).Run(args);

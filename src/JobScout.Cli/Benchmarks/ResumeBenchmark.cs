using System.Diagnostics;
using JobScout.Infrastructure.Resumes;

namespace JobScout.Cli.Benchmarks;

public sealed record ResumeBenchmarkResult(int Runs, int Bytes, int Pages, int Words, double P50Ms, double P95Ms, double MeanMs, double ReadP95Ms, double CheckP95Ms, int Score);

/// <summary>Time to read a two-page PDF resume and check it against the guide's keywords, run after run.</summary>
internal static class ResumeBenchmark
{
    public static ResumeBenchmarkResult Run(int runs)
    {
        var pdf = SyntheticResume.TwoPagePdf();
        var target = ResumeKeywordCatalog.Default.Guide();
        for (var i = 0; i < 5; i++)
        {
            ResumeChecker.Check(ResumeReader.Read(pdf, ResumeLimits.Default), target); // warm-up: JIT, analyzer, fonts
        }

        var total = new List<double>(runs);
        var reads = new List<double>(runs);
        var checks = new List<double>(runs);
        ResumeReport? report = null;
        for (var i = 0; i < runs; i++)
        {
            var start = Stopwatch.GetTimestamp();
            var document = ResumeReader.Read(pdf, ResumeLimits.Default);
            var read = Stopwatch.GetTimestamp();
            report = ResumeChecker.Check(document, target);
            var end = Stopwatch.GetTimestamp();
            reads.Add(Stopwatch.GetElapsedTime(start, read).TotalMilliseconds);
            checks.Add(Stopwatch.GetElapsedTime(read, end).TotalMilliseconds);
            total.Add(Stopwatch.GetElapsedTime(start, end).TotalMilliseconds);
        }

        return new ResumeBenchmarkResult(runs, pdf.Length, report!.Pages, report.Words, Percentile(total, 0.50), Percentile(total, 0.95),
            Math.Round(total.Average(), 2), Percentile(reads, 0.95), Percentile(checks, 0.95), report.Score);
    }

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return Math.Round(sorted[(int)Math.Clamp(Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)], 2);
    }
}

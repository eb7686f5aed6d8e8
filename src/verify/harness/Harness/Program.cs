using System;
using System.IO;
using System.Text.Json;
using System.Threading.Tasks;

namespace Csxc.Harness;

// Usage: Harness JOB.json (or the job on stdin). A job with "scripts" only compiles them (Compiles). Writes one JSON result to stdout; exit 0 whenever
// it did, 2 when the job itself could not be read or run. CSXC_HARNESS_TIMES=1 adds the time of the
// compile and of the cases on stderr.
public static class Program
{
    // Exit, not return: a thread that a script started (or one that ran past its time) must not keep the process alive.
    public static async Task Main(string[] args) => Environment.Exit(await Run(args));

    static async Task<int> Run(string[] args)
    {
        // UTF-8 whatever the console's code page: node reads the result as UTF-8.
        var stdout = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false));
        var stderr = Console.Error;
        try
        {
            var job = JsonSerializer.Deserialize<Job>(args.Length > 0 ? File.ReadAllText(args[0]) : Console.In.ReadToEnd(), JobJson.Options)
                ?? throw new InvalidDataException("the job is empty");
            if (job.Scripts != null && job.Scripts.Count > 0)
            {
                var compiles = new CompileResult[job.Scripts.Count];
                System.Threading.Tasks.Parallel.For(0, job.Scripts.Count, i => compiles[i] = Compiler.Check(job.Scripts[i], File.ReadAllText(job.Scripts[i])));
                stdout.Write(JsonSerializer.Serialize(new HarnessResult { Compiles = new System.Collections.Generic.List<CompileResult>(compiles) }, JobJson.Options));
                stdout.Flush();
                return 0;
            }
            if (string.IsNullOrEmpty(job.Script)) throw new InvalidDataException("the job names no script");
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var (compile, assembly) = job.Assembly != null
                ? (new CompileResult { Ok = true }, System.Reflection.Assembly.Load(File.ReadAllBytes(job.Assembly)))
                : Compiler.Compile(job.Script, File.ReadAllText(job.Script), job.AssemblyCache, emit: !job.CompileOnly);
            if (job.Stream) return await Stream(job, compile, assembly, stdout);
            var compileMillis = clock.ElapsedMilliseconds;
            var result = new HarnessResult { Compile = compile };
            if (assembly != null)
            {
                // What a script writes to the console is not part of its outcome, and must not mix into ours.
                Console.SetIn(TextReader.Null);
                Console.SetOut(TextWriter.Null);
                Console.SetError(TextWriter.Null);
                result.Outcomes = await new Runner(assembly, job.TimeoutMs, job.Limits, job.Exhausted).RunAll(job.Cases);
            }
            stdout.Write(JsonSerializer.Serialize(result, JobJson.Options));
            if (Environment.GetEnvironmentVariable("CSXC_HARNESS_TIMES") == "1")
                stderr.WriteLine($"csxc harness: compile {compileMillis} ms, {job.Cases.Count} cases {clock.ElapsedMilliseconds - compileMillis} ms");
            stdout.Flush();
            return 0;
        }
        catch (Exception e) when (e is IOException or BadImageFormatException or JsonException or InvalidDataException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"csxc harness: {e.Message}");
            return 2;
        }
    }

    /// <summary>Job.Stream: each line written and flushed as soon as it is known (see Job.Stream for the exit codes).</summary>
    static async Task<int> Stream(Job job, CompileResult compile, System.Reflection.Assembly assembly, StreamWriter stdout)
    {
        void Line(StreamLine line)
        {
            stdout.Write(JsonSerializer.Serialize(line, JobJson.Options));
            stdout.Write('\n');
            stdout.Flush();
        }
        Line(new StreamLine { Compile = compile });
        if (assembly == null) return 0;
        Console.SetIn(TextReader.Null);
        Console.SetOut(TextWriter.Null);
        Console.SetError(TextWriter.Null);
        Runner.UseScriptCulture();
        var runner = new Runner(assembly, job.TimeoutMs, job.Limits, job.Exhausted);
        foreach (var given in job.Cases)
        {
            var (outcome, abandoned) = await runner.Run(given);
            Line(new StreamLine { Outcome = outcome });
            if (abandoned) return 3;
        }
        return 0;
    }
}

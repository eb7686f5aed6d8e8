using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Csxc.Harness;

/// <summary>
/// Compiles a script.csx as the platform would: C# 7.3, a library, against .NET Standard 2.0,
/// Newtonsoft.Json, Logging.Abstractions and ScriptBase. Three passes, all of which must be clean:
/// "platform" with only ScriptBase's namespace imported; "implicit-usings" with the supported
/// namespaces imported too, as the platform does implicitly (catches ambiguities such as Formatting);
/// "namespaces", the types named outside the supported namespaces.
/// </summary>
public static class Compiler
{
    public const string ScriptShapeCode = "CSXH002";

    static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp7_3, DocumentationMode.None, SourceCodeKind.Regular);

    static readonly CSharpCompilationOptions Options = new(
        OutputKind.DynamicallyLinkedLibrary,
        optimizationLevel: OptimizationLevel.Release,
        allowUnsafe: false,
        concurrentBuild: true);

    /// <summary>Compiles and loads the script; with <paramref name="imagePath"/>, also writes the assembly there, so that a restarted harness can load it instead of compiling again.</summary>
    /// <param name="emit">False for build's guard: the passes' errors only, no assembly (emitting is a third of the time).</param>
    public static (CompileResult Result, Assembly Assembly) Compile(string scriptPath, string text, string imagePath = null, bool emit = true)
    {
        var references = References();
        var platform = Build(scriptPath, text, new[] { NamespacePolicy.PlatformNamespace }, references);
        var report = new Report(scriptPath);
        report.AddErrors(platform.Compilation.GetDiagnostics(), "platform");
        if (report.Ok) report.AddScriptShape(platform.Compilation);
        if (!report.Ok) return (report.Result, null);

        // Namespaces that the reference assemblies lack (System.Drawing.Drawing2D and .Imaging on
        // .NET Standard 2.0) hold no type that could clash, and importing them would only be an error.
        var present = NamespacePolicy.Supported.Where(ns => Namespace(platform.Compilation, ns) != null);
        var implicitUsings = Build(scriptPath, text, new[] { NamespacePolicy.PlatformNamespace }.Concat(present), references);
        report.AddErrors(implicitUsings.Compilation.GetDiagnostics(), "implicit-usings");
        if (!report.Ok) return (report.Result, null);

        foreach (var (where, message) in NamespacePolicy.Violations(implicitUsings.Compilation, implicitUsings.Tree))
            report.Add(where, NamespacePolicy.Code, message, "namespaces");
        if (!report.Ok || !emit) return (report.Result, null);

        using var image = new MemoryStream();
        var emitted = implicitUsings.Compilation.Emit(image);
        report.AddErrors(emitted.Diagnostics, "platform");
        if (!report.Ok) return (report.Result, null);
        var bytes = image.ToArray();
        if (imagePath != null) File.WriteAllBytes(imagePath, bytes);
        return (report.Result, Assembly.Load(bytes));
    }

    /// <summary>The "platform" pass alone: the C# compiler's errors, for tests that compile many scripts.</summary>
    public static CompileResult Check(string scriptPath, string text)
    {
        var platform = Build(scriptPath, text, new[] { NamespacePolicy.PlatformNamespace }, References());
        var report = new Report(scriptPath);
        report.AddErrors(platform.Compilation.GetDiagnostics(), "platform");
        return report.Result;
    }

        static (CSharpCompilation Compilation, SyntaxTree Tree) Build(string path, string text, IEnumerable<string> usings, IReadOnlyList<MetadataReference> references)
    {
        // One line, so that the script's own lines move down by exactly one (Report.PrefixLines).
        var prefix = string.Concat(usings.Select(ns => $"using {ns}; ")) + "\n";
        var tree = CSharpSyntaxTree.ParseText(prefix + text, ParseOptions, path);
        return (CSharpCompilation.Create("Script", new[] { tree }, references, Options), tree);
    }

    static INamespaceSymbol Namespace(Compilation compilation, string name)
    {
        INamespaceSymbol current = compilation.GlobalNamespace;
        foreach (var part in name.Split('.'))
        {
            current = current.GetNamespaceMembers().FirstOrDefault(n => n.Name == part);
            if (current == null) return null;
        }
        return current;
    }

    static IReadOnlyList<MetadataReference> cached;

    /// <summary>The reference assemblies the build copied beside the harness, and ScriptBase itself.</summary>
    static IReadOnlyList<MetadataReference> References()
    {
        if (cached != null) return cached;
        var folder = Path.Combine(AppContext.BaseDirectory, "script-references");
        if (!File.Exists(Path.Combine(folder, "netstandard.dll")))
            throw new FileNotFoundException($"the .NET Standard 2.0 reference assemblies are missing from {folder}; rebuild the harness (npm run setup:dotnet)");
        return cached = Directory.GetFiles(folder, "*.dll").OrderBy(f => f, StringComparer.Ordinal)
            .Append(typeof(Microsoft.PowerPlatform.Connectors.CustomCode.CSharp.ScriptBase).Assembly.Location)
            .Select(f => (MetadataReference)MetadataReference.CreateFromFile(f))
            .ToList();
    }

    /// <summary>Collects diagnostics, placed where the author will look for them.</summary>
    sealed class Report
    {
        const int PrefixLines = 1;
        readonly string scriptPath;
        readonly HashSet<string> seen = new();

        public Report(string scriptPath) => this.scriptPath = scriptPath;

        public CompileResult Result { get; } = new() { Ok = true };
        public bool Ok => Result.Ok;

        public void AddErrors(IEnumerable<Diagnostic> diagnostics, string pass)
        {
            foreach (var d in diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).OrderBy(d => d.Location.SourceSpan.Start))
                Add(d.Location, d.Id, d.GetMessage(System.Globalization.CultureInfo.InvariantCulture), pass);
        }

        public void AddScriptShape(CSharpCompilation compilation)
        {
            var script = compilation.GetTypeByMetadataName("Script");
            var scriptBase = compilation.GetTypeByMetadataName($"{NamespacePolicy.PlatformNamespace}.ScriptBase");
            for (var t = script?.BaseType; t != null; t = t.BaseType)
                if (SymbolEqualityComparer.Default.Equals(t, scriptBase) && !script.IsAbstract && script.DeclaredAccessibility == Accessibility.Public) return;
            Add(script?.Locations.FirstOrDefault() ?? Location.None, ScriptShapeCode, "the script must declare 'public class Script : ScriptBase' (in no namespace)", "platform");
        }

        public void Add(Location location, string code, string message, string pass)
        {
            var (file, line, column) = Place(location);
            if (!seen.Add($"{file}:{line}:{column}:{code}:{message}")) return;
            Result.Ok = false;
            Result.Diagnostics.Add(new CompileDiagnostic { File = file, Line = line, Column = column, Code = code, Message = message, Pass = pass });
        }

        /// <summary>
        /// Under a script's own "#line N "file.ts"" the mapped place (the TypeScript line); elsewhere
        /// the line in script.csx, less the prepended usings line.
        /// </summary>
        (string File, int Line, int Column) Place(Location location)
        {
            if (!location.IsInSource) return (scriptPath, 0, 0);
            var physical = location.GetLineSpan().StartLinePosition;
            if (physical.Line < PrefixLines) return (scriptPath, 0, 0);
            if (UnderNumberedLineDirective(location))
            {
                var mapped = location.GetMappedLineSpan();
                return (mapped.HasMappedPath ? mapped.Path : scriptPath, mapped.StartLinePosition.Line + 1, mapped.StartLinePosition.Character + 1);
            }
            return (scriptPath, physical.Line - PrefixLines + 1, physical.Character + 1);
        }

        readonly Dictionary<SyntaxTree, List<(int Start, bool Numbered)>> lineDirectives = new();

        bool UnderNumberedLineDirective(Location location)
        {
            if (!lineDirectives.TryGetValue(location.SourceTree, out var directives))
            {
                directives = location.SourceTree.GetRoot().DescendantTrivia()
                    .Where(t => t.IsKind(SyntaxKind.LineDirectiveTrivia))
                    .Select(t => (t.SpanStart, ((LineDirectiveTriviaSyntax)t.GetStructure()).Line.IsKind(SyntaxKind.NumericLiteralToken)))
                    .ToList();
                lineDirectives[location.SourceTree] = directives;
            }
            return directives.LastOrDefault(d => d.Start < location.SourceSpan.Start).Numbered;
        }
    }
}

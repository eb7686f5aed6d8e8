// Runs small TypeScript programs on node and, compiled by csxc, on .NET, so the emitter's tests can
// compare what each construct computes on both sides. Each program exports `main(): Json` (or an
// async one); every program of a batch becomes one class of ONE C# compile and ONE .NET run.
//
// The runtime features come from src/runtime/cs; the few that other parts of csxc provide and that
// may not exist yet in the tree (JsError and Js.NumberToString of Json/Number, HttpError) are
// replaced by small stand-ins written here, used only while the real ones are missing.

import { execFileSync, spawnSync } from "node:child_process";
import { buildSync } from "esbuild";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { emitProgram } from "../../../src/emit/program";
import { Printer } from "../../../src/emit/printer";
import { closeFeatures, loadFeatures } from "../../../src/emit/runtime-features";
import type { CsMember } from "../../../src/emit/cs-ast";
import { tempProject } from "../../support/project";
import * as csxc from "../../../src/index";

export interface Program {
  name: string;
  /** TypeScript with `export function main(): Json` or `export async function main(): Promise<Json>`. */
  source: string;
}

export interface Outcome {
  name: string;
  /** Canonical JSON of what main returned, or {"$error": message}. */
  node: string;
  dotnet?: string;
  /** Diagnostics or C# compile errors that kept the program from running on .NET. */
  problem?: string;
  code?: string;
}

export function dotnetAvailable(): boolean {
  return spawnSync("dotnet", ["--version"], { encoding: "utf8" }).status === 0;
}

const HEADER = `import { defineTransforms, HttpError, type Json } from "csxc";
function push<T>(xs: T[], value: T): number { xs[xs.length] = value; return xs.length; }
/** A value TypeScript cannot narrow: keeps unions and optional members as declared. */
function opaque<T>(value: T): T { return value; }
`;
const FOOTER = `\nexport default defineTransforms({});\n`;

/** The value of main on node, as canonical JSON. */
async function runOnNode(dir: string): Promise<string> {
  const out = buildSync({ entryPoints: [path.join(dir, "transforms", "index.ts")], bundle: true, platform: "node", format: "cjs", target: "node20", write: false, external: ["csxc"], logLevel: "silent" });
  const module = { exports: {} as Record<string, unknown> };
  new Function("require", "module", "exports", out.outputFiles[0].text)((id: string) => (id === "csxc" ? csxc : require(id)), module, module.exports);
  try {
    const value = await (module.exports.main as () => unknown)();
    return canonical(value);
  } catch (error) {
    return JSON.stringify({ $error: (error as Error).message });
  }
}

/** JSON in which NaN, the infinities, -0 and a top-level undefined are spelled out. */
export function canonical(value: unknown): string {
  if (value === undefined) return JSON.stringify({ $undefined: true });
  return JSON.stringify(value, (_key, v) => {
    if (typeof v !== "number") return v;
    if (Number.isNaN(v)) return "$NaN";
    if (v === Infinity) return "$Infinity";
    if (v === -Infinity) return "$-Infinity";
    if (Object.is(v, -0)) return "$-0";
    return v;
  });
}

const STANDINS: Record<string, string> = {
  Json: `    public class JsError : Exception { public JsError(string message) : base(message) { } }`,
  Number: `    static partial class Js
    {
        public static string NumberToString(double d)
        {
            if (double.IsNaN(d)) return "NaN";
            if (d == 0) return "0";
            if (double.IsInfinity(d)) return d > 0 ? "Infinity" : "-Infinity";
            var r = d.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
            var sign = "";
            if (r[0] == '-') { sign = "-"; r = r.Substring(1); }
            var e = 0;
            var ei = r.IndexOf('E');
            var mant = r;
            if (ei >= 0) { e = int.Parse(r.Substring(ei + 1), System.Globalization.CultureInfo.InvariantCulture); mant = r.Substring(0, ei); }
            var dot = mant.IndexOf('.');
            var digits = dot >= 0 ? mant.Remove(dot, 1) : mant;
            var point = dot >= 0 ? dot : mant.Length;
            var lead = 0;
            while (lead < digits.Length - 1 && digits[lead] == '0') { lead++; point--; }
            digits = digits.Substring(lead).TrimEnd('0');
            if (digits.Length == 0) digits = "0";
            var n = point + e;
            var k = digits.Length;
            if (k <= n && n <= 21) return sign + digits + new string('0', n - k);
            if (0 < n && n <= 21) return sign + digits.Substring(0, n) + "." + digits.Substring(n);
            if (-6 < n && n <= 0) return sign + "0." + new string('0', -n) + digits;
            var exp = n - 1;
            var es = exp >= 0 ? "+" + exp : exp.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return sign + digits[0] + (k == 1 ? "" : "." + digits.Substring(1)) + "e" + es;
        }
    }`,
  HttpError: `    public class HttpError : Exception
    {
        public double Status { get; private set; }
        public HttpError(double status, string message) : base(message) { Status = status; }
    }`,
};

/** Features the transforms router always asks for; a program of plain functions needs none of them. */
const ROUTER_FEATURES = new Set(["Routing", "Req", "Res", "Ctx"]);

const RUNNER = `
    static string Num(double d)
    {
        if (double.IsNaN(d)) return "\\"$NaN\\"";
        if (double.IsPositiveInfinity(d)) return "\\"$Infinity\\"";
        if (double.IsNegativeInfinity(d)) return "\\"$-Infinity\\"";
        if (d == 0 && double.IsNegative(d)) return "\\"$-0\\"";
        return d.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
    }

    /** Non-ASCII escaped, so that lone surrogates survive the console's UTF-8. */
    static string Quote(string s)
    {
        return JsonConvert.ToString(s).Aggregate(new StringBuilder(), (b, c) => c > 0x7e ? b.Append("\\\\u").Append(((int)c).ToString("x4")) : b.Append(c)).ToString();
    }

    static string Write(JToken t)
    {
        if (t == null) return "{\\"$undefined\\":true}";
        switch (t.Type)
        {
            case JTokenType.Null:
            case JTokenType.Undefined: return "null"; // undefined held in an array (runtime Values.cs Elem)
            case JTokenType.Boolean: return (bool)t ? "true" : "false";
            case JTokenType.Integer:
            case JTokenType.Float: return Num((double)t);
            case JTokenType.String: return Quote((string)t);
            case JTokenType.Array: return "[" + string.Join(",", ((JArray)t).Select(Write)) + "]";
            case JTokenType.Object: return "{" + string.Join(",", ((JObject)t).Properties().Select(p => Quote(p.Name) + ":" + Write(p.Value))) + "}";
            default: return JsonConvert.ToString(t.ToString());
        }
    }

    static void Print(string name, Func<JToken> main)
    {
        string text;
        try { text = Write(main()); }
        catch (Exception e) { text = "{\\"$error\\":" + JsonConvert.ToString(e.Message) + "}"; }
        Console.WriteLine("@@" + name + "\\t" + text);
    }

    static void Print(string name, Func<Task<JToken>> main)
    {
        Print(name, () => main().GetAwaiter().GetResult());
    }
`;

function csprojText(): string {
  const major = execFileSync("dotnet", ["--version"], { encoding: "utf8" }).trim().split(".")[0];
  return `<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net${major}.0</TargetFramework>
    <LangVersion>7.3</LangVersion>
    <Nullable>disable</Nullable>
    <ImplicitUsings>disable</ImplicitUsings>
    <NoWarn>CS1998;CS0162</NoWarn>
    <InvariantGlobalization>true</InvariantGlobalization>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Newtonsoft.Json" Version="13.0.3" />
  </ItemGroup>
</Project>
`;
}

/** Emits every program, runs each on node, and runs all that emitted in one .NET process. */
export interface RunOptions {
  /** The scratch project's directory name under the temp dir (one per test file: jest runs files in parallel). */
  workDir?: string;
  /** More stand-ins for features missing from the tree, by feature name. */
  standins?: Record<string, string>;
}

export async function runPrograms(programs: Program[], options: RunOptions = {}): Promise<Outcome[]> {
  const allStandins = { ...STANDINS, ...options.standins };
  const outcomes: Outcome[] = [];
  const classes: Array<{ index: number; cls: string; members: CsMember[] }> = [];
  const features = new Set<string>();
  for (const [index, program] of programs.entries()) {
    const dir = tempProject({ "transforms/index.ts": HEADER + program.source + FOOTER });
    const result = emitProgram({ projectDir: dir, entry: path.join(dir, "transforms", "index.ts") });
    const outcome: Outcome = { name: program.name, node: await runOnNode(dir) };
    outcomes.push(outcome);
    if (result.diagnostics.length) {
      outcome.problem = result.diagnostics.map((d) => `${d.file}(${d.line},${d.column}): ${d.code}: ${d.message}`).join("\n");
      continue;
    }
    const members = result.members
      .filter((m) => m.name !== "RouteAsync" && m.name !== "KnownOperations")
      .map((m) => (m.name === "main" ? { ...m, modifiers: m.modifiers.map((x) => (x === "private" ? "internal" : x)) } : m));
    const printer = new Printer(false);
    for (const m of members) printer.member(m, 1);
    outcome.code = printer.text();
    classes.push({ index, cls: `Case${index}`, members });
    result.features.forEach((f) => ROUTER_FEATURES.has(f) || features.add(f));
  }
  if (!classes.length) return outcomes;

  const available = loadFeatures();
  const standins: string[] = [];
  const wanted = new Set(features);
  for (const name of Object.keys(allStandins)) wanted.add(name);
  const { selected, unknown } = closeFeatures(wanted, available);
  for (const name of unknown) {
    if (allStandins[name]) standins.push(allStandins[name]);
  }
  const runtime = [...selected.map((f) => "    " + f.code), ...standins].join("\n\n");
  const lines: string[] = [
    "using System;",
    "using System.Collections.Generic;",
    "using System.Linq;",
    "using System.Text;",
    "using System.Text.RegularExpressions;",
    "using System.Threading.Tasks;",
    "using Newtonsoft.Json;",
    "using Newtonsoft.Json.Linq;",
    "",
    // Everything nests in Script, as in script.csx, so the runtime's private classes are in reach.
    "public class Script",
    "{",
    runtime,
  ];
  const starts: Array<{ line: number; index: number }> = [];
  for (const c of classes) {
    starts.push({ line: lines.join("\n").split("\n").length + 1, index: c.index });
    const printer = new Printer(false);
    for (const m of c.members) printer.member(m, 2);
    lines.push(`    class ${c.cls}`, "    {", printer.text(), "    }");
  }
  lines.push(RUNNER);
  lines.push("    public static void Main()", "    {");
  for (const c of classes) lines.push(`        Print(${JSON.stringify(String(c.index))}, () => ${c.cls}.main());`);
  lines.push("    }", "}");

  const work = path.join(os.tmpdir(), options.workDir ?? "csxc-emit-semantics");
  fs.mkdirSync(work, { recursive: true });
  fs.writeFileSync(path.join(work, "semantics.csproj"), csprojText());
  const source = lines.join("\n");
  fs.writeFileSync(path.join(work, "Program.cs"), source);
  const build = spawnSync("dotnet", ["build", "-c", "Release", "--nologo", "-v", "q", "-clp:NoSummary"], { cwd: work, encoding: "utf8" });
  if (build.status !== 0) {
    const errors = [...new Set(`${build.stdout}${build.stderr}`.split("\n").filter((l) => / error /.test(l)).map((l) => l.replace(/ \[.*\]$/, "")))];
    const sourceLines = source.split("\n");
    for (const error of errors) {
      const line = Number(/Program\.cs\((\d+),/.exec(error)?.[1] ?? 0);
      const owner = [...starts].reverse().find((s) => s.line <= line);
      const outcome = owner ? outcomes[owner.index] : undefined;
      const text = `${error.trim()}\n    ${sourceLines[line - 1]?.trim() ?? ""}`;
      if (outcome) outcome.problem = outcome.problem ? `${outcome.problem}\n${text}` : text;
      else outcomes.forEach((o) => (o.problem ??= text));
    }
    return outcomes;
  }
  const dll = path.join(work, "bin", "Release", fs.readdirSync(path.join(work, "bin", "Release"))[0], "semantics.dll");
  const run = spawnSync("dotnet", [dll], { encoding: "utf8", timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
  for (const line of run.stdout.split("\n")) {
    const match = /^@@(\d+)\t(.*)$/.exec(line);
    if (!match) continue;
    const outcome = outcomes[Number(match[1])];
    outcome.dotnet = normalize(match[2]);
  }
  for (const c of classes) {
    if (outcomes[c.index].dotnet === undefined) outcomes[c.index].problem = `no output from .NET: ${run.stderr.slice(0, 2000)}`;
  }
  return outcomes;
}

/** Re-serializes .NET's JSON the way node writes it (numbers in JS's shortest form). */
function normalize(json: string): string {
  try {
    return JSON.stringify(JSON.parse(json));
  } catch {
    return json;
  }
}

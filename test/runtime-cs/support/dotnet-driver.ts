// Builds the C# side of the runtime parity tests: every snippet of src/runtime/cs inside
// `public partial class Script : ScriptBase`, with the harness's own ScriptBase sources (the same
// platform surface that verify compiles scripts against) and the driver of support/driver, as a
// net10.0 console program compiled as C# 7.3. `runDriver` feeds it all the operations as one JSON
// document and returns its answers.

import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { loadFeatures } from "../../../src/emit/runtime-features";

/** ScriptBase's namespace, which the platform imports ahead of the script (as the harness's Compiler.cs does). */
const PLATFORM_NAMESPACE = "Microsoft.PowerPlatform.Connectors.CustomCode.CSharp";

/** The usings of script.csx.template, the ones the snippets may rely on. */
const TEMPLATE_USINGS = [
  "System", "System.Collections.Generic", "System.Linq", "System.Net", "System.Net.Http", "System.Net.Http.Headers",
  "System.Security.Cryptography", "System.Text", "System.Text.RegularExpressions", "System.Threading",
  "System.Threading.Tasks", "Newtonsoft.Json", "Newtonsoft.Json.Linq",
];

const CSPROJ = `<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <LangVersion>7.3</LangVersion>
    <Nullable>disable</Nullable>
    <ImplicitUsings>disable</ImplicitUsings>
    <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
    <NoWarn>CS1998;NU1603;NU1902;NU1903</NoWarn>
    <SatelliteResourceLanguages>en</SatelliteResourceLanguages>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Newtonsoft.Json" Version="13.0.4" />
    <PackageReference Include="Microsoft.Extensions.Logging.Abstractions" Version="2.2.0" />
  </ItemGroup>
</Project>
`;

/** All snippets, in name order, pasted into the Script class as the template pastes them. */
export function runtimeSource(): string {
  const features = [...loadFeatures().values()].sort((a, b) => a.name.localeCompare(b.name));
  const body = features.map((f) => `    #region ${f.name}\n    ${f.code}\n    #endregion`).join("\n\n");
  return `${[PLATFORM_NAMESPACE, ...TEMPLATE_USINGS].map((ns) => `using ${ns};`).join("\n")}\n\npublic partial class Script : ScriptBase\n{\n${body}\n}\n`;
}

function exec(command: string, args: string[], cwd: string, timeoutMs: number): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: "1", DOTNET_NOLOGO: "1" },
      stdio: ["ignore", "pipe", "pipe"],
      timeout: timeoutMs,
    });
    const out: Buffer[] = [];
    child.stdout.on("data", (c: Buffer) => out.push(c));
    child.stderr.on("data", (c: Buffer) => out.push(c));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, output: Buffer.concat(out).toString("utf8") }));
  });
}

export interface DriverResult {
  v?: unknown;
  e?: string;
}

const SCRIPT_BASE_DIR = path.join(__dirname, "..", "..", "..", "src", "verify", "harness", "ScriptBase");

let built: Promise<string> | undefined;

/**
 * Builds the program (once per process, and only when its sources changed since a build that a
 * previous run left in the temp dir); the path of its dll.
 */
export function buildDriver(): Promise<string> {
  built ??= (async () => {
    const sources: Record<string, string> = { "RuntimeDriver.csproj": CSPROJ, "Runtime.cs": runtimeSource() };
    for (const file of ["Driver.cs", "StubContext.cs"]) sources[file] = fs.readFileSync(path.join(__dirname, "driver", file), "utf8");
    // Compiled in, not referenced: the driver sets Context through ScriptBase's internal setter.
    for (const file of ["ScriptBase.cs", "IScriptContext.cs"]) sources[file] = fs.readFileSync(path.join(SCRIPT_BASE_DIR, file), "utf8");
    const key = createHash("sha256").update(JSON.stringify(sources)).digest("hex").slice(0, 16);
    const home = path.join(os.tmpdir(), "csxc-runtime-cs", key);
    const dll = path.join(home, "out", "RuntimeDriver.dll");
    if (fs.existsSync(dll)) return dll;
    fs.mkdirSync(path.dirname(home), { recursive: true });
    const work = fs.mkdtempSync(path.join(path.dirname(home), "build-"));
    for (const [file, text] of Object.entries(sources)) fs.writeFileSync(path.join(work, file), text);
    const build = await exec("dotnet", ["build", "-c", "Release", "--nologo", "-v", "q", "-clp:NoSummary", "-o", "out"], work, 300_000);
    if (build.code !== 0) {
      const errors = [...new Set(build.output.split("\n").filter((l) => /error/.test(l)).map((l) => l.trim()))];
      throw new Error(`the runtime driver did not build (${work}):\n${errors.join("\n") || build.output}`);
    }
    try {
      fs.renameSync(work, home);
    } catch {
      fs.rmSync(work, { recursive: true, force: true }); // another run built the same sources first
    }
    // Builds of older sources, not touched for a day, go.
    for (const other of fs.readdirSync(path.dirname(home))) {
      const dir = path.join(path.dirname(home), other);
      const stale = dir !== home && Date.now() - (fs.statSync(dir, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) > 86_400_000;
      if (stale) fs.rmSync(dir, { recursive: true, force: true });
    }
    return dll;
  })();
  return built;
}

/** Runs the operations through the C# runtime (under a culture with a decimal comma and a dotted i). */
export async function runDriver(ops: object[], culture = "tr-TR"): Promise<DriverResult[]> {
  const dll = await buildDriver();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "csxc-runtime-cs-run-"));
  try {
    const input = path.join(dir, "ops.json");
    const output = path.join(dir, "results.json");
    fs.writeFileSync(input, JSON.stringify(ops));
    const run = await exec("dotnet", [dll, input, output, culture], dir, 120_000);
    if (run.code !== 0) throw new Error(`the runtime driver failed (exit ${run.code ?? "killed"}):\n${run.output.slice(0, 4000)}`);
    return JSON.parse(fs.readFileSync(output, "utf8")) as DriverResult[];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// The .NET side of verify. The harness (src/verify/harness, built by scripts/setup-dotnet.mjs into
// .dotnet-harness/) compiles a script.csx with Roslyn as the platform would and replays cases
// through it in one process; this module builds it when needed and speaks its job/result JSON.

import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { packageRoot } from "../package-root";
import { caseBodyBytes, type Case, type CaseBody, type Outcome } from "./case";

export interface DotnetDiagnostic {
  /** The script's path, or the TypeScript file a `#line` directive maps the error to. */
  file: string;
  line: number;
  column: number;
  /** A C# compiler code (CS0104), or the harness's own: CSXH001 namespace, CSXH002 no Script class. */
  code: string;
  message: string;
  /** "platform": as written; "implicit-usings": with the supported namespaces imported; "namespaces": outside them. */
  pass: "platform" | "implicit-usings" | "namespaces";
}

/** A .NET outcome; `crash` says what ExecuteAsync threw (or that it ran out of time) when the response is the platform's bare 500. */
export type DotnetOutcome = Outcome & { crash?: string };

export interface DotnetRun {
  compile: { ok: boolean; diagnostics: DotnetDiagnostic[] };
  outcomes: DotnetOutcome[];
}

let available: boolean | undefined;

export function dotnetAvailable(): boolean {
  available ??= spawnSync("dotnet", ["--version"], { stdio: "ignore" }).status === 0;
  return available;
}

export function harnessDll(): string {
  return path.join(packageRoot(), ".dotnet-harness", "Harness.dll");
}

let ensured: Promise<string> | undefined;

/** Builds the harness if its sources changed since the last build (once per process); the dll's path. */
export function ensureHarness(): Promise<string> {
  if (!ensured) {
    ensured = setUp();
    ensured.catch(() => (ensured = undefined));
  }
  return ensured;
}

async function setUp(): Promise<string> {
  const setup = path.join(packageRoot(), "scripts", "setup-dotnet.mjs");
  const { code, stdout, stderr } = await run(process.execPath, [setup], 15 * 60_000);
  if (code !== 0) throw new Error(`${stdout}${stderr}`.trim() || `csxc: ${setup} exited with ${code ?? "a signal"}`);
  if (!/up to date/.test(stdout)) process.stderr.write(stdout);
  return harnessDll();
}

/**
 * Bodies go to .NET as the exact bytes node sends (bodyBase64), so that number forms and escapes of
 * JSON bodies cannot differ between the two sides' JSON writers.
 */
function asBytes(message: { body: CaseBody; bodyBase64?: string }): { body: null; bodyBase64?: string } {
  const bytes = caseBodyBytes(message.body, message.bodyBase64);
  return { body: null, bodyBase64: bytes === null ? undefined : Buffer.from(bytes).toString("base64") };
}

/** Compiles the script and runs every case through it, in one .NET process. */
export async function runOnDotnet(scriptPath: string, cases: Case[]): Promise<DotnetRun> {
  const dll = await ensureHarness();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "csxc-dotnet-"));
  try {
    const jobFile = path.join(dir, "job.json");
    const job = {
      script: path.resolve(scriptPath),
      cases: cases.map((c) => ({
        ...c,
        request: { ...c.request, ...asBytes(c.request) },
        upstream: (c.upstream ?? []).map((u) => ({ ...u, ...asBytes(u) })),
      })),
    };
    fs.writeFileSync(jobFile, JSON.stringify(job));
    // Beyond the platform's 5 s per case the harness gives up on a case itself; this only guards a hung process.
    const { code, stdout, stderr } = await run("dotnet", [dll, jobFile], 120_000 + 6_000 * cases.length);
    if (code !== 0) throw new Error(`csxc: the .NET harness failed (exit ${code ?? "killed"}): ${stderr.trim() || stdout.slice(0, 2000)}`);
    try {
      const result = JSON.parse(stdout) as Partial<DotnetRun>;
      return { compile: result.compile!, outcomes: result.outcomes ?? [] };
    } catch (error) {
      throw new Error(`csxc: the .NET harness wrote no readable result (${(error as Error).message}): ${stdout.slice(0, 500)}${stderr.slice(0, 2000)}`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Compiles many scripts in one .NET process, each on its own (the "platform" pass only: what the
 * C# compiler says, not the namespace policy), and runs nothing. For tests that check many small
 * scripts, such as test/emit/pruning.test.ts.
 */
export async function compileManyOnDotnet(scriptPaths: string[]): Promise<Array<{ ok: boolean; diagnostics: DotnetDiagnostic[] }>> {
  const dll = await ensureHarness();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "csxc-dotnet-"));
  try {
    const jobFile = path.join(dir, "job.json");
    fs.writeFileSync(jobFile, JSON.stringify({ scripts: scriptPaths.map((p) => path.resolve(p)), cases: [] }));
    const { code, stdout, stderr } = await run("dotnet", [dll, jobFile], 120_000 + 2_000 * scriptPaths.length);
    if (code !== 0) throw new Error(`csxc: the .NET harness failed (exit ${code ?? "killed"}): ${stderr.trim() || stdout.slice(0, 2000)}`);
    const result = JSON.parse(stdout) as { compiles?: Array<{ ok: boolean; diagnostics: DotnetDiagnostic[] }> };
    if (!result.compiles || result.compiles.length !== scriptPaths.length) throw new Error(`csxc: the .NET harness compiled ${result.compiles?.length ?? 0} of ${scriptPaths.length} scripts`);
    return result.compiles;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function run(command: string, args: string[], timeoutMs: number): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    // Transforms run in UTC on both sides (design.md).
    const child = spawn(command, args, {
      env: { ...process.env, TZ: "UTC", DOTNET_CLI_TELEMETRY_OPTOUT: "1", DOTNET_NOLOGO: "1" },
      stdio: ["ignore", "pipe", "pipe"],
      timeout: timeoutMs,
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
    child.on("error", (error) => reject(new Error(`csxc: could not run ${command}: ${error.message}`)));
    child.on("close", (code) => resolve({ code, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") }));
  });
}

// The .NET side of verify. The harness (src/verify/harness, built by scripts/setup-dotnet.mjs into
// the per-user cache) compiles a script.csx with Roslyn as the platform would and replays cases
// through it in one process; this module builds it when needed and speaks its job/result JSON.

import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { packageRoot } from "../package-root";
import { clockMillis } from "../runtime/clock";
import { DEFAULT_CORRELATION_ID, DEFAULT_NOTIFICATION_BASE } from "../runtime/run";
import { caseBodyBytes, normalizeHeaders, type Case, type CaseBody, type Outcome, type OutcomeMessage } from "./case";
import { EXHAUSTED_ANSWER } from "./node-side";
import { cutText, OUTCOME_LIMITS, PLATFORM_TIMEOUT_MS, type OutcomeLimits } from "./limits";
import type { HeaderList } from "../runtime/wire";

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
  /** Per case, beside its outcome: how long it ran, and whether it ran out of time or killed the process. */
  runs: Array<{ millis: number; fault?: "timeout" | "crashed"; detail?: string }>;
  /** How many times the harness was started again after a case that killed it or ran on. */
  restarts: number;
}

let available: boolean | undefined;

export function dotnetAvailable(): boolean {
  available ??= spawnSync("dotnet", ["--version"], { stdio: "ignore" }).status === 0;
  return available;
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
  // The harness lives in the per-user cache (setup-dotnet.mjs says where); --print-dll ends the output with its path.
  const { code, stdout, stderr } = await run(process.execPath, [setup, "--print-dll"], 15 * 60_000);
  if (code !== 0) throw new Error(`${stdout}${stderr}`.trim() || `csxc: ${setup} exited with ${code ?? "a signal"}`);
  const lines = stdout.trimEnd().split(/\r?\n/);
  const dll = lines.pop()!;
  if (!/up to date/.test(stdout)) process.stderr.write(lines.join("\n") + "\n");
  return dll;
}

/**
 * Bodies go to .NET as the exact bytes node sends (bodyBase64), so that number forms and escapes of
 * JSON bodies cannot differ between the two sides' JSON writers.
 */
function asBytes(message: { body: CaseBody; bodyBase64?: string }): { body: null; bodyBase64?: string } {
  const bytes = caseBodyBytes(message.body, message.bodyBase64);
  return { body: null, bodyBase64: bytes === null ? undefined : Buffer.from(bytes).toString("base64") };
}

export interface DotnetOptions {
  /** The limit on one case; the platform's 5 s by default. */
  timeoutMs?: number;
  limits?: OutcomeLimits;
  /** Compile with every pass and stop, without emitting an assembly (build's guard); `cases` must be empty. */
  compileOnly?: boolean;
}

/**
 * The job form of a case: bodies as node's bytes, the context with node's defaults filled in, the
 * clock in milliseconds. The harness holds no rules of its own for these: node decides them.
 */
function jobCase(c: Case) {
  const { now, ...context } = c.context ?? {};
  return {
    ...c,
    request: { ...c.request, ...asBytes(c.request) },
    upstream: (c.upstream ?? []).map((u) => ({ ...u, ...asBytes(u) })),
    context: {
      correlationId: context.correlationId ?? DEFAULT_CORRELATION_ID,
      originalUrl: context.originalUrl ?? c.request.url,
      notificationBase: context.notificationBase ?? DEFAULT_NOTIFICATION_BASE,
      ...(now !== undefined && { nowMs: clockMillis(now) }),
    },
  };
}

/** A message as the harness writes it: its headers as .NET puts them on the wire. */
type WireMessage = Omit<OutcomeMessage, "headers"> & { headers: HeaderList };

/**
 * The case form of a harness message: its headers through node's own normalizeHeaders, each value
 * then cut by the outcome limits as capOutcome cuts node's (the harness cuts the rest itself).
 */
function caseMessage(message: WireMessage, limits: OutcomeLimits): OutcomeMessage {
  const headers = Object.entries(normalizeHeaders(message.headers)).map(([name, value]) => [name, cutText(value, limits.text)]);
  return { ...message, headers: Object.fromEntries(headers) };
}

/** The outcome of a case whose run killed the harness process. */
function crashedOutcome(detail: string): DotnetOutcome {
  return { sent: [], response: { status: 500, headers: {}, body: null }, logs: [], crash: detail };
}

/** Why the harness process died, from what it printed: .NET prints "Stack overflow." and the repeated frames. */
function deathOf(code: number | null, signal: string | null, stderr: string): string {
  if (/Stack overflow/i.test(stderr)) return "crashed: stack overflow (the .NET process died; the cases after it ran in a new one)";
  return `crashed: the .NET process died (${code ?? signal ?? "killed"}): ${stderr.trim().split("\n").slice(0, 4).join(" ").slice(0, 500)}`;
}

/**
 * Compiles the script and runs every case through it. The harness streams one outcome per case; a
 * case that kills the process (a stack overflow cannot be caught on .NET) is marked crashed and the
 * harness is restarted for the cases after it, loading the assembly it compiled instead of compiling
 * again. So is a case that ran out of time and still runs on its thread (exit 3).
 */
export async function runOnDotnet(scriptPath: string, cases: Case[], options: DotnetOptions = {}): Promise<DotnetRun> {
  const dll = await ensureHarness();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "csxc-dotnet-"));
  const timeoutMs = options.timeoutMs ?? PLATFORM_TIMEOUT_MS;
  try {
    const image = path.join(dir, "script.dll");
    const jobFile = path.join(dir, "job.json");
    let compile: DotnetRun["compile"] | undefined;
    const outcomes: DotnetOutcome[] = [];
    const runs: DotnetRun["runs"] = [];
    let restarts = 0;
    while (compile === undefined || outcomes.length < cases.length) {
      const rest = cases.slice(outcomes.length);
      const job = {
        script: path.resolve(scriptPath),
        cases: rest.map(jobCase),
        timeoutMs,
        limits: options.limits ?? OUTCOME_LIMITS,
        exhausted: { ...EXHAUSTED_ANSWER, ...asBytes(EXHAUSTED_ANSWER) },
        stream: true,
        compileOnly: options.compileOnly === true,
        ...(compile === undefined ? { assemblyCache: image } : { assembly: image }),
      };
      fs.writeFileSync(jobFile, JSON.stringify(job));
      // The harness stops each case itself; this only guards a harness that hangs.
      const { code, signal, stdout, stderr } = await run("dotnet", [dll, jobFile], 120_000 + (timeoutMs + 2_000) * rest.length);
      const before = outcomes.length;
      for (const line of stdout.split("\n")) {
        if (!line.trim()) continue;
        let parsed: { compile?: DotnetRun["compile"]; outcome?: Omit<DotnetOutcome, "sent" | "response"> & { sent: WireMessage[]; response: WireMessage; millis: number; fault?: "timeout" } };
        try {
          parsed = JSON.parse(line);
        } catch {
          break; // a line cut short by the process dying
        }
        if (parsed.compile && compile === undefined) compile = parsed.compile;
        if (parsed.outcome) {
          const { millis, fault, sent, response, ...rest } = parsed.outcome;
          const limits = options.limits ?? OUTCOME_LIMITS;
          const outcome: DotnetOutcome = { ...rest, sent: sent.map((m) => caseMessage(m, limits)), response: caseMessage(response, limits) };
          outcomes.push(outcome);
          runs.push({ millis, ...(fault && { fault, detail: outcome.crash }) });
        }
      }
      if (compile === undefined) throw new Error(`csxc: the .NET harness failed (exit ${code ?? signal ?? "killed"}): ${stderr.trim().slice(0, 2000) || stdout.slice(0, 2000)}`);
      if (!compile.ok) return { compile, outcomes: [], runs: [], restarts };
      if (outcomes.length >= cases.length) break;
      if (code === 0) throw new Error(`csxc: the .NET harness ended after ${outcomes.length} of ${cases.length} cases: ${stderr.trim().slice(0, 2000)}`);
      restarts++;
      if (code === 3 && outcomes.length > before) continue;
      // The process died in the case after the last outcome it wrote.
      const detail = deathOf(code, signal, stderr);
      outcomes.push(crashedOutcome(detail));
      runs.push({ millis: 0, fault: "crashed", detail });
    }
    return { compile, outcomes, runs, restarts };
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

function run(command: string, args: string[], timeoutMs: number): Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }> {
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
    // What a dying process prints can be megabytes (a stack overflow repeats its frames): the start is enough.
    let errBytes = 0;
    child.stderr.on("data", (chunk: Buffer) => {
      if (errBytes < 64_000) err.push(chunk);
      errBytes += chunk.length;
    });
    child.on("error", (error) => reject(new Error(`csxc: could not run ${command}: ${error.message}`)));
    child.on("close", (code, signal) => resolve({ code, signal, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") }));
  });
}

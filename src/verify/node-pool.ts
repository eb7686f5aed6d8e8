// Runs cases through the node runtime in a child process with a watchdog: a case that runs past the
// time limit is stopped (the child is killed and a new one serves the next case), a case that kills
// the child is reported as crashed, and what the child prints is capped. See node-worker.ts.

import { buildSync } from "esbuild";
import { fork, type ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { displayPath } from "../display-path";
import type { Case, Outcome } from "./case";
import { describeBuildError, entrySpecifier } from "./load-transforms";
import { OUTCOME_LIMITS, PLATFORM_TIMEOUT_MS, type OutcomeLimits } from "./limits";
import type { WorkerJob, WorkerReply } from "./node-worker";

/** One case on one side: its outcome, or why there is none. */
export interface SideRun {
  outcome?: Outcome & { crash?: string };
  millis: number;
  /** "timeout": ran past the limit; "crashed": the process running it died. */
  fault?: "timeout" | "crashed";
  detail?: string;
}

export interface NodeSideOptions {
  timeoutMs?: number;
  limits?: OutcomeLimits;
}

/** Past the limit, how long the watchdog waits before it kills: the case's own clock decides timeouts. */
const GRACE_MS = 250;
/** Loading the transforms may take this much longer than a case: a new node process starts first. */
const STARTUP_MS = 5_000;
/** What the child prints is kept only this far, for a message when it dies. */
const STDERR_KEPT = 4_000;

/** The worker module beside this one: TypeScript when csxc runs from source, dist/node-worker.js when bundled. */
function workerModule(): string {
  for (const candidate of [path.join(__dirname, "node-worker.ts"), path.join(__dirname, "node-worker.js")]) {
    if (fs.existsSync(candidate)) return candidate;
  }
  throw new Error(`csxc: the node worker is missing beside ${__dirname}; reinstall csxc`);
}

/** Bundles the worker with the transforms into one CommonJS file in `dir`; its path, or what is wrong. */
function bundle(entry: string, dir: string): { file: string } | { error: string } {
  const worker = workerModule();
  const file = path.join(dir, "node-side.cjs");
  try {
    buildSync({
      stdin: {
        contents: [
          `const worker = require(${JSON.stringify(worker)});`,
          `let loaded;`,
          `try { loaded = require(${JSON.stringify(entrySpecifier(entry))}); }`,
          `catch (error) { process.send({ loadError: String((error && error.message) || error) }); }`,
          `if (loaded !== undefined) worker.serve(loaded);`,
        ].join("\n"),
        resolveDir: path.dirname(path.resolve(entry)),
        sourcefile: "csxc-node-side.js",
        loader: "js",
      },
      alias: { csxc: worker },
      bundle: true,
      platform: "node",
      format: "cjs",
      target: "node20",
      outfile: file,
      logLevel: "silent",
    });
  } catch (error) {
    return { error: describeBuildError(error) };
  }
  return { file };
}

export class NodeSide {
  private child?: ChildProcess;
  private stderr = "";
  private nextId = 0;
  private readonly timeoutMs: number;
  private readonly limits: OutcomeLimits;
  /** Children started, the first one included. */
  starts = 0;

  private constructor(
    private readonly file: string,
    options: NodeSideOptions,
  ) {
    this.timeoutMs = options.timeoutMs ?? PLATFORM_TIMEOUT_MS;
    this.limits = options.limits ?? OUTCOME_LIMITS;
  }

  /** Bundles the transforms (into `workDir`) and starts a child that loads them; or says why it cannot. */
  static async start(entry: string, workDir: string, options: NodeSideOptions = {}): Promise<{ ok: true; side: NodeSide } | { ok: false; message: string }> {
    const built = bundle(entry, workDir);
    if ("error" in built) return { ok: false, message: built.error };
    const side = new NodeSide(built.file, options);
    const problem = await side.spawn();
    if (problem) {
      side.close();
      return { ok: false, message: `loading ${displayPath(entry)} failed: ${problem}` };
    }
    return { ok: true, side };
  }

  /** Starts a child and waits until it has loaded the transforms (within the time limit): undefined, or what went wrong. */
  private spawn(): Promise<string | undefined> {
    this.starts++;
    this.stderr = "";
    const child = fork(this.file, [], { stdio: ["ignore", "ignore", "pipe", "ipc"], execArgv: [], env: { ...process.env, TZ: "UTC" } });
    this.child = child;
    child.stderr!.on("data", (chunk: Buffer) => {
      if (this.stderr.length < STDERR_KEPT) this.stderr += chunk.toString("utf8").slice(0, STDERR_KEPT - this.stderr.length);
    });
    return new Promise((resolve) => {
      const limit = this.timeoutMs + STARTUP_MS;
      const timer = setTimeout(() => finish(`its top-level code did not finish within ${limit} ms`), limit);
      const finish = (problem?: string) => {
        clearTimeout(timer);
        child.off("message", onMessage);
        child.off("exit", onExit);
        if (problem) this.kill();
        resolve(problem);
      };
      const onMessage = (m: WorkerReply) => finish("loadError" in m ? m.loadError : undefined);
      const onExit = (code: number | null, signal: string | null) => finish(`the process ended (${code ?? signal})${this.stderr ? `: ${this.stderr.trim()}` : ""}`);
      child.on("message", onMessage);
      child.on("exit", onExit);
    });
  }

  private kill(): void {
    const child = this.child;
    this.child = undefined;
    if (child && child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  }

  /** Runs one case; never throws for what the case does. */
  async run(given: Case): Promise<SideRun> {
    if (!this.child) {
      const problem = await this.spawn();
      if (problem) return { millis: 0, fault: "crashed", detail: `node could not restart: ${problem}` };
    }
    const child = this.child!;
    const id = this.nextId++;
    const started = Date.now();
    return new Promise<SideRun>((resolve) => {
      const finish = (run: SideRun) => {
        clearTimeout(timer);
        child.off("message", onMessage);
        child.off("exit", onExit);
        resolve(run);
      };
      const timer = setTimeout(() => {
        this.kill();
        finish({ millis: Date.now() - started, fault: "timeout", detail: `did not finish within ${this.timeoutMs} ms (stopped)` });
      }, this.timeoutMs + GRACE_MS);
      const onMessage = (m: WorkerReply) => {
        if (!("id" in m) || m.id !== id) return;
        if ("error" in m) finish({ millis: m.millis, fault: "crashed", detail: m.error });
        else if (m.millis > this.timeoutMs) finish({ outcome: m.outcome, millis: m.millis, fault: "timeout", detail: `took ${m.millis} ms` });
        else finish({ outcome: m.outcome, millis: m.millis });
      };
      const onExit = (code: number | null, signal: string | null) => {
        this.child = undefined;
        finish({ millis: Date.now() - started, fault: "crashed", detail: `the node process died (${code ?? signal})${this.stderr ? `: ${this.stderr.trim().split("\n").slice(0, 6).join("\n")}` : ""}` });
      };
      child.on("message", onMessage);
      child.on("exit", onExit);
      const job: WorkerJob = { id, case: given, limits: this.limits };
      child.send(job);
    });
  }

  close(): void {
    this.kill();
  }
}

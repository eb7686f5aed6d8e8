// `csxc verify`: every case through the node runtime and through the compiled C#; the first
// difference fails the run with both sides shown.

import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { diagnostics as make, type Diagnostic } from "../check/diagnostics";
import { displayPath } from "../display-path";
import { emitProgram } from "../emit/program";
import { renderScript } from "../emit/script";
import type { Case, Outcome } from "./case";
import { loadCaseFile } from "./case-file";
import { checkExpectation, compareOutcomes, renderDifferences, type Difference } from "./compare";
import { dotnetAvailable, runOnDotnet, type DotnetDiagnostic } from "./dotnet";
import { NodeSide, type SideRun } from "./node-pool";

export interface VerifyInput {
  projectDir: string;
  entry: string;
  caseFiles: string[];
  /** The limit on one case, on each side; the platform's 5 s by default. */
  timeoutMs?: number;
}

export interface LoadedCase {
  file: string;
  case: Case;
}

export type Side = "node" | ".NET";

export interface CaseFailure {
  file: string;
  name: string;
  /** mismatch: the sides disagree; expectation: the case's `expect` is not met; timeout: a side ran past the limit; crash: a side's process died. */
  kind: "mismatch" | "expectation" | "timeout" | "crash";
  differences: Difference[];
  /** For timeout and crash: the sides concerned, with what happened. */
  faults?: Array<{ side: Side; detail: string }>;
  node?: Outcome;
  dotnet?: Outcome;
}

/** What each side did with one case, for `verify --json`: the requests it sent, the response it gave, the time it took. */
export interface CaseReport {
  file: string;
  name: string;
  operationId: string;
  result: "agree" | CaseFailure["kind"] | "node only";
  node: SideRun;
  dotnet?: SideRun;
}

export type VerifyResult =
  | { status: "invalid"; diagnostics: Diagnostic[]; messages: string[] }
  | { status: "no-dotnet"; cases: number; failures: CaseFailure[]; results: CaseReport[] }
  | { status: "done"; cases: number; failures: CaseFailure[]; results: CaseReport[]; millis: { emit: number; node: number; dotnet: number }; restarts: { node: number; dotnet: number } };

export function findCaseFiles(dirs: string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(".json")) out.push(full);
    }
  };
  dirs.forEach(walk);
  return out;
}

export async function verify(input: VerifyInput): Promise<VerifyResult> {
  const messages: string[] = [];
  const cases: LoadedCase[] = [];
  for (const file of input.caseFiles) {
    const loaded = loadCaseFile(file);
    messages.push(...loaded.errors);
    cases.push(...loaded.cases.map((c) => ({ file, case: c })));
  }
  const started = Date.now();
  const emitted = emitProgram({ projectDir: input.projectDir, entry: input.entry });
  if (emitted.diagnostics.length || messages.length) return { status: "invalid", diagnostics: emitted.diagnostics, messages };
  const script = renderScript(emitted).text;
  const emitMillis = Date.now() - started;

  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "csxc-verify-"));
  try {
    const started = await NodeSide.start(input.entry, workDir, { timeoutMs: input.timeoutMs });
    if (!started.ok) return { status: "invalid", diagnostics: [], messages: [started.message] };
    const nodeStarted = Date.now();
    const nodeRuns: SideRun[] = [];
    try {
      for (const c of cases) nodeRuns.push(await started.side.run(c.case));
    } finally {
      started.side.close();
    }
    const nodeMillis = Date.now() - nodeStarted;

    if (!dotnetAvailable()) {
      const judged = cases.map((c, i) => judge(c, nodeRuns[i]));
      return { status: "no-dotnet", cases: cases.length, failures: judged.flatMap((j) => j.failure ?? []), results: judged.map((j) => j.report) };
    }
    const dotnetStarted = Date.now();
    const scriptPath = path.join(workDir, "script.csx");
    fs.writeFileSync(scriptPath, script);
    const run = await runOnDotnet(scriptPath, cases.map((c) => c.case), { timeoutMs: input.timeoutMs });
    if (!run.compile.ok) return { status: "invalid", diagnostics: csharpDiagnostics(run.compile.diagnostics, scriptPath), messages: [] };
    const judged = cases.map((c, i) => judge(c, nodeRuns[i], { outcome: run.outcomes[i], ...run.runs[i] }));
    return {
      status: "done",
      cases: cases.length,
      failures: judged.flatMap((j) => j.failure ?? []),
      results: judged.map((j) => j.report),
      millis: { emit: emitMillis, node: nodeMillis, dotnet: Date.now() - dotnetStarted },
      restarts: { node: started.side.starts - 1, dotnet: run.restarts },
    };
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

/** The harness's C# errors as csxc diagnostics: under `#line` they name the TypeScript file, else script.csx. */
export function csharpDiagnostics(diagnostics: DotnetDiagnostic[], scriptPath: string): Diagnostic[] {
  return diagnostics.map((d) =>
    make.csharpError({ file: d.file === scriptPath ? "script.csx" : d.file, line: d.line, column: d.column }, d.code, `${d.message}${d.pass && d.pass !== "platform" ? ` [${d.pass}]` : ""}`),
  );
}

/** One case's verdict: a fault on either side first, then the comparison, then the case's own `expect`. */
function judge(c: LoadedCase, node: SideRun, dotnet?: SideRun): { report: CaseReport; failure?: CaseFailure } {
  const base = { file: c.file, name: c.case.name };
  const report = (result: CaseReport["result"]): CaseReport => ({ ...base, operationId: c.case.operationId, result, node, ...(dotnet && { dotnet }) });
  const faults = [
    ...(node.fault ? [{ side: "node" as const, fault: node.fault, detail: node.detail ?? "" }] : []),
    ...(dotnet?.fault ? [{ side: ".NET" as const, fault: dotnet.fault, detail: dotnet.detail ?? "" }] : []),
  ];
  if (faults.length) {
    const kind = faults.some((f) => f.fault === "crashed") ? "crash" : "timeout";
    return { report: report(kind), failure: { ...base, kind, differences: [], faults: faults.map(({ side, detail }) => ({ side, detail })), node: node.outcome, dotnet: dotnet?.outcome } };
  }
  if (dotnet) {
    const differences = compareOutcomes(node.outcome!, dotnet.outcome!);
    if (differences.length) return { report: report("mismatch"), failure: { ...base, kind: "mismatch", differences, node: node.outcome, dotnet: dotnet.outcome } };
  }
  const differences = checkExpectation(c.case, (dotnet ?? node).outcome!);
  if (differences.length) return { report: report("expectation"), failure: { ...base, kind: "expectation", differences, node: node.outcome, dotnet: dotnet?.outcome } };
  return { report: report(dotnet ? "agree" : "node only") };
}

/** A failing case for people: paths relative to the working directory, both sides shown. */
export function renderFailure(failure: CaseFailure): string {
  const where = displayPath(failure.file);
  if (failure.faults) {
    const what = failure.kind === "timeout" ? "ran past the time limit" : "crashed";
    return [`✗ ${failure.name} (${where}): ${failure.faults.map((f) => f.side).join(" and ")} ${what}`, ...failure.faults.map((f) => `    ${(f.side + ":").padEnd(6)} ${f.detail}`)].join("\n");
  }
  const title =
    failure.kind === "mismatch"
      ? `✗ ${failure.name} (${where}): node and .NET disagree`
      : `✗ ${failure.name} (${where}): the outcome does not match the case's "expect"`;
  const labels: [string, string] = failure.kind === "mismatch" ? ["node", ".NET"] : ["expected", "actual"];
  return `${title}\n${renderDifferences(failure.differences, labels)}`;
}

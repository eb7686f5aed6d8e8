// `csxc verify`: every case through the node runtime and through the compiled C#; the first
// difference fails the run with both sides shown.

import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { diagnostics as make, type Diagnostic } from "../check/diagnostics";
import { emitProgram } from "../emit/program";
import { renderScript } from "../emit/script";
import type { Case, Outcome } from "./case";
import { loadCaseFile } from "./case-file";
import { checkExpectation, compareOutcomes, renderDifferences, type Difference } from "./compare";
import { dotnetAvailable, runOnDotnet } from "./dotnet";
import { loadTransforms } from "./load-transforms";
import { runCaseOnNode } from "./node-side";

export interface VerifyInput {
  projectDir: string;
  entry: string;
  caseFiles: string[];
}

export interface LoadedCase {
  file: string;
  case: Case;
}

export interface CaseFailure {
  file: string;
  name: string;
  kind: "mismatch" | "expectation";
  differences: Difference[];
  node: Outcome;
  dotnet?: Outcome;
}

export type VerifyResult =
  | { status: "invalid"; diagnostics: Diagnostic[]; messages: string[] }
  | { status: "no-dotnet"; cases: number; failures: CaseFailure[] }
  | { status: "done"; cases: number; failures: CaseFailure[]; millis: { emit: number; node: number; dotnet: number } };

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

  const loaded = loadTransforms(input.entry);
  if (!loaded.ok) return { status: "invalid", diagnostics: [], messages: [loaded.message] };
  const nodeStarted = Date.now();
  const nodeOutcomes: Outcome[] = [];
  for (const c of cases) nodeOutcomes.push(await runCaseOnNode(loaded.transforms, c.case));
  const nodeMillis = Date.now() - nodeStarted;

  const failures: CaseFailure[] = [];
  const expectationFailures = (outcomes: Outcome[]) =>
    cases.forEach((c, i) => {
      const differences = checkExpectation(c.case, outcomes[i]);
      if (differences.length) failures.push({ file: c.file, name: c.case.name, kind: "expectation", differences, node: nodeOutcomes[i], dotnet: outcomes === nodeOutcomes ? undefined : outcomes[i] });
    });

  if (!dotnetAvailable()) {
    expectationFailures(nodeOutcomes);
    return { status: "no-dotnet", cases: cases.length, failures };
  }
  const dotnetStarted = Date.now();
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "csxc-verify-"));
  try {
    const scriptPath = path.join(workDir, "script.csx");
    fs.writeFileSync(scriptPath, script);
    const run = await runOnDotnet(scriptPath, cases.map((c) => c.case));
    if (!run.compile.ok) {
      const diagnostics = run.compile.diagnostics.map((d) =>
        make.csharpError({ file: d.file === scriptPath ? "script.csx" : d.file, line: d.line, column: d.column }, d.code, `${d.message}${d.pass && d.pass !== "platform" ? ` [${d.pass}]` : ""}`),
      );
      return { status: "invalid", diagnostics, messages: [] };
    }
    cases.forEach((c, i) => {
      const differences = compareOutcomes(nodeOutcomes[i], run.outcomes[i]);
      if (differences.length) failures.push({ file: c.file, name: c.case.name, kind: "mismatch", differences, node: nodeOutcomes[i], dotnet: run.outcomes[i] });
    });
    if (!failures.length) expectationFailures(run.outcomes);
    return { status: "done", cases: cases.length, failures, millis: { emit: emitMillis, node: nodeMillis, dotnet: Date.now() - dotnetStarted } };
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

export function renderFailure(failure: CaseFailure, projectDir: string): string {
  const where = path.relative(projectDir, failure.file) || failure.file;
  const title =
    failure.kind === "mismatch"
      ? `✗ ${failure.name} (${where}): node and .NET disagree`
      : `✗ ${failure.name} (${where}): the outcome does not match the case's "expect"`;
  const labels: [string, string] = failure.kind === "mismatch" ? ["node", ".NET"] : ["expected", "actual"];
  return `${title}\n${renderDifferences(failure.differences, labels)}`;
}

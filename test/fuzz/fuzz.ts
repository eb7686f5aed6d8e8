// The differential fuzzer over author programs (author-programs.ts): N programs from a seed, run in
// batches through the conformance runner (test/support/conformance.ts: one emit, one C# compile,
// one .NET run per batch), each answer of node compared whole with .NET's. Anything but agreement
// is a finding: a disagreement, C# that does not compile (always a csxc bug), or a rejection of
// code the generator made (a gap in the emitter, or a generator that wrote invalid TypeScript). A
// finding is shrunk by dropping statements and declarations, one compile per round.

import { failureOf, runConformance, type SnippetResult } from "../support/conformance";
import { generateProgram, toSnippet, type AuthorProgram } from "./author-programs";

/**
 * Findings that are known and open, each with a pending case in test/conformance/cases/found.ts
 * (or a note on the runner): the jest slice reports them without failing; `npm run fuzz` still
 * counts them.
 */
export const OPEN_FINDINGS: Array<{ signature: RegExp; why: string }> = [];

export const openFinding = (f: Finding) => OPEN_FINDINGS.find((o) => o.signature.test(f.signature));

export type FindingClass = "disagreement" | "csharp-error" | "rejected";

export interface Finding {
  kind: FindingClass;
  program: AuthorProgram;
  /** The shrunk program (the original when nothing could be dropped). */
  minimal: AuthorProgram;
  message: string;
  /** The class and the answers' first difference, numbers and quotes blanked: one per kind of bug. */
  signature: string;
  /** The seed of the first program with this signature, when this one was not shrunk. */
  repeatOf?: number;
}

export interface FuzzReport {
  seed: number;
  generated: number;
  ran: number;
  findings: Finding[];
  millis: number;
  features: Map<string, number>;
  /** Where the time went, summed over batches (overlapped batches add up to more than `millis`). */
  phases: { emit: number; dotnet: number; node: number };
}

export interface FuzzOptions {
  count: number;
  seed: number;
  batch?: number;
  shrink?: boolean;
  /** Emit the next batch while .NET compiles and runs this one (default true). */
  overlap?: boolean;
  log?: (line: string) => void;
}

function classify(r: SnippetResult): FindingClass | undefined {
  if (r.status === "emit-error") return "rejected";
  if (r.status === "csharp-error") return "csharp-error";
  return r.differences.length ? "disagreement" : undefined;
}

function signatureOf(r: SnippetResult): string {
  const blank = (t: string) => t.replace(/'[^']*'|"[^"]*"|\d+/g, "_");
  if (r.status !== "ran") return `${r.status}: ${r.diagnostics.map((d) => `${d.code} ${blank(d.message)}`).join("; ")}`;
  let message = "";
  try {
    message = String((JSON.parse(r.dotnet?.response.body ?? "null") as { message?: string } | null)?.message ?? "");
  } catch {
    // a body that is not JSON has no message
  }
  return `disagreement at ${r.differences.map((d) => d.path).join(", ")}${message ? `: .NET says ${blank(message)}` : ""}`;
}

/** Programs one step smaller: one statement, or one declaration after the shapes, dropped. */
function smaller(p: AuthorProgram): AuthorProgram[] {
  const out: AuthorProgram[] = [];
  p.statements.forEach((_, i) => out.push({ ...p, statements: p.statements.filter((_, j) => j !== i) }));
  p.declarations.forEach((_, i) => i > 0 && out.push({ ...p, declarations: p.declarations.filter((_, j) => j !== i) }));
  // The answer object, field by field.
  const m = /^(.*?\{ )(.*)( \}\);)$/s.exec(p.tail);
  if (m) {
    const fields = m[2].split(", ");
    if (fields.length > 1) fields.forEach((_, i) => out.push({ ...p, tail: m[1] + fields.filter((_, j) => j !== i).join(", ") + m[3] }));
  }
  return out;
}

/** Shrinks while a smaller program still fails the same way; each round is one batch. */
async function shrink(p: AuthorProgram, original: SnippetResult, rounds = 6): Promise<AuthorProgram> {
  const kind = classify(original);
  // A smaller program fails "the same way": the same class, and for a rejection the same messages
  // (the same codes were not enough: dropping `const res = …` made "Cannot find name 'res'", CSX1001 too).
  const same = (r: SnippetResult) => classify(r) === kind && (kind !== "rejected" || signatureOf(r) === signatureOf(original));
  let current = p;
  for (let round = 0; round < rounds; round++) {
    const candidates = smaller(current);
    if (!candidates.length) break;
    const { results } = await runConformance(candidates.map(toSnippet), { dotnet: true });
    const at = results.findIndex(same);
    if (at < 0) break;
    current = candidates[at];
  }
  return current;
}

export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const { count, seed, batch = 250, shrink: doShrink = true, overlap = true, log = () => undefined } = options;
  const started = Date.now();
  const report: FuzzReport = { seed, generated: 0, ran: 0, findings: [], millis: 0, features: new Map(), phases: { emit: 0, dotnet: 0, node: 0 } };
  const launch = (from: number, after?: Promise<unknown>) => {
    const programs = Array.from({ length: Math.min(batch, count - from) }, (_, k) => generateProgram(seed * 1_000_003 + from + k));
    const snippets = programs.map(toSnippet);
    const t0 = Date.now();
    // Emits and type-checks now, on this thread; the C# compile and run go on in the harness process.
    const running = runConformance(snippets, { dotnet: true, dotnetAfter: after });
    running.catch(() => undefined); // awaited in its turn; not an unhandled rejection while the one before runs
    return { from, programs, snippets, t0, running };
  };
  let next = count > 0 ? launch(0) : undefined;
  while (next) {
    const { from, programs, snippets, t0, running } = next;
    // The next batch is emitted while this one compiles and runs on .NET (its own compile waits for
    // this one): emitting is node's work, compiling Roslyn's, so both cores are busy. Two compiles
    // at once measured slower than one after the other.
    next = overlap && from + batch < count ? launch(from + batch, running) : undefined;
    const { results, stats } = await running;
    report.generated += programs.length;
    for (const p of programs) for (const f of p.features) report.features.set(f, (report.features.get(f) ?? 0) + 1);
    for (const key of ["emit", "dotnet", "node"] as const) report.phases[key] += stats.millis[key];
    for (let i = 0; i < programs.length; i++) {
      const r = results[i];
      if (r.status === "ran") report.ran++;
      const kind = classify(r);
      if (!kind) continue;
      // Findings of one signature (class and what .NET said) are shrunk once; the rest are listed.
      const signature = signatureOf(r);
      const seen = report.findings.find((f) => f.signature === signature);
      if (seen) {
        report.findings.push({ ...seen, program: programs[i], minimal: programs[i], signature, repeatOf: seen.program.seed });
        log(`fuzz: ${kind} in program seed ${programs[i].seed}: the same signature as program seed ${seen.program.seed}`);
        continue;
      }
      const minimal = doShrink ? await shrink(programs[i], r) : programs[i];
      const again = await runConformance([toSnippet(minimal)], { dotnet: true });
      const message = failureOf(toSnippet(minimal), again.results[0], 0) ?? failureOf(snippets[i], r, i) ?? kind;
      const finding: Finding = { kind, program: programs[i], minimal, message, signature };
      report.findings.push(finding);
      log(describeFinding(finding, seed));
    }
    log(
      `fuzz: programs ${from}..${from + programs.length - 1} of ${count} (seed ${seed}): ${results.filter((r) => r.status === "ran").length} ran, ${report.findings.length} finding(s) so far, ` +
        `${Date.now() - t0} ms for this batch (emit ${stats.millis.emit}, .NET compile and run ${stats.millis.dotnet}, node ${stats.millis.node})`,
    );
    if (!overlap && from + batch < count) next = launch(from + batch);
  }
  report.millis = Date.now() - started;
  return report;
}

export function describeFinding(f: Finding, seed: number): string {
  const s = toSnippet(f.minimal);
  return [
    `\n=== ${f.kind}: program seed ${f.program.seed} (run seed ${seed}), shrunk from ${f.program.statements.length} to ${f.minimal.statements.length} statements`,
    `request: ${JSON.stringify(f.minimal.request.body)}`,
    `upstream: ${JSON.stringify(f.minimal.upstream)}`,
    `--- declarations\n${s.declarations}`,
    `--- ${s.form === "map" ? "map entry" : "handle(req, ctx) body"}\n${s.code}`,
    `--- ${f.message}`,
  ].join("\n");
}

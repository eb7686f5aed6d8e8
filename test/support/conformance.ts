// The batch conformance runner: many small TypeScript snippets become ONE transforms project (one
// operation per snippet), ONE script.csx, ONE C# compile and ONE .NET run; the same cases run
// through the node runtime, and each snippet's two outcomes are compared whole (status, headers,
// body, logs, requests sent). A snippet that does not emit, or whose C# does not compile, is
// reported with its diagnostics and taken out of the batch; the rest still run.

import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { Diagnostic } from "../../src/check/diagnostics";
import { emitProgram, type EmitResult } from "../../src/emit/program";
import { renderScript } from "../../src/emit/script";
import type { Case, Outcome } from "../../src/verify/case";
import { compareOutcomes, renderDifferences, type Difference } from "../../src/verify/compare";
import { dotnetAvailable, runOnDotnet } from "../../src/verify/dotnet";
import { loadTransforms } from "../../src/verify/load-transforms";
import { runCaseOnNode } from "../../src/verify/node-side";
import { describeDotnet } from "./dotnet-gate";
import { withPending } from "../conformance/cases/pending";
import { caseKey, snippetName, type Snippet } from "../conformance/cases/snippet";

export { snippetName, type Snippet };

export interface CsDiagnosticLike {
  file: string;
  line: number;
  column: number;
  code: string;
  message: string;
}

export type SnippetResult =
  | { status: "emit-error"; diagnostics: Diagnostic[] }
  | { status: "csharp-error"; diagnostics: CsDiagnosticLike[] }
  | { status: "ran"; node: Outcome; dotnet?: Outcome; differences: Difference[] };

export interface BatchStats {
  snippets: number;
  emits: number;
  compiles: number;
  millis: { emit: number; node: number; dotnet: number };
}

export interface BatchResult {
  results: SnippetResult[];
  stats: BatchStats;
}

const HEADER = `import { defineTransforms, HttpError, isoDuration, base64, hmacSha256Hex, hmacSha256Base64, sha256Hex, sha256Base64, type Json, type Req, type Res, type Ctx, type Transform } from "csxc";\n`;

function snippetFile(s: Snippet, i: number): string {
  const decls = s.declarations ? `${s.declarations.replace(/"\.\/\$\//g, `"./s${i}/`)}\n` : "";
  const form = s.form ?? "expr";
  if (form === "map") {
    // The entry of the transforms map itself: a hook object (or an expression giving one).
    return `${HEADER}${decls}export const handle${i} = ${s.code};\n`;
  }
  if (form === "handle") {
    return `${HEADER}${decls}export async function handle${i}(req: Req, ctx: Ctx): Promise<Res> {\n${s.code}\n}\n`;
  }
  if (form === "expr") {
    return `${HEADER}${decls}export async function handle${i}(req: Req, ctx: Ctx): Promise<Res> {\n  const value = (${s.code});\n  return ctx.respond(200, { value: value } as unknown as Json);\n}\n`;
  }
  const isAsync = /\bawait\b/.test(s.code);
  return (
    `${HEADER}${decls}${isAsync ? "async " : ""}function run${i}(req: Req, ctx: Ctx) {\n${s.code}\n}\n` +
    `export async function handle${i}(req: Req, ctx: Ctx): Promise<Res> {\n  const value = ${isAsync ? "await " : ""}run${i}(req, ctx);\n  return ctx.respond(200, { value: value } as unknown as Json);\n}\n`
  );
}

const fileOf = (i: number) => `transforms/s${i}.ts`;

/** Writes the project of the given snippets (by their index in the whole batch). */
function writeProject(dir: string, snippets: Snippet[], indexes: number[]): string {
  fs.rmSync(path.join(dir, "transforms"), { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, "transforms"), { recursive: true });
  for (const i of indexes) {
    fs.writeFileSync(path.join(dir, fileOf(i)), snippetFile(snippets[i], i));
    for (const [name, text] of Object.entries(snippets[i].files ?? {})) {
      fs.mkdirSync(path.join(dir, "transforms", `s${i}`), { recursive: true });
      fs.writeFileSync(path.join(dir, "transforms", `s${i}`, name), HEADER + text);
    }
  }
  const imports = indexes.map((i) => `import { handle${i} } from "./s${i}";\n`).join("");
  const entries = indexes.map((i) => (snippets[i].form === "map" ? `  C${i}: handle${i},\n` : `  C${i}: { handle: handle${i} },\n`)).join("");
  const entry = path.join(dir, "transforms", "index.ts");
  fs.writeFileSync(entry, `import { defineTransforms } from "csxc";\n${imports}\nexport default defineTransforms({\n${entries}});\n`);
  return entry;
}

export function caseOf(s: Snippet, i: number): Case {
  return {
    name: snippetName(s),
    operationId: `C${i}`,
    request: { method: "POST", url: `https://api.example.com/v1/c/${i}?q=1`, headers: {}, body: null, ...s.request },
    upstream: s.upstream ?? [],
    context: s.context,
  };
}

/** The snippet a diagnostic's file belongs to, if it is one of the snippet files. */
function snippetOfFile(file: string): number | undefined {
  const m = /(?:^|[\\/])transforms[\\/]s(\d+)(?:\.ts$|[\\/])/.exec(file);
  return m ? Number(m[1]) : undefined;
}

function groupByFile<T extends { file: string }>(diagnostics: T[]): { bySnippet: Map<number, T[]>; other: T[] } {
  const bySnippet = new Map<number, T[]>();
  const other: T[] = [];
  for (const d of diagnostics) {
    const i = snippetOfFile(d.file);
    if (i === undefined) other.push(d);
    else bySnippet.set(i, [...(bySnippet.get(i) ?? []), d]);
  }
  return { bySnippet, other };
}

/**
 * Runs snippets through both sides in one batch. Without dotnet (or with `dotnet: false`) only the
 * node side runs and `dotnet` is absent from the results.
 */
export async function runConformance(snippets: Snippet[], options: { dotnet?: boolean; dotnetAfter?: Promise<unknown> } = {}): Promise<BatchResult> {
  const useDotnet = options.dotnet ?? dotnetAvailable();
  const results: Array<SnippetResult | undefined> = snippets.map(() => undefined);
  const stats: BatchStats = { snippets: snippets.length, emits: 0, compiles: 0, millis: { emit: 0, node: 0, dotnet: 0 } };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "csxc-conformance-"));
  const timed = async <T>(key: keyof BatchStats["millis"], work: () => Promise<T> | T): Promise<T> => {
    const started = Date.now();
    try {
      return await work();
    } finally {
      stats.millis[key] += Date.now() - started;
    }
  };

  const emit = (indexes: number[]): { entry: string; emitted: EmitResult } => {
    const entry = writeProject(dir, snippets, indexes);
    stats.emits++;
    const started = Date.now();
    const emitted = emitProgram({ projectDir: dir, entry });
    stats.millis.emit += Date.now() - started;
    return { entry, emitted };
  };

  /** Emits until clean: snippets with diagnostics of their own are taken out; others are found alone. */
  const emitClean = (indexes: number[]): { live: number[]; entry?: string; emitted?: EmitResult } => {
    let live = indexes;
    for (let round = 0; live.length; round++) {
      const { entry, emitted } = emit(live);
      if (!emitted.diagnostics.length) return { live, entry, emitted };
      const { bySnippet, other } = groupByFile(emitted.diagnostics);
      for (const [i, ds] of bySnippet) results[i] = { status: "emit-error", diagnostics: ds };
      if (other.length || round > 2) {
        // Not attributable by file (e.g. in the generated index): emit each remaining snippet alone.
        for (const i of live.filter((j) => !results[j])) {
          const alone = emit([i]).emitted.diagnostics;
          if (alone.length) results[i] = { status: "emit-error", diagnostics: alone };
        }
      }
      live = live.filter((i) => !results[i]);
    }
    return { live };
  };

  /**
   * Compiles and runs on .NET. C# errors are attributed to snippets by their #line file; an error
   * in shared code (a runtime helper that some snippets pull in) is found by halving the batch,
   * within a budget of compiles, after which the rest are reported with that error.
   */
  let budget = 16;
  const runDotnet = async (indexes: number[]): Promise<Map<number, Outcome>> => {
    const outcomes = new Map<number, Outcome>();
    const { live, emitted } = emitClean(indexes);
    if (!emitted || !live.length) return outcomes;
    const scriptPath = path.join(dir, "script.csx");
    let script: string;
    try {
      script = renderScript(emitted).text;
    } catch (error) {
      // e.g. a runtime feature that is not in src/runtime/cs: no script can be written at all.
      for (const i of live) results[i] = { status: "csharp-error", diagnostics: [{ file: "script.csx", line: 1, column: 1, code: "render", message: (error as Error).message }] };
      return outcomes;
    }
    fs.writeFileSync(scriptPath, script);
    stats.compiles++;
    budget--;
    // `dotnetAfter`: emitted now, compiled once that settles (the fuzzer emits a batch while the one
    // before compiles; two Roslyn compiles at once only slow each other down).
    if (options.dotnetAfter) await options.dotnetAfter.catch(() => undefined);
    const run = await timed("dotnet", () => runOnDotnet(scriptPath, live.map((i) => caseOf(snippets[i], i))));
    if (run.compile.ok) {
      live.forEach((i, k) => outcomes.set(i, run.outcomes[k]));
      return outcomes;
    }
    const { bySnippet, other } = groupByFile(run.compile.diagnostics as CsDiagnosticLike[]);
    for (const [i, ds] of bySnippet) if (live.includes(i)) results[i] = { status: "csharp-error", diagnostics: ds };
    const rest = live.filter((i) => !results[i]);
    if (!rest.length) return outcomes;
    const parts = bySnippet.size ? [rest] : rest.length > 1 && budget > 1 ? [rest.slice(0, Math.ceil(rest.length / 2)), rest.slice(Math.ceil(rest.length / 2))] : [];
    if (!parts.length) {
      for (const i of rest) results[i] = { status: "csharp-error", diagnostics: other };
      return outcomes;
    }
    for (const part of parts) for (const [i, o] of await runDotnet(part)) outcomes.set(i, o);
    return outcomes;
  };

  try {
    const all = snippets.map((_, i) => i);
    const dotnetOutcomes = useDotnet ? await runDotnet(all) : new Map<number, Outcome>();
    // The node side runs every snippet that emitted (and compiled), from one bundle of them all.
    const live = useDotnet ? [...dotnetOutcomes.keys()].sort((a, b) => a - b) : emitClean(all).live;
    if (live.length) {
      const entry = writeProject(dir, snippets, live);
      const loaded = loadTransforms(entry);
      if (!loaded.ok) throw new Error(`conformance: the node side could not load the batch: ${loaded.message}`);
      await timed("node", async () => {
        for (const i of live) {
          const node = await runCaseOnNode(loaded.transforms, caseOf(snippets[i], i));
          const dotnet = dotnetOutcomes.get(i);
          results[i] = { status: "ran", node, dotnet, differences: dotnet ? compareOutcomes(node, dotnet) : [] };
        }
      });
    }
    return { results: results.map((r) => r ?? { status: "emit-error", diagnostics: [] }), stats };
  } finally {
    // CSXC_CONFORMANCE_KEEP=1 keeps the project and the last script.csx, to read the C# of a failure.
    if (process.env.CSXC_CONFORMANCE_KEEP === "1") process.stderr.write(`conformance: kept ${dir}\n`);
    else fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Runs snippets on node alone, whether or not they emit: what JavaScript gives, to hold the
 * values the cases state against. Rejected snippets are left out (undefined).
 */
export async function runOnNodeOnly(snippets: Snippet[]): Promise<Array<Outcome | undefined>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "csxc-conformance-node-"));
  try {
    const indexes = snippets.map((_, i) => i).filter((i) => !snippets[i].rejects);
    const loaded = loadTransforms(writeProject(dir, snippets, indexes));
    if (!loaded.ok) throw new Error(`conformance: the node side could not load the cases: ${loaded.message}`);
    const out: Array<Outcome | undefined> = snippets.map(() => undefined);
    for (const i of indexes) out[i] = await runCaseOnNode(loaded.transforms, caseOf(snippets[i], i));
    return out;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Where a case's stated value is not what node answers. */
function valueMismatch(s: Snippet, node: Outcome): string | undefined {
  if (s.value === undefined) return undefined;
  const got = answer(node);
  const expected = { status: 200, body: { value: s.value } };
  return JSON.stringify(got) === JSON.stringify(expected) ? undefined : `node answered ${JSON.stringify(got)}, the case states ${JSON.stringify(expected)}`;
}

// --- reading results -------------------------------------------------------------------------

/** The `value` a snippet answered with (or the error policy's body), parsed. */
export function answer(outcome: Outcome): { status: number; body: unknown } {
  const text = outcome.response.body;
  let body: unknown = text;
  try {
    body = text === null ? null : JSON.parse(text);
  } catch {
    // a non-JSON body stays text
  }
  return { status: outcome.response.status ?? 0, body };
}

function describeDiagnostics(ds: Array<{ file: string; line: number; column: number; code: string; message: string }>): string {
  return ds.map((d) => `  ${d.file}(${d.line},${d.column}): ${d.code}: ${d.message}`).join("\n") || "  (no diagnostics reported)";
}

/** Why a snippet fails its case, or undefined when it passes. */
export function failureOf(s: Snippet, r: SnippetResult, i: number): string | undefined {
  if (s.rejects) {
    if (r.status !== "emit-error") return `expected ${s.rejects}, but it emitted`;
    if (!r.diagnostics.some((d) => d.code === s.rejects)) return `expected ${s.rejects}, got:\n${describeDiagnostics(r.diagnostics)}`;
    return undefined;
  }
  if (r.status === "emit-error") return `does not emit:\n${describeDiagnostics(r.diagnostics)}`;
  if (r.status === "csharp-error") return `the C# does not compile:\n${describeDiagnostics(r.diagnostics)}`;
  if (r.differences.length) return `node and .NET disagree:\n${renderDifferences(r.differences)}\n  source:\n${indent(snippetFile(s, i))}`;
  return valueMismatch(s, r.node);
}

function indent(text: string): string {
  return text.replace(/^/gm, "    ");
}

/** A one-line summary of what a snippet did, for pending reports. */
export function summary(r: SnippetResult): string {
  if (r.status === "emit-error") return `rejected ${[...new Set(r.diagnostics.map((d) => d.code))].join(", ")}: ${r.diagnostics[0]?.message ?? ""}`;
  if (r.status === "csharp-error") return `C# error ${r.diagnostics[0]?.code ?? ""}: ${r.diagnostics[0]?.message ?? ""}`;
  const node = JSON.stringify(answer(r.node));
  if (!r.dotnet) return `node ${node}`;
  return r.differences.length ? `node ${node} vs .NET ${JSON.stringify(answer(r.dotnet))}` : `agrees: ${node}`;
}

// --- the jest suite ----------------------------------------------------------------------------

/**
 * With CSXC_CONFORMANCE_REPORT=FILE, each failing case is also appended to FILE as a JSON line
 * (key and summary), which is how the pending list is reviewed after a change of the emitter.
 */
function report(s: Snippet, r: SnippetResult): void {
  const file = process.env.CSXC_CONFORMANCE_REPORT;
  if (file) fs.appendFileSync(file, JSON.stringify({ key: caseKey(s), status: r.status, summary: summary(r) }) + "\n");
}

/**
 * Declares the conformance suite: one `describe` per group of cases, all of them run as ONE batch
 * (one emit, one C# compile, one .NET run). Every case that is not pending is a test; pending ones
 * run too and are listed per group (why they are pending, what they do now) in a report that does
 * not fail.
 */
export function conformanceSuite(groups: Array<[title: string, cases: Snippet[]]>): void {
  const flat = groups.flatMap(([title, cases]) => withPending(cases).map((s) => ({ title, s })));
  const snippets = flat.map((f) => f.s);

  // The cases themselves, on node alone (no .NET, no emitter): the values they state are JavaScript's.
  test("conformance: the values the cases state are what JavaScript gives", async () => {
    const outcomes = await runOnNodeOnly(snippets);
    const wrong = snippets.flatMap((s, i) => {
      const mismatch = outcomes[i] && valueMismatch(s, outcomes[i]!);
      return mismatch ? [`${caseKey(s)}: ${mismatch}`] : [];
    });
    expect(wrong).toEqual([]);
  });

  describeDotnet("conformance", () => {
    let batch: BatchResult;
    beforeAll(async () => {
      batch = await runConformance(snippets, { dotnet: true });
      const { stats } = batch;
      process.stdout.write(
        `\nconformance: ${stats.snippets} cases in one batch: emit ${stats.millis.emit} ms (${stats.emits}×), ` +
          `.NET ${stats.millis.dotnet} ms (${stats.compiles} compile${stats.compiles === 1 ? "" : "s"}), node ${stats.millis.node} ms\n`,
      );
    }, 600_000);

    for (const [title] of groups) {
      describe(title, () => {
        const members = flat.map((f, i) => ({ ...f, i })).filter((f) => f.title === title);
        const seen = new Map<string, number>();
        for (const { s, i } of members) {
          if (s.pending) continue;
          const base = caseKey(s);
          const n = (seen.get(base) ?? 0) + 1;
          seen.set(base, n);
          test(n > 1 ? `${base} (${n})` : base, () => {
            const failure = failureOf(s, batch.results[i], i);
            if (failure) {
              report(s, batch.results[i]);
              throw new Error(`${snippetName(s)}: ${failure}`);
            }
          });
        }
        const pending = members.filter(({ s }) => s.pending);
        if (pending.length) {
          test(`${pending.length} pending case(s) are reported, not counted`, () => {
            const lines = pending.map(({ s, i }) => {
              const r = batch.results[i];
              const now = failureOf({ ...s, pending: undefined }, r, i) ? summary(r) : `PASSES NOW, take it out of pending (${summary(r)})`;
              return `  PENDING ${caseKey(s)}\n    why: ${s.pending}\n    now: ${now}`;
            });
            process.stdout.write(`\nconformance: ${title}: ${pending.length} pending\n${lines.join("\n")}\n`);
          });
        }
      });
    }
  });
}

/** Declares a suite of rejected constructs: each must be refused with its code. Needs no .NET. */
export function rejectionSuite(title: string, snippets: Snippet[]): void {
  describe(`conformance: ${title}`, () => {
    let batch: BatchResult;
    beforeAll(async () => {
      batch = await runConformance(snippets, { dotnet: false });
    }, 300_000);
    snippets.forEach((s, i) => {
      test(`${s.construct} is rejected with ${s.rejects}: ${snippetName(s)}`, () => {
        const failure = failureOf(s, batch.results[i], i);
        if (failure) throw new Error(`${snippetName(s)}: ${failure}`);
      });
    });
  });
}

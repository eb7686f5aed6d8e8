// Differential tests of whole values, on top of the one batch runner (conformance.ts): a group of
// expressions answers [value of each expression] (an error becomes "!" + its message), a program
// answers what its `main()` returns. Both run as snippets through runConformance (one project, one
// script.csx, one C# compile and one .NET run per test file), and the node and .NET answers must be
// the same. The values go through `canon` first, written in TypeScript and compiled like the rest,
// so that NaN, the infinities, -0 and undefined, which JSON would turn into null or drop, stay told
// apart on both sides.

import type { CaseContext, CaseRequest, CaseUpstream } from "../../src/verify/case";
import { describeDotnet } from "./dotnet-gate";
import { answer, failureOf, runConformance, type BatchResult, type Snippet, type SnippetResult } from "./conformance";

/** Top-level helpers every parity snippet may use (and `canon`, which the adapter uses itself). */
const HELPERS = `function push<T>(xs: T[], value: T): number { xs[xs.length] = value; return xs.length; }
/** A value TypeScript cannot narrow: keeps unions and optional members as declared. */
function opaque<T>(value: T): T { return value; }
function canon(v: Json | undefined): Json {
  if (v === undefined) return "<undefined>";
  if (typeof v === "number") {
    if (Number.isNaN(v)) return "$NaN";
    if (v === Infinity) return "$Infinity";
    if (v === -Infinity) return "$-Infinity";
    if (Object.is(v, -0)) return "$-0";
    return v;
  }
  // Inside arrays and objects, undefined is what JSON makes of it (null, or no member), as the
  // .NET side does not yet keep it apart there (reported on issue 11, point 3).
  if (Array.isArray(v)) return v.map((x) => (x === undefined ? null : canon(x)));
  if (v !== null && typeof v === "object") {
    const out: { [key: string]: Json } = {};
    for (const key of Object.keys(v)) if (v[key] !== undefined) out[key] = canon(v[key]);
    return out;
  }
  return v;
}
`;

export interface Group {
  name: string;
  /** Expressions whose values are compared; each may throw. */
  exprs: string[];
  /** Declarations of the group's file (helper functions, constants). */
  declarations?: string;
  /** The expressions may await. */
  async?: boolean;
  /** The backend's answers to what the expressions send with `ctx.send`, in order. */
  upstream?: CaseUpstream[];
  /** The incoming request (the expressions read it as `req`), and the platform's context. */
  request?: Partial<CaseRequest>;
  context?: CaseContext;
}

/** Many inputs through one expression: `expr` reads the input as `x: string`. Each may throw. */
export interface InputGroup {
  name: string;
  inputs: string[];
  expr: string;
  /** Declarations of the group's file (helper functions). */
  declarations?: string;
}

export interface Program {
  name: string;
  /** TypeScript with `export function main(): Json` or `export async function main(): Promise<Json>`. */
  source: string;
}

/** An upstream answer that only lets a send go through: 200, no headers, no body. */
export const OK: CaseUpstream = { status: 200, headers: {}, body: null };

/** Many inputs cut into groups of `size`: one snippet holding thousands costs Roslyn more than several. */
export const chunks = <T>(xs: T[], size: number): T[][] => Array.from({ length: Math.ceil(xs.length / size) }, (_, i) => xs.slice(i * size, (i + 1) * size));

/** One snippet per group: the body answers the canonical value of every expression, in order. */
export function groupSnippet(title: string, group: Group): Snippet {
  const [fn, value, wait] = group.async ? ["async ", "Promise<Json | undefined>", "await "] : ["", "Json | undefined", ""];
  const items = group.exprs.map((e) => `    ${wait}t(${fn}() => (${e})),`).join("\n");
  return {
    construct: title,
    name: group.name,
    form: "body",
    declarations: `${HELPERS}${group.declarations ?? ""}
${fn}function t(f: () => ${value}): ${group.async ? "Promise<Json>" : "Json"} {
  try {
    return canon(${wait}f());
  } catch (e) {
    return e instanceof Error ? "!" + e.message : "!?";
  }
}`,
    code: `  const parityAnswers: Json[] = [\n${items}\n  ];\n  return parityAnswers;`,
    ...(group.upstream && { upstream: group.upstream }),
    ...(group.request && { request: group.request }),
    ...(group.context && { context: group.context }),
  };
}

/**
 * One snippet per input group. The inputs come as the request's JSON body, not as a constant of the
 * code: a literal of thousands of strings costs Roslyn minutes, a body costs nothing.
 */
export function inputSnippet(title: string, group: InputGroup): Snippet {
  const base = groupSnippet(title, { name: group.name, exprs: [], declarations: group.declarations });
  return {
    ...base,
    request: { body: group.inputs },
    code: `  const inputs = (await req.json()) as string[];\n  return inputs.map((x: string): Json => t(() => (${group.expr})));`,
  };
}

/** One snippet per program: its `main` is the file's own function, answered canonically. */
export function programSnippet(title: string, program: Program): Snippet {
  const isAsync = /export\s+async\s+function\s+main\b/.test(program.source);
  return {
    construct: title,
    name: program.name,
    form: "body",
    declarations: HELPERS + program.source.replace(/export\s+(async\s+)?function\s+main\b/, "$1function main"),
    code: `  return canon(${isAsync ? "await " : ""}main());`,
  };
}

/** The items of a group (its expressions, or its inputs) whose answers differ, each with both answers; at most `most`. */
function perItem(items: string[], r: SnippetResult, most: number): string[] {
  if (r.status !== "ran" || !r.dotnet) return [];
  const valueOf = (o: typeof r.node) => (answer(o).body as { value?: unknown } | null)?.value;
  const [node, dotnet] = [valueOf(r.node), valueOf(r.dotnet)];
  if (!Array.isArray(node) || !Array.isArray(dotnet)) return [];
  const found = items.flatMap((e, i) =>
    JSON.stringify(node[i]) === JSON.stringify(dotnet[i]) ? [] : [`${JSON.stringify(e).slice(0, 400)}\n    node:  ${JSON.stringify(node[i]).slice(0, 1500)}\n    .NET:  ${JSON.stringify(dotnet[i]).slice(0, 1500)}`],
  );
  return found.length > most ? [...found.slice(0, most), `… and ${found.length - most} more`] : found;
}

/**
 * Declares one test per snippet, all run in ONE batch; `detail` lists what differs inside a
 * snippet's value where that reads better than the whole outcomes.
 */
function suite(title: string, snippets: Snippet[], detail: (i: number, r: SnippetResult) => string[] = () => []): void {
  describeDotnet(`${title}: node and .NET agree`, () => {
    let batch: BatchResult;
    beforeAll(async () => {
      batch = await runConformance(snippets, { dotnet: true });
      const { stats } = batch;
      process.stdout.write(`\n${title}: ${stats.snippets} snippets, emit ${stats.millis.emit} ms, .NET ${stats.millis.dotnet} ms (${stats.compiles} compile${stats.compiles === 1 ? "" : "s"}), node ${stats.millis.node} ms\n`);
    }, 900_000);
    test.each(snippets.map((s, i) => [s.name ?? s.code, i] as const))("%s", (name, i) => {
      const r = batch.results[i];
      const failure = failureOf(snippets[i], r, i);
      if (!failure) return;
      const parts = detail(i, r);
      throw new Error(`${name}: ${parts.length ? `node and .NET disagree on:\n  ${parts.join("\n  ")}` : failure}`);
    });
  });
}

/**
 * Declares one test per group (of expressions, or of inputs through one expression); all groups of
 * the file run in one .NET compile.
 */
export function parity(title: string, groups: Array<Group | InputGroup>, { most = 15 } = {}): void {
  const snippets = groups.map((g) => ("inputs" in g ? inputSnippet(title, g) : groupSnippet(title, g)));
  suite(title, snippets, (i, r) => {
    const g = groups[i];
    return perItem("inputs" in g ? g.inputs : g.exprs, r, most);
  });
}

/** Declares one test per program; all programs of the file run in one .NET compile. */
export function programParity(title: string, programs: Program[]): void {
  suite(title, programs.map((p) => programSnippet(title, p)));
}

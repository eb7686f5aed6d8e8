// Programs written the way a connector author writes them (issue 11 item 4), for the differential
// fuzzer (fuzz.ts). Type-directed: every expression is made for a TypeScript type from the values in
// scope (locals, lambda parameters, helper functions), so each program type-checks under `strict` by
// construction; the request body and the upstream answers are drawn to match the declared shapes
// (optional fields absent or present, owners null, arrays empty), as a real backend would send them.
// A program is a list of declarations and a list of statements, so a disagreement shrinks by
// dropping statements (fuzz.ts).

import type { CaseContext, CaseUpstream } from "../../src/verify/case";
import type { Snippet } from "../conformance/cases/snippet";

// --- randomness ----------------------------------------------------------------------------------

/** mulberry32: small, fast and the same on every machine; one stream per program. */
export class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0 || 0x9e3779b9;
  }
  next(): number {
    let t = (this.s = (this.s + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)];
  }
}

// --- the shapes an author declares -------------------------------------------------------------

/** The JSON shapes, as authors write them: `type` for what goes whole into a response. */
export const SHAPES = [
  "interface Query { q: string; ids: number[]; limit?: number; filter?: { name?: string; tag?: string } }",
  "type Tag = { id: string; label?: string };",
  "type Owner = { name: string; email?: string };",
  "type Item = { id: number; name: string; price?: number; tags: Tag[]; owner?: Owner | null; created: string };",
  "type Page = { items: Item[]; next?: string | null; total: number };",
  // Constants authors keep for defaults and empty answers.
  'const FALLBACK_ITEM: Item = { id: 0, name: "none", tags: [], created: "2026-01-01T00:00:00Z" };',
  'const DEFAULT_TAG: Tag = { id: "none" };',
  "const NO_ITEMS: Item[] = [];",
  "const NO_TAGS: Tag[] = [];",
  "const NO_NAMES: string[] = [];",
  "const NO_NUMBERS: number[] = [];",
].join("\n");

export type Ty = "num" | "str" | "bool" | "item" | "items" | "tag" | "tags" | "strs" | "nums" | "num?" | "str?" | "item?" | "tag?";
const TS: Record<Ty, string> = {
  num: "number",
  str: "string",
  bool: "boolean",
  item: "Item",
  items: "Item[]",
  tag: "Tag",
  tags: "Tag[]",
  strs: "string[]",
  nums: "number[]",
  "num?": "number | undefined",
  "str?": "string | undefined",
  "item?": "Item | undefined",
  "tag?": "Tag | undefined",
};
const ALL_TYPES = Object.keys(TS) as Ty[];

// --- data that matches the shapes --------------------------------------------------------------

const WORDS = ["alpha", "Beta", "gamma ray", "", "x-1", "Ünïcode", "a,b", "  spaced  ", "42", "3.5", "O'Brien", "#tag", "2026-12-01", "ß", "😀 smile"];
const DATES = ["2026-12-01T10:00:00Z", "2026-02-28T23:59:59.999Z", "2024-02-29", "2026-12-01T10:00:00+02:00", "not a date", "Tue, 01 Dec 2026 10:00:00 GMT"];
const PRICES = [0, 1, 2.5, 19.99, -3, 1e21, 0.1, 100, 7];

function tagData(r: Rng): Record<string, unknown> {
  const t: Record<string, unknown> = { id: r.pick(["t1", "t2", "red", "", "blue"]) };
  if (r.chance(0.5)) t.label = r.pick(WORDS);
  return t;
}
function itemData(r: Rng, id: number): Record<string, unknown> {
  const it: Record<string, unknown> = { id, name: r.pick(WORDS) };
  if (r.chance(0.6)) it.price = r.pick(PRICES);
  it.tags = Array.from({ length: r.pick([0, 0, 1, 2, 3]) }, () => tagData(r));
  const owner = r.int(0, 3);
  if (owner === 1) it.owner = null;
  if (owner >= 2) it.owner = r.chance(0.5) ? { name: r.pick(WORDS) } : { name: r.pick(WORDS), email: `${r.pick(["ann", "bo"])}@example.com` };
  it.created = r.pick(DATES);
  return it;
}
function pageData(r: Rng): Record<string, unknown> {
  const items = Array.from({ length: r.pick([0, 1, 2, 3, 5]) }, (_, k) => itemData(r, r.pick([k + 1, k * 7, 100 + k, -k])));
  const page: Record<string, unknown> = { items, total: items.length + r.int(0, 3) };
  const next = r.int(0, 2);
  if (next === 1) page.next = null;
  if (next === 2) page.next = `https://api.example.com/items?page=${r.int(2, 9)}`;
  return page;
}

const JSON_HEADERS = { "Content-Type": "application/json" };
/** An upstream answer: mostly 200 with the shape; sometimes an error status with an error body. */
function answer(r: Rng, body: unknown): CaseUpstream {
  if (r.chance(0.12)) return { status: r.pick([404, 500, 429]), headers: JSON_HEADERS, body: JSON.stringify({ error: "upstream says no" }) } as CaseUpstream;
  const headers: Record<string, string> = { ...JSON_HEADERS };
  if (r.chance(0.4)) headers["X-Total-Count"] = String(r.int(0, 50));
  return { status: r.pick([200, 200, 200, 201]), headers, body: JSON.stringify(body) } as CaseUpstream;
}

// --- expressions ---------------------------------------------------------------------------------

interface Var {
  name: string;
  ty: Ty;
}
interface Helper {
  name: string;
  params: Ty[];
  ret: Ty;
}

/** The scope an expression is made in: variables (innermost last) and helper functions. */
interface Scope {
  vars: Var[];
  helpers: Helper[];
  /** Names of Res variables in scope (for status and headers). */
  responses: string[];
  /** Whether `req` and `ctx` are in scope (a handle), `ctx` only (a response hook), or neither (a helper). */
  api?: "req+ctx" | "ctx";
}

type Make = (g: Gen, s: Scope, d: number) => string;

const STR_LITS = ['""', '"none"', '"a,b"', '"x"', '"2026-01-01"', '"  pad "', '"42"', '"é"'];
const NUM_LITS = ["0", "1", "2", "3", "-1", "10", "0.5", "100", "1.005", "86400000"];

export class Gen {
  private n = 0;
  constructor(readonly r: Rng) {}
  fresh(prefix: string): string {
    return `${prefix}${this.n++}`;
  }

  /** An expression of type `ty`: a variable in scope, a literal, or a production over smaller ones. */
  expr(ty: Ty, s: Scope, d: number): string {
    const vars = s.vars.filter((v) => v.ty === ty);
    if (vars.length && this.r.chance(d <= 0 ? 0.9 : 0.45)) return this.r.pick(vars).name;
    const helpers = s.helpers.filter((h) => h.ret === ty);
    if (helpers.length && d > 0 && this.r.chance(0.2)) {
      const h = this.r.pick(helpers);
      return `${h.name}(${h.params.map((p) => this.expr(p, s, d - 1)).join(", ")})`;
    }
    const options = PRODUCTIONS[ty].filter((m) => d > 0 || m.leaf);
    return this.r.pick(options).make(this, s, d - 1);
  }

  /** A lambda `(x) => body` whose parameter of type `param` joins the scope of its body. */
  lambda(param: Ty, body: Ty, s: Scope, d: number, name = this.fresh(param.startsWith("item") ? "it" : param.startsWith("tag") ? "t" : "x")): string {
    const inner: Scope = { ...s, vars: [...s.vars, { name, ty: param }] };
    return `(${name}) => ${wrapObject(this.expr(body, inner, d))}`;
  }
}

/**
 * `a op b`; two values of literal types are compared with `<`: TypeScript refuses `1 === 0`,
 * `(c ? -1 : -1) !== 2` and `` `${"x"}:` === "42" `` (TS2367), so no author leaves them in.
 */
function compare(g: Gen, a: string, b: string, ops: string[]): string {
  const op = g.r.pick(ops);
  return `(${a} ${literalTyped(a) && literalTyped(b) && /^[=!]/.test(op) ? "<" : op} ${b})`;
}

/** Whether TypeScript gives `e` a literal type: a literal, a template of literals, or a choice of such. */
export function literalTyped(e: string): boolean {
  const LITERAL = /^(-?[\d.]+|"[^"]*"|true|false)$/;
  e = e.trim();
  if (LITERAL.test(e)) return true;
  if (/^`(?:[^`$]|\$\{\s*(?:-?[\d.]+|"[^"]*"|true|false)\s*\})*`$/.test(e)) return true;
  const parts = topLevelConditional(e);
  if (parts) return literalTyped(parts[1]) && literalTyped(parts[2]);
  return e.startsWith("(") && closingParen(e, 0) === e.length - 1 && literalTyped(e.slice(1, -1));
}

/** The index of the bracket that closes the one at `from` (strings and templates skipped). */
function closingParen(e: string, from: number): number {
  let depth = 0;
  for (let i = from; i < e.length; i++) {
    const c = e[i];
    if (c === '"' || c === "'" || c === "`") {
      for (i++; i < e.length && e[i] !== c; i++) if (e[i] === "\\") i++;
    } else if ("([{".includes(c)) depth++;
    else if (")]}".includes(c) && --depth === 0) return i;
  }
  return -1;
}

/** `c ? a : b` at the top level of `e` (not inside brackets), as [c, a, b]. */
function topLevelConditional(e: string): [string, string, string] | undefined {
  let question = -1;
  let nested = 0;
  for (let i = 0; i < e.length; i++) {
    const c = e[i];
    if ("([{\"'`".includes(c)) {
      const end = "\"'`".includes(c) ? e.indexOf(c, i + 1) : closingParen(e, i);
      if (end < 0) return undefined;
      i = end;
    } else if (c === "?" && e[i + 1] !== "." && e[i + 1] !== "?" && e[i - 1] !== "?") {
      if (question < 0) question = i;
      else nested++;
    } else if (c === ":" && question >= 0) {
      if (nested-- === 0) return [e.slice(0, question), e.slice(question + 1, i), e.slice(i + 1)];
    }
  }
  return undefined;
}

const wrapObject = (e: string) => (e.startsWith("{") ? `(${e})` : e);

interface Production {
  leaf?: boolean;
  make: Make;
}
const leaf = (make: Make): Production => ({ leaf: true, make });
const node = (make: Make): Production => ({ make });

/** For each type, how to make one. Leaves need no depth; nodes call back into Gen.expr. */
const PRODUCTIONS: Record<Ty, Production[]> = {
  num: [
    leaf((g) => g.r.pick(NUM_LITS)),
    leaf((g, s) => (s.responses.length ? `${g.r.pick(s.responses)}.status` : "0")),
    node((g, s, d) => `${g.expr(g.r.pick(["str", "strs", "items", "tags", "nums"] as Ty[]), s, d)}.length`),
    node((g, s, d) => `${g.expr("item", s, d)}.id`),
    node((g, s, d) => `(${g.expr("item", s, d)}.price ?? 0)`),
    node((g, s, d) => `(${g.expr("num?", s, d)} ?? ${g.expr("num", s, 0)})`),
    node((g, s, d) => `(${g.expr("num", s, d)} ${g.r.pick(["+", "-", "*", "/", "%"])} ${g.expr("num", s, d)})`),
    node((g, s, d) => `(Math.round(${g.expr("num", s, d)} * 100) / 100)`),
    node((g, s, d) => `Math.${g.r.pick(["max", "min"])}(${g.expr("num", s, d)}, ${g.expr("num", s, d)})`),
    node((g, s, d) => `Math.${g.r.pick(["floor", "ceil", "abs", "trunc", "sign"])}(${g.expr("num", s, d)})`),
    node((g, s, d) => `${g.expr("items", s, d)}.reduce((sum, it) => sum + (it.price ?? 0), 0)`),
    node((g, s, d) => `${g.expr("nums", s, d)}.reduce((a, b) => a + b, ${g.expr("num", s, 0)})`),
    node((g, s, d) => `${g.expr("items", s, d)}.filter(${g.lambda("item", "bool", s, d)}).length`),
    node((g, s, d) => `${g.expr("items", s, d)}.findIndex(${g.lambda("item", "bool", s, d)})`),
    node((g, s, d) => `${g.r.pick(["parseInt", "Number", "parseFloat"])}(${g.expr("str", s, d)})`),
    node((g, s, d) => `${g.expr("str", s, d)}.indexOf(${g.expr("str", s, d)})`),
    node((g, s, d) => `${g.expr("str", s, d)}.search(/\\d/)`),
    node((g, s, d) => `Date.parse(${g.expr("item", s, d)}.created)`),
    node((g, s, d) => `new Date(${g.expr("item", s, d)}.created).${g.r.pick(["getUTCFullYear", "getUTCMonth", "getUTCDate", "getUTCHours", "getTime", "getDay"])}()`),
    node((g, s, d) => `(${g.expr("item", s, d)}.owner?.name.length ?? -1)`),
    node((g, s, d) => `${g.expr("nums", s, d)}[${g.r.int(0, 3)}]`),
    node((g, s, d) => `(${g.expr("items", s, d)}.length > 0 ? ${g.expr("num", s, d)} : -1)`),
    // The pinned clock (case context.now) and date arithmetic authors write for "since" filters.
    leaf((g) => g.r.pick(["Date.now()", "new Date().getTime()", "(Date.now() - 86400000)", "new Date().getUTCDate()"])),
    node((g, s, d) => `Math.floor((Date.now() - Date.parse(${g.expr("item", s, d)}.created)) / 86400000)`),
    node((g, s, d) => `parseFloat((${g.expr("num", s, d)}).toFixed(${g.r.int(0, 2)}))`),
    node((g, s, d) => `${g.expr("str", s, d)}.lastIndexOf(${g.expr("str", s, 0)})`),
    node((g, s, d) => `(${g.expr("str", s, d)}.match(/[aeiou]/gi) ?? []).length`),
  ],
  str: [
    leaf((g) => g.r.pick(STR_LITS)),
    leaf((g, s) => (s.api ? g.r.pick(s.api === "ctx" ? ["ctx.operationId"] : ["ctx.operationId", "req.method", '(req.query.get("q") ?? "")', "req.path"]) : g.r.pick(STR_LITS))),
    leaf((g, s) => (s.responses.length ? `(${g.r.pick(s.responses)}.headers.get("X-Total-Count") ?? "0")` : '"no response"')),
    node((g, s, d) => `${g.expr("item", s, d)}.name`),
    node((g, s, d) => `${g.expr("item", s, d)}.created`),
    node((g, s, d) => `${g.expr("tag", s, d)}.id`),
    node((g, s, d) => `(${g.expr("tag", s, d)}.label ?? ${g.expr("str", s, 0)})`),
    node((g, s, d) => `(${g.expr("item", s, d)}.owner?.email ?? "")`),
    node((g, s, d) => `(${g.expr("str?", s, d)} ?? ${g.expr("str", s, 0)})`),
    node((g, s, d) => `${g.expr("str", s, d)}.${g.r.pick(["toUpperCase", "toLowerCase", "trim"])}()`),
    node((g, s, d) => `${g.expr("str", s, d)}.slice(${g.r.int(-3, 3)}${g.r.chance(0.5) ? `, ${g.r.int(-2, 6)}` : ""})`),
    node((g, s, d) => `${g.expr("str", s, d)}.padStart(${g.r.int(0, 6)}, "0")`),
    node((g, s, d) => `${g.expr("str", s, d)}.replace(/[^a-z0-9]+/gi, "-")`),
    node((g, s, d) => `${g.expr("str", s, d)}.replace(/(\\w+)/, "<$1>")`),
    node((g, s, d) => `(${g.expr("str", s, d)}.match(/\\d+/) ?? ["none"])[0]`),
    node((g, s, d) => `(/(\\d{4})-(\\d{2})/.exec(${g.expr("str", s, d)})?.[${g.r.int(1, 2)}] ?? "")`),
    node((g, s, d) => `\`\${${g.expr("str", s, d)}}:\${${g.expr(g.r.pick(["num", "bool", "str"] as Ty[]), s, d)}}\``),
    node((g, s, d) => `${g.expr("strs", s, d)}.join(${g.r.pick(['", "', '"|"', ""])})`),
    node((g, s, d) => `(${g.expr("str", s, d)}.match(/\\d+/g) ?? []).${g.r.pick(["join(\"+\")", "map((w) => w.padStart(3, \"0\")).join(\"\")", "filter((w) => w.length > 1).join()"])}`),
    node((g, s, d) => `String(${g.expr("num", s, d)})`),
    node((g, s, d) => `(${g.expr("num", s, d)}).toFixed(${g.r.int(0, 3)})`),
    node((g, s, d) => `JSON.stringify(${g.expr(g.r.pick(["item", "tags", "strs", "nums", "str"] as Ty[]), s, d)})`),
    node((g, s, d) => `new Date(${g.expr("item", s, d)}.created).toISOString()`),
    node((g, s, d) => `new Date(Date.UTC(2026, ${g.expr("num", s, d)}, 1)).toISOString().slice(0, 10)`),
    node((g, s, d) => `encodeURIComponent(${g.expr("str", s, d)})`),
    node((g, s, d) => `(${g.expr("bool", s, d)} ? ${g.expr("str", s, d)} : ${g.expr("str", s, d)})`),
    node((g, s, d) => `${g.expr("str", s, d)}.split(",")[${g.r.int(0, 2)}]`),
    node((g, s, d) => `(${g.expr("str", s, d)} + ${g.expr(g.r.pick(["str", "num"] as Ty[]), s, d)})`),
    // Number formatting.
    node((g, s, d) => `(${g.expr("num", s, d)}).toString(${g.r.pick(["", "16", "2", "36"])})`),
    node((g, s, d) => `(${g.expr("num", s, d)}).toPrecision(${g.r.int(1, 6)})`),
    node((g, s, d) => `Number(${g.expr("str", s, d)}).toFixed(${g.r.int(0, 2)})`),
    // The string methods authors reach for.
    node((g, s, d) => `${g.expr("str", s, d)}.substring(${g.r.int(0, 3)}${g.r.chance(0.5) ? `, ${g.r.int(0, 8)}` : ""})`),
    node((g, s, d) => `${g.expr("str", s, d)}.${g.r.pick(["trimStart", "trimEnd"])}()`),
    node((g, s, d) => `${g.expr("str", s, d)}.padEnd(${g.r.int(0, 8)}, ${g.r.pick(['"."', '" "', '"ab"'])})`),
    node((g, s, d) => `${g.expr("str", s, d)}.charAt(${g.r.int(0, 4)})`),
    node((g, s, d) => `${g.expr("str", s, d)}.repeat(${g.r.int(0, 3)})`),
    node((g, s, d) => `${g.expr("str", s, d)}.replaceAll(${g.r.pick(['","', '"a"', '" "'])}, ${g.r.pick(['";"', '""', '"_"'])})`),
    node((g, s, d) => `${g.expr("str", s, d)}.split(/[\s,;]+/).filter((w) => w.length > 0).join(" ")`),
    node((g, s, d) => `${g.expr("str", s, d)}.replace(/(\d+)-(\d+)/g, (_m, a: string, b: string) => b + "-" + a)`),
    node((g, s, d) => `(${g.expr("str", s, d)}.at(${g.r.int(-2, 2)}) ?? "")`),
    // Dates: formatting, arithmetic and the pinned clock.
    leaf(() => "new Date().toISOString()"),
    node((g, s, d) => `new Date(Date.now() - ${g.expr("num", s, d)} * 1000).toISOString()`),
    node((g, s, d) => `new Date(${g.expr("item", s, d)}.created).toUTCString()`),
    node((g, s, d) => `String(new Date(${g.expr("item", s, d)}.created).getUTCMonth() + 1).padStart(2, "0")`),
  ],
  bool: [
    leaf((g) => g.r.pick(["true", "false"])),
    leaf((g, s) => (s.responses.length ? `${g.r.pick(s.responses)}.ok` : "false")),
    node((g, s, d) => compare(g, g.expr("num", s, d), g.expr("num", s, d), [">", "<", ">=", "===", "!=="])),
    node((g, s, d) => compare(g, g.expr("str", s, d), g.expr("str", s, d), ["===", "!==", "<"])),
    node((g, s, d) => `${g.expr("str", s, d)}.${g.r.pick(["startsWith", "includes", "endsWith"])}(${g.expr("str", s, d)})`),
    node((g, s, d) => `/^[a-z ]+$/i.test(${g.expr("str", s, d)})`),
    node((g, s, d) => `${g.expr("items", s, d)}.${g.r.pick(["some", "every"])}(${g.lambda("item", "bool", s, d)})`),
    node((g, s, d) => `${g.expr("tags", s, d)}.some(${g.lambda("tag", "bool", s, d)})`),
    node((g, s, d) => `(!${g.expr("bool", s, d)})`),
    node((g, s, d) => `(${g.expr("bool", s, d)} ${g.r.pick(["&&", "||"])} ${g.expr("bool", s, d)})`),
    node((g, s, d) => `(${g.expr(g.r.pick(["item?", "str?", "num?", "tag?"] as Ty[]), s, d)} ${g.r.pick(["===", "!=="])} undefined)`),
    node((g, s, d) => `Boolean(${g.expr(g.r.pick(["item?", "str?", "num?", "tag?", "str", "num"] as Ty[]), s, d)})`),
    node((g, s, d) => `(${g.expr("item", s, d)}.owner ${g.r.pick(["==", "!=", "==="])} null)`),
    node((g, s, d) => `${g.expr("strs", s, d)}.includes(${g.expr("str", s, d)})`),
    node((g, s, d) => `Number.isInteger(${g.expr("num", s, d)})`),
    node((g, s, d) => `("price" in ${g.expr("item", s, d)})`),
    node((g, s, d) => `/^\d{4}-\d{2}-\d{2}/.test(${g.expr("str", s, d)})`),
    node((g, s, d) => `(Date.parse(${g.expr("item", s, d)}.created) < Date.now())`),
    node((g, s, d) => `Number.isNaN(${g.r.pick(["parseFloat", "Number"])}(${g.expr("str", s, d)}))`),
  ],
  item: [
    leaf(() => "FALLBACK_ITEM"),
    node((g, s, d) => `${g.expr("items", s, d)}[${g.r.pick(["0", "0", "1", "2", "4"])}]`),
    node((g, s, d) => `(${g.expr("item?", s, d)} ?? ${g.expr("item", s, 0)})`),
    // Spread of an item read past the end copies nothing, and then a declared `id` is missing: the
    // documented limit of JSON that differs from its type (docs/language.md, Known limits), so the
    // generator spreads a present item, as an author who checks first does.
    node((g, s, d) => {
      const item = g.expr("item", s, d);
      return `{ ...${item.startsWith("{") || item === "FALLBACK_ITEM" ? item : `(${item} ?? FALLBACK_ITEM)`}, name: ${g.expr("str", s, d)} }`;
    }),
  ],
  items: [
    leaf(() => "NO_ITEMS"),
    node((g, s, d) => `${g.expr("items", s, d)}.filter(${g.lambda("item", "bool", s, d)})`),
    node((g, s, d) => `${g.expr("items", s, d)}.slice(${g.r.int(0, 2)}${g.r.chance(0.5) ? `, ${g.r.int(-1, 3)}` : ""})`),
    node((g, s, d) => `[...${g.expr("items", s, d)}].sort((a, b) => ${g.r.pick(["a.id - b.id", "(b.price ?? 0) - (a.price ?? 0)", "(a.name < b.name ? -1 : a.name > b.name ? 1 : 0)"])})`),
    node((g, s, d) => `${g.expr("items", s, d)}.concat(${g.expr("items", s, d)})`),
    node((g, s, d) => `${g.expr("items", s, d)}.map(${g.lambda("item", "item", s, d)})`),
    node((g, s, d) => `[${g.expr("item", s, d)}]`),
  ],
  tag: [
    leaf(() => "DEFAULT_TAG"),
    node((g, s, d) => `${g.expr("tags", s, d)}[${g.r.pick(["0", "1", "3"])}]`),
    node((g, s, d) => {
      // TypeScript narrows a reference on the right of its own `??` to never (`NO_TAGS[0] ?? { id:
      // (NO_TAGS[0] ?? …).id }`: TS2339), so the fallback is made without it.
      const maybe = g.expr("tag?", s, d);
      const id = g.expr("str", s, d);
      return `(${maybe} ?? { id: ${id.includes(maybe) ? g.expr("str", s, 0) : id}, label: "fallback" })`;
    }),
  ],
  tags: [
    leaf(() => "NO_TAGS"),
    node((g, s, d) => `${g.expr("item", s, d)}.tags`),
    node((g, s, d) => `${g.expr("items", s, d)}.flatMap((it) => it.tags)`),
    node((g, s, d) => `${g.expr("tags", s, d)}.filter(${g.lambda("tag", "bool", s, d)})`),
    node((g, s, d) => `${g.expr("tags", s, d)}.map((t) => ({ ...t, id: t.id.toUpperCase() }))`),
  ],
  strs: [
    leaf(() => '["a", "b"]'),
    leaf(() => "NO_NAMES"),
    node((g, s, d) => `${g.expr("items", s, d)}.map(${g.lambda("item", "str", s, d)})`),
    node((g, s, d) => `${g.expr("tags", s, d)}.map((t) => t.label ?? t.id)`),
    node((g, s, d) => `${g.expr("str", s, d)}.split(${g.r.pick(['","', '" "', "/\\s*,\\s*/", '""'])})`),
    node((g, s, d) => `Object.keys(${g.expr(g.r.pick(["item", "tag"] as Ty[]), s, d)})`),
    node((g, s, d) => `${g.expr("strs", s, d)}.filter((x) => x.length > ${g.r.int(0, 3)})`),
    node((g, s, d) => `[...${g.expr("strs", s, d)}].sort()`),
    node((g, s, d) => `(${g.expr("str", s, d)}.match(/[a-z]+/gi) ?? NO_NAMES)`),
  ],
  nums: [
    leaf(() => "[1, 2, 3]"),
    leaf(() => "NO_NUMBERS"),
    node((g, s, d) => `${g.expr("items", s, d)}.map((it) => ${g.r.pick(["it.id", "it.price ?? 0", "it.tags.length"])})`),
    node((g, s, d) => `${g.expr("nums", s, d)}.filter((n) => n ${g.r.pick([">", "<", "!=="])} ${g.expr("num", s, 0)})`),
    node((g, s, d) => `${g.expr("nums", s, d)}.slice().sort((a, b) => a - b)`),
    node((g, s, d) => `${g.expr("nums", s, d)}.map((n) => n * ${g.expr("num", s, 0)})`),
  ],
  "num?": [
    leaf(() => "FALLBACK_ITEM.price"),
    node((g, s, d) => `${g.expr("item", s, d)}.price`),
    node((g, s, d) => `${g.expr("nums", s, d)}.find((n) => n > ${g.expr("num", s, 0)})`),
    node((g, s, d) => `${g.expr("items", s, d)}.at(${g.r.int(-2, 2)})?.price`),
    node((g, s, d) => `${g.expr("item?", s, d)}?.id`),
  ],
  "str?": [
    leaf(() => "DEFAULT_TAG.label"),
    node((g, s, d) => `${g.expr("tag", s, d)}.label`),
    node((g, s, d) => `${g.expr("item", s, d)}.owner?.email`),
    node((g, s, d) => `${g.expr("items", s, d)}[${g.r.int(0, 4)}]?.name`),
    node((g, s, d) => `${g.expr("strs", s, d)}.find((x) => x.startsWith(${g.expr("str", s, 0)}))`),
    node((g, s, d) => `${g.expr("item?", s, d)}?.owner?.name`),
  ],
  "item?": [
    leaf(() => "NO_ITEMS.find((x) => x.id > 0)"),
    node((g, s, d) => `${g.expr("items", s, d)}.find(${g.lambda("item", "bool", s, d)})`),
    node((g, s, d) => `${g.expr("items", s, d)}.at(${g.r.int(-2, 2)})`),
    node((g, s, d) => `${g.expr("items", s, d)}[${g.r.int(0, 4)}]`),
  ],
  "tag?": [
    leaf(() => "NO_TAGS[0]"),
    node((g, s, d) => `${g.expr("tags", s, d)}.find(${g.lambda("tag", "bool", s, d)})`),
    node((g, s, d) => `${g.expr("item?", s, d)}?.tags[0]`),
  ],
};

// --- programs ------------------------------------------------------------------------------------

export interface AuthorProgram {
  seed: number;
  /** Top-level declarations (shapes first), each removable when shrinking except the shapes. */
  declarations: string[];
  /** The statements of the hook, each removable when shrinking. */
  statements: string[];
  /** The statement that ends the hook (respond, or setJson for a response hook). */
  tail: string;
  form: "handle" | "map";
  /** For form "map": the hook object's statements are wrapped by this (with `$BODY`). */
  hook?: { head: string; foot: string; entry: string };
  request: { body: string; headers: Record<string, string>; url?: string };
  context?: CaseContext;
  upstream: CaseUpstream[];
  /** What the program exercises, for coverage counts. */
  features: string[];
}

/** Helper functions an author writes: typed parameters, a body made by the generator. */
function makeHelpers(g: Gen, features: Set<string>): { decls: string[]; helpers: Helper[] } {
  const decls: string[] = [];
  const helpers: Helper[] = [];
  const count = g.r.int(0, 3);
  for (let k = 0; k < count; k++) {
    const ret = g.r.pick(["str", "num", "bool", "str?", "item?"] as Ty[]);
    const params = g.r.pick([["item"], ["items"], ["item", "num"], ["str"], ["tags", "str"], ["item?"]] as Ty[][]);
    const names = params.map((_, i) => `p${i}`);
    const scope: Scope = { vars: params.map((ty, i) => ({ name: names[i], ty })), helpers: [...helpers], responses: [] };
    const name = g.fresh(ret === "bool" ? "is" : ret === "str" ? "label" : "calc");
    const sig = params.map((ty, i) => `${names[i]}: ${TS[ty]}`).join(", ");
    const style = g.r.int(0, 3);
    if (style === 0) {
      decls.push(`const ${name} = (${sig}): ${TS[ret]} => ${wrapObject(g.expr(ret, scope, 2))};`);
      features.add("arrow helper");
    } else if (style === 1 && params[0] === "item?") {
      decls.push(`function ${name}(${sig}): ${TS[ret]} {\n  if (!${names[0]}) throw new HttpError(404, "nothing to ${name}");\n  return ${g.expr(ret, { ...scope, vars: [...scope.vars, { name: `${names[0]}!`, ty: "item" }] }, 2)};\n}`);
      features.add("helper that throws HttpError");
    } else if (style === 1 && ret === "num") {
      decls.push(`function ${name}(${sig}): number {\n  const v = ${g.expr("num", scope, 2)};\n  if (Number.isNaN(v)) throw new Error("${name}: not a number");\n  return v;\n}`);
      features.add("helper that throws Error");
    } else {
      decls.push(`function ${name}(${sig}): ${TS[ret]} {\n  const v = ${g.expr(ret, scope, 2)};\n  return v;\n}`);
      features.add("function helper");
    }
    helpers.push({ name, params, ret });
  }
  // A closure factory: a predicate over items that captures its argument.
  if (g.r.chance(0.4)) {
    const name = g.fresh("where");
    const arg = g.r.pick(["num", "str"] as Ty[]);
    const scope: Scope = { vars: [{ name: "want", ty: arg }, { name: "it", ty: "item" }], helpers: [], responses: [] };
    decls.push(`const ${name} = (want: ${TS[arg]}) => (it: Item): boolean => ${g.expr("bool", scope, 2)};`);
    helpers.push({ name: `__closure:${name}:${arg}`, params: [], ret: "bool" });
    features.add("closure factory");
  }
  return { decls, helpers };
}

/**
 * The test of an early exit: not a constant, which would leave the rest unreachable, where
 * TypeScript narrows nothing (a catch variable stays `unknown`: TS18046), as no author writes.
 */
function guard(g: Gen, s: Scope): string {
  // Any `true` or `false` in it may make it constant (`(true || res.ok) || …`, `!false`).
  for (let tries = 0; tries < 8; tries++) {
    const test = g.expr("bool", s, 2);
    if (!/\b(true|false)\b/.test(test)) return test;
  }
  return "input.q.length > 100";
}

/** A statement that declares or changes something in scope, or acts (log, throw, early return). */
function statement(g: Gen, s: Scope, out: string[], features: Set<string>, inHandle: boolean): void {
  const r = g.r;
  const kind = r.int(0, 11);
  const closures = s.helpers.filter((h) => h.name.startsWith("__closure:"));
  const plain = { ...s, helpers: s.helpers.filter((h) => !h.name.startsWith("__closure:")) };
  if (kind <= 3) {
    const ty = r.pick(ALL_TYPES);
    const name = g.fresh("v");
    out.push(`const ${name}: ${TS[ty]} = ${g.expr(ty, plain, r.int(1, 3))};`);
    s.vars.push({ name, ty });
    features.add(`const ${ty}`);
  } else if (kind === 4) {
    const name = g.fresh("acc");
    const it = g.fresh("it");
    const inner: Scope = { ...plain, vars: [...plain.vars, { name: it, ty: "item" }] };
    out.push(`let ${name} = 0;\nfor (const ${it} of ${g.expr("items", plain, 1)}) {\n  if (${g.expr("bool", inner, 2)}) ${name} += ${g.expr("num", inner, 1)};\n}`);
    s.vars.push({ name, ty: "num" });
    features.add("for-of accumulate");
  } else if (kind === 5) {
    const name = g.fresh("lines");
    const t = g.fresh("t");
    const inner: Scope = { ...plain, vars: [...plain.vars, { name: t, ty: "tag" }] };
    out.push(`const ${name}: string[] = [];\nfor (const ${t} of ${g.expr("tags", plain, 1)}) ${name}.push(${g.expr("str", inner, 2)});`);
    s.vars.push({ name, ty: "strs" });
    features.add("push in a loop");
  } else if (kind === 6) {
    // try/catch around something that may throw: a read past the end, JSON.parse, dates, URIs.
    const name = g.fresh("err");
    const risky = r.pick([
      () => `${g.expr("items", plain, 1)}[${r.int(0, 3)}].${r.pick(["name", "id", "tags.length", "owner!.name"])}`,
      () => `(JSON.parse(${g.expr("str", plain, 1)}) as Json)`,
      () => `new Date(${g.expr("str", plain, 1)}).toISOString()`,
      () => `decodeURIComponent(${g.expr("str", plain, 1)})`,
      () => `${g.expr("item", plain, 1)}.owner!.email!.toUpperCase()`,
      () => `${g.expr("items", plain, 1)}.reduce((a, b) => (a.id > b.id ? a : b)).name`,
    ])();
    out.push(`let ${name} = "none";\ntry {\n  ${name} = JSON.stringify(${risky}) ?? "undefined";\n} catch (e) {\n  ${name} = e instanceof HttpError ? "http " + e.status : e instanceof Error ? e.message : "unknown";\n}`);
    s.vars.push({ name, ty: "str" });
    features.add("try/catch");
  } else if (kind === 7 && inHandle) {
    out.push(`if (${guard(g, plain)}) throw new HttpError(${r.pick([400, 404, 409, 422])}, ${g.expr("str", plain, 1)});`);
    features.add("throw HttpError");
  } else if (kind === 8 && inHandle) {
    out.push(`if (${guard(g, plain)}) return ctx.respond(${r.pick([200, 204, 302, 404])}, { early: ${g.expr("str", plain, 1)} });`);
    features.add("early return");
  } else if (kind === 9) {
    out.push(`ctx.log.${r.pick(["info", "warn"])}(${g.expr("str", plain, 2)});`);
    features.add("log");
  } else if (kind === 10 && closures.length) {
    const c = r.pick(closures);
    const [, fn, arg] = c.name.split(":");
    const name = g.fresh("picked");
    out.push(`const ${name} = ${g.expr("items", plain, 1)}.filter(${fn}(${g.expr(arg as Ty, plain, 1)}));`);
    s.vars.push({ name, ty: "items" });
    features.add("closure use");
  } else {
    const name = g.fresh("m");
    out.push(`let ${name}: string | undefined;\nif (${g.expr("bool", plain, 2)}) ${name} = ${g.expr("str", plain, 2)};\nelse if (${g.expr("bool", plain, 1)}) ${name} = undefined;`);
    s.vars.push({ name, ty: "str?" });
    features.add("let maybe undefined");
  }
}

/** The answer: an object of everything in scope that JSON can hold, `undefined` ones included. */
function answerObject(s: Scope, r: Rng): string {
  const vars = s.vars.filter((v) => r.chance(0.85));
  // Json holds no undefined: a maybe-absent value is answered as `?? null`, as authors write it.
  const fields = vars.map((v) => `${v.name.replace(/\W+/g, "_")}: ${v.name}${v.ty.endsWith("?") ? " ?? null" : ""}`);
  return `{ ${fields.join(", ")} }`;
}

/**
 * What a program's text exercises, by issue 11 point 4's list (a production may be dropped by the
 * type-directed choice, so these are read from what was written, not from what was asked for).
 */
const TEXT_FEATURES: Array<[string, RegExp]> = [
  ["interface for a JSON shape", /req\.json<Query>|res\.json<Page>/],
  ["empty array constant", /\bNO_(ITEMS|TAGS|NAMES|NUMBERS)\b/],
  ["optional chaining ?.", /\?\.[\w[]/],
  ["nullish coalescing ??", /\?\?/],
  ["read past the end", /\[[1-4]\]|\.at\(-?\d\)/],
  ["optional field", /\.(price|label|email|limit)\b/],
  ["string built-ins", /\.(toUpperCase|toLowerCase|trim\w*|slice|substring|padStart|padEnd|charAt|repeat|replaceAll|split|startsWith|endsWith|includes|indexOf|lastIndexOf)\(/],
  ["number built-ins", /\.(toFixed|toPrecision|toString)\(|\b(parseFloat|parseInt|Number\.isInteger|Number\.isNaN|Math\.\w+)\(/],
  ["date built-ins", /\bnew Date\(|\bDate\.(parse|UTC|now)\(/],
  ["pinned clock", /Date\.now\(\)|new Date\(\)/],
  ["regex match", /\.match\(\/|\.exec\(/],
  ["regex replace", /\.replace\(\//],
  ["regex test", /\/[gimsuy]*\.test\(/],
  ["HttpError", /new HttpError\(/],
  ["arrays of objects", /\b(page\.items|fetched)\b/],
];

export function generateProgram(seed: number): AuthorProgram {
  // A program that tests a reference for null and uses it again is drawn again (from a stream
  // derived from the seed): past the test TypeScript may have narrowed it to never (TS2339).
  let p = generateParts(seed, seed);
  for (let k = 1; k < 20 && narrowsAway(p); k++) p = generateParts(seed, (seed ^ Math.imul(k, 0x9e3779b1)) >>> 0);
  const text = [...p.declarations.slice(1), ...p.statements, p.tail, p.hook?.head ?? ""].join("\n");
  const features = new Set(p.features);
  for (const [name, pattern] of TEXT_FEATURES) if (pattern.test(text)) features.add(name);
  return { ...p, features: [...features] };
}

/** A null test of a reference (`(x.owner == null)`, `(NO_TAGS[0] !== undefined)`) that is not its only use. */
export function narrowsAway(p: AuthorProgram): boolean {
  const text = [...p.declarations.slice(1), ...p.statements, p.tail].join("\n");
  const tests = /\(([A-Za-z_$][\w$]*(?:\??\.[A-Za-z_$][\w$]*|\[\d+\])*) (?:===|!==|==|!=) (?:null|undefined)\)/g;
  for (const m of text.matchAll(tests)) {
    const escaped = m[1].replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    if ((text.match(new RegExp(`(?<![\\w$.])${escaped}(?![\\w$])`, "g")) ?? []).length > 1) return true;
  }
  return false;
}

function generateParts(seed: number, stream: number): AuthorProgram {
  const r = new Rng(stream);
  const g = new Gen(r);
  const features = new Set<string>();
  const { decls, helpers } = makeHelpers(g, features);
  const upstream: CaseUpstream[] = [];
  const query: Record<string, unknown> = { q: r.pick(WORDS), ids: Array.from({ length: r.pick([0, 1, 2, 3]) }, () => r.int(1, 9)) };
  if (r.chance(0.5)) query.limit = r.pick([0, 2, 10]);
  if (r.chance(0.5)) query.filter = r.chance(0.5) ? {} : { name: r.pick(WORDS), ...(r.chance(0.5) ? { tag: "red" } : {}) };
  const request = { body: JSON.stringify(query), headers: { "Content-Type": "application/json" } };
  // A pinned clock: Date.now() and new Date() answer this on both sides.
  const context = { now: r.pick(["2026-12-02T18:30:00.000Z", "2024-02-29T23:59:59.999Z", "2026-01-01T00:00:00.000Z"]) };
  const s: Scope = { vars: [], helpers, responses: [], api: "req+ctx" };
  const statements: string[] = [];

  const formPick = r.int(0, 9);
  if (formPick >= 7) {
    // A response hook over the forwarded request, held in a const and shared by two operations.
    upstream.push(answer(r, pageData(r)));
    s.responses.push("res");
    s.api = "ctx";
    statements.push("if (!res.ok) return;", "const page = await res.json<Page>();");
    s.vars.push({ name: "page.items", ty: "items" });
    const count = r.int(1, 6);
    for (let k = 0; k < count; k++) statement(g, s, statements, features, false);
    const hookName = g.fresh("shape");
    const typed = r.pick([": Transform", "", "satisfies"]);
    const withRequest = r.chance(0.5);
    const reqHook = withRequest ? `  request(req${typed === ": Transform" ? "" : ": Req"}) {\n    req.headers.set("X-Trace", ${JSON.stringify(r.pick(["a", "b1"]))});\n    req.query.set("limit", String(${r.int(1, 50)}));\n  },\n` : "";
    const head = `const ${hookName}${typed === ": Transform" ? ": Transform" : ""} = {\n${reqHook}  async response(res${typed === ": Transform" ? "" : ": Res"}, ctx${typed === ": Transform" ? "" : ": Ctx"}) {`;
    const foot = `  },\n}${typed === "satisfies" ? " satisfies Transform" : ""};\nexport const ops = { ListA: ${hookName}, ListB: ${hookName} };`;
    features.add("hook object in a const, shared");
    if (withRequest) features.add("request hook");
    return {
      seed,
      declarations: [SHAPES, ...decls],
      statements,
      tail: `res.setJson(${answerObject(s, r)});`,
      form: "map",
      hook: { head, foot, entry: r.chance(0.5) ? "ops.ListB" : hookName },
      request,
      context,
      upstream,
      features: [...features],
    };
  }

  statements.push("const input = await req.json<Query>();");
  s.vars.push({ name: "input.q", ty: "str" }, { name: "input.ids", ty: "nums" }, { name: "input.limit", ty: "num?" }, { name: "input.filter?.name", ty: "str?" });
  // Sends: one list call, and maybe a fan-out over the ids with Promise.all.
  if (r.chance(0.8)) {
    upstream.push(answer(r, pageData(r)));
    statements.push(
      `const res = await ctx.send(ctx.newRequest("GET", \`https://api.example.com/items?q=\${encodeURIComponent(input.q)}&limit=\${input.limit ?? 10}\`));`,
      r.chance(0.7) ? 'if (!res.ok) throw new HttpError(res.status === 404 ? 404 : 502, "the item service answered " + res.status);' : 'if (!res.ok) return ctx.respond(res.status, { error: await res.text() });',
      "const page = await res.json<Page>();",
    );
    s.responses.push("res");
    s.vars.push({ name: "page.items", ty: "items" }, { name: "page.total", ty: "num" });
  }
  if (r.chance(0.4)) {
    const ids = JSON.parse(request.body).ids as number[];
    for (const _ of ids) upstream.push(answer(r, itemData(r, r.int(1, 9))));
    const style = r.int(0, 1);
    statements.push(
      style === 0
        ? "const pages = await Promise.all(input.ids.map((id) => ctx.send(ctx.newRequest(\"GET\", `https://api.example.com/items/${id}`))));"
        : "const sends: Promise<Res>[] = [];\nfor (const id of input.ids) sends.push(ctx.send(ctx.newRequest(\"GET\", \"https://api.example.com/items/\" + id)));\nconst pages = await Promise.all(sends);",
      r.chance(0.5)
        ? 'const failed = pages.find((p) => !p.ok);\nif (failed) throw new HttpError(502, "an item failed with " + failed.status);\nconst fetched: Item[] = await Promise.all(pages.map((p) => p.json<Item>()));'
        : "const fetched: Item[] = [];\nfor (const p of pages) if (p.ok) fetched.push(await p.json<Item>());",
    );
    s.vars.push({ name: "fetched", ty: "items" });
    features.add("Promise.all over sends");
  }
  const count = r.int(2, 8);
  for (let k = 0; k < count; k++) statement(g, s, statements, features, true);
  const status = r.pick([200, 200, 201]);
  const wrapped = r.chance(0.25);
  const body = `return ctx.respond(${status}, ${answerObject(s, r)});`;
  if (wrapped) {
    decls.push(
      "function asBadRequest(fn: (req: Req, ctx: Ctx) => Promise<Res>) {\n  return async (req: Req, ctx: Ctx): Promise<Res> => {\n    try {\n      return await fn(req, ctx);\n    } catch (e) {\n      if (e instanceof HttpError) throw e;\n      throw new HttpError(400, e instanceof Error ? e.message : \"bad request\");\n    }\n  };\n}",
    );
    features.add("higher-order handle wrapper");
  }
  return {
    seed,
    declarations: [SHAPES, ...decls],
    statements,
    tail: body,
    form: wrapped ? "map" : "handle",
    hook: wrapped ? { head: "async function handler(req: Req, ctx: Ctx): Promise<Res> {", foot: "}", entry: "{ handle: asBadRequest(handler) }" } : undefined,
    request,
    context,
    upstream,
    features: [...features],
  };
}

const indent = (text: string, by: string) => text.replace(/^(?=.)/gm, by);

/** The program as a conformance case (the shape of test/conformance/cases). */
export function toSnippet(p: AuthorProgram): Snippet {
  const body = [...p.statements, p.tail].join("\n");
  const common = { construct: "generated author programs", name: `author program ${p.seed}`, request: p.request, upstream: p.upstream, context: p.context };
  if (p.form === "handle") return { ...common, form: "handle", declarations: p.declarations.join("\n"), code: body };
  const hook = p.hook!;
  return { ...common, form: "map", declarations: [...p.declarations, `${hook.head}\n${indent(body, "    ")}\n${hook.foot}`].join("\n"), code: hook.entry };
}

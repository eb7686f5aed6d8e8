// Programs for semantics.test.ts: each exports main(), whose JSON result node and .NET must agree on.
import type { Program } from "../support/parity";

const p = (name: string, source: string): Program => ({ name, source });

export const programs: Program[] = [
  // --- functions and closures -----------------------------------------------------------------
  p("arrow functions as values, closures see later writes", `
export function main(): Json {
  let count = 0;
  const add = (n: number) => { count += n; return count; };
  const twice = (f: (x: number) => number, x: number) => f(f(x));
  add(2);
  const seen = count;
  count = 10;
  return [seen, add(1), twice((x) => x * 3, 2), count];
}`),
  p("recursive const arrow and local function", `
export function main(): Json {
  const fact = (n: number): number => (n <= 1 ? 1 : n * fact(n - 1));
  function fib(n: number): number { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
  return [fact(10), fib(15)];
}`),
  p("function values passed to user functions, returned from them", `
function makeAdder(n: number): (x: number) => number { return (x) => x + n; }
function apply(f: (s: string) => string, g: (s: string) => string, s: string): string {
  return g(f(s));
}
function shout(s: string): string { return s + s; }
export function main(): Json {
  const add5 = makeAdder(5);
  return [add5(1), makeAdder(2)(3), apply(shout, (s) => s + "!", "hi")];
}`),
  p("optional callback parameter and default parameters", `
function run(x: number, cb?: (n: number) => number, scale = 2, label: string = "v"): string {
  const v = cb ? cb(x) : x;
  return label + (v * scale);
}
export function main(): Json {
  return [run(1), run(1, (n) => n + 1), run(1, undefined, 10), run(2, (n) => n, undefined, "w")];
}`),
  p("async arrows and await in loops and try", `
async function delay(v: number): Promise<number> { return v; }
export async function main(): Promise<Json> {
  const double = async (n: number): Promise<number> => (await delay(n)) * 2;
  let total = 0;
  for (let i = 0; i < 3; i++) total += await double(i);
  let caught = "";
  try {
    await delay(1);
    throw new Error("boom " + total);
  } catch (e) {
    if (e instanceof Error) caught = e.message;
  } finally {
    total += await delay(100);
  }
  let n = 0;
  while (n < 3) { n += await delay(1); }
  return [total, caught, n];
}`),
  p("rest parameters and spread arguments", `
function sum(label: string, ...xs: number[]): string {
  let s = 0;
  for (const x of xs) s += x;
  return label + s + ":" + xs.length;
}
export function main(): Json {
  const more = [4, 5];
  return [sum("a"), sum("b", 1), sum("c", 1, 2, 3), sum("d", ...more), sum("e", 1, ...more, 6)];
}`),

  // --- loops ------------------------------------------------------------------------------------
  p("for with let captured by closures gets a copy per iteration", `
export function main(): Json {
  const none = () => -1;
  let f0 = none, f1 = none, f2 = none;
  for (let i = 0; i < 3; i++) {
    const f = () => i;
    if (i === 0) f0 = f;
    else if (i === 1) f1 = f;
    else f2 = f;
  }
  let g0 = none, g1 = none;
  for (let i = 0, j = 10; i < 6; i++, j--) {
    if (i % 2 === 0) continue;
    if (i === 1) g0 = () => i * 100 + j;
    else g1 = () => i * 100 + j;
    i++;
  }
  let h = none;
  for (let k = 0; k < 3; k++) {
    h = () => k;
    k += 0;
  }
  let plain = 0;
  for (let m = 0; m < 4; m++) plain += m;
  return [f0(), f1(), f2(), g0(), g1(), h(), plain];
}`),
  p("for, while, do-while, break and continue", `
export function main(): Json {
  const out: Json[] = [];
  for (let i = 0; i < 10; i++) {
    if (i === 2) continue;
    if (i === 5) break;
    push(out, i);
  }
  let k = 0;
  do { k++; } while (k < 0);
  let w = 10;
  while (true) { w -= 3; if (w < 0) break; }
  let e = 0;
  for (;;) { e++; if (e > 4) break; }
  push(out, k); push(out, w); push(out, e);
  return out;
}`),
  p("for…of over arrays, strings by code point, Object.keys-like arrays", `
export function main(): Json {
  const out: string[] = [];
  for (const ch of "a😀b") push(out, ch);
  const items = [{ id: 1 }, { id: 2 }];
  for (const item of items) push(out, "id" + item.id);
  let x = "";
  for (x of ["p", "q"]) push(out, x);
  return out;
}`),
  p("for…of with destructuring heads", `
export function main(): Json {
  const pairs: Array<[string, number]> = [["a", 1], ["b", 2]];
  const out: Json[] = [];
  for (const [k, v] of pairs) push(out, k + v);
  const people = [{ name: "x", tags: ["t1"] }, { name: "y", tags: [] as string[] }];
  for (const { name, tags: [first = "none"] } of people) push(out, name + ":" + first);
  return out;
}`),

  // --- switch -----------------------------------------------------------------------------------
  p("switch on strings with fall-through and default in the middle", `
function kind(s: string): string {
  let out = "";
  switch (s) {
    case "a":
      out += "A";
    case "b":
      out += "B";
      break;
    default:
      out += "D";
    case "c":
      out += "C";
      break;
    case "e":
    case "f":
      return "EF";
  }
  return out;
}
export function main(): Json {
  const out: string[] = [];
  for (const s of ["a", "b", "c", "d", "e", "f"]) push(out, kind(s));
  return out;
}`),
  p("switch on numbers and JSON, strict equality, break inside loop", `
function num(n: number): string {
  switch (n) {
    case 1: return "one";
    case 2:
    case 3: { const x = n * 10; return "small" + x; }
    default: return "other";
  }
}
function js(v: Json): string {
  switch (v) {
    case 1: return "number 1";
    case "1": return "string 1";
    case null: return "null";
    case true: return "true";
  }
  return "none";
}
export function main(): Json {
  const out: Json[] = [num(1), num(3), num(7), js(1), js("1"), js(null), js(true), js(false)];
  for (let i = 0; i < 5; i++) {
    switch (i % 3) {
      case 0: continue;
      case 1: push(out, "one" + i); break;
      default: push(out, "d" + i);
    }
    push(out, "after" + i);
  }
  return out;
}`),

  // --- try / catch ------------------------------------------------------------------------------
  p("try/catch/finally, HttpError narrowing, rethrow, catch without binding", `
function risky(n: number): number {
  if (n === 1) throw new HttpError(404, "missing");
  if (n === 2) throw new Error("plain");
  return n;
}
export function main(): Json {
  const out: Json[] = [];
  for (const n of [0, 1, 2]) {
    try {
      push(out, risky(n));
    } catch (e) {
      if (e instanceof HttpError) push(out, "http " + e.status + " " + e.message);
      else if (e instanceof Error) push(out, "error " + e.message);
    } finally {
      push(out, "finally" + n);
    }
  }
  try { risky(2); } catch { push(out, "no binding"); }
  try {
    try { risky(1); } catch (e) { throw e; }
  } catch (e) {
    push(out, e instanceof HttpError ? "rethrown " + e.status : "other");
  }
  try { risky(1); } catch (e) { push(out, \`\${e}\`); }
  try { risky(2); } catch (e) { push(out, \`\${e}\`); }
  try {
    const o: Json = null;
    push(out, (o as { a: number } | null)!.a);
  } catch (e) {
    push(out, e instanceof Error ? e.message : "?");
  }
  return out;
}`),
  p("an uncaught error inside a helper reaches main's caller", `
export function main(): Json {
  const data: { a?: { b: { c: number } } } = { a: undefined };
  return data.a!.b.c;
}`),

  // --- optional chains and logical assignment ----------------------------------------------------
  p("optional chains short-circuit the whole chain", `
interface Node { next?: Node; value: number; name?: string }
export function main(): Json {
  const a = opaque<Node | undefined>({ value: 1, next: { value: 2 } });
  const none = opaque<Node | undefined>(undefined);
  const out: Json[] = [a?.value ?? 0, none?.value ?? "nothing", a?.next?.next?.value ?? "deep", none?.next!.value ?? "short", a?.name?.length ?? -1];
  try {
    const b = opaque<{ inner?: { x: number } } | undefined>({});
    push(out, b?.inner!.x ?? "unreached");
  } catch (e) {
    push(out, e instanceof Error ? e.message : "");
  }
  const pick = (f?: (n: number) => number) => f;
  const f = pick((n) => n + 1);
  const g = pick();
  push(out, f?.(1) ?? "nf");
  push(out, g?.(1) ?? "ng");
  const j = opaque<Json>({ a: [{ b: "x" }] });
  const k = opaque<{ a?: Array<{ b: string }> } | null>(null);
  push(out, (j as { a: Array<{ b: string }> })?.a[0]?.b ?? "none");
  push(out, k?.a?.[0].b ?? "null base");
  return out;
}`),
  p("??, ||, && return operands; ??=, ||=, &&= assign only when needed", `
export function main(): Json {
  let a = opaque<string | undefined>(undefined);
  a ??= "set";
  a ??= "again";
  let n = opaque<number>(0);
  n ||= 5;
  let m = opaque<number>(3);
  m &&= 7;
  const o = opaque<{ x?: number; y: number; z: string; list?: number[] }>({ y: 0, z: "" });
  o.x ??= 1;
  o.y ||= 2;
  o.z &&= "no";
  push(o.list ??= [], 4);
  const zero = opaque<number>(0);
  const empty = opaque<string>("");
  const nil = opaque<number | null>(null);
  const j = opaque<Json>({ k: 0 });
  const r1 = zero || "zero";
  const r2 = empty ?? "empty";
  const r3 = nil ?? 0;
  const r4 = (j as { k: number }).k && "yes";
  const r5 = empty || nil || "last";
  const r6 = opaque<string>("first") && zero;
  return [a ?? null, n, m, o, r1, r2, r3, r4, r5, r6];
}`),
  // --- destructuring and spread ------------------------------------------------------------------
  p("object and array destructuring with defaults, rest, nesting", `
export function main(): Json {
  const src = { a: 1, b: { c: "x", d: [1, 2, 3] }, e: null as number | null, f: undefined as number | undefined };
  const { a, b: { c, d: [first, ...others] }, e = 5, f = 6, ...rest } = src;
  const [p, , q = 9, ...tail] = opaque<number[]>([10, 20]).length > 5 ? [1] : [10, 20, 30, 40, 50];
  const [r = 7, s2 = 8] = opaque<number[]>([1]);
  const { ["a"]: renamed } = src;
  let x = 1, y = 2;
  [x, y] = [y, x];
  return [a, c, first, others, e, f, rest, p, q, tail, renamed, x, y, r, s2];
}`),
  p("destructuring parameters and errors from undefined", `
function area({ w, h = 2 }: { w: number; h?: number }): number { return w * h; }
function head([x, y]: [number, number?]): number { return x + (y ?? 0); }
export function main(): Json {
  const out: Json[] = [area({ w: 3 }), area({ w: 3, h: 4 }), head([5]), head([5, 6])];
  const holder: { v?: { a: number } } = {};
  try { const { a } = holder.v!; push(out, a); } catch (e) { push(out, e instanceof Error ? e.message : ""); }
  try { const [z] = holder.v as unknown as number[]; push(out, z); } catch (e) { push(out, e instanceof Error ? e.message : ""); }
  try { area(undefined as unknown as { w: number }); } catch (e) { push(out, e instanceof Error ? e.message : ""); }
  const missing = opaque<number[] | undefined>(undefined);
  try { const [m] = missing!; push(out, m); } catch (e) { push(out, e instanceof Error ? e.message : ""); }
  try { for (const m of holder.v as unknown as number[]) push(out, m); } catch (e) { push(out, e instanceof Error ? e.message : ""); }
  try { push(out, [...missing!]); } catch (e) { push(out, e instanceof Error ? e.message : ""); }
  const make = () => missing;
  try { const [m] = make()!; push(out, m); } catch (e) { push(out, e instanceof Error ? e.message : ""); }
  try { let m = 0; [m] = missing!; push(out, m); } catch (e) { push(out, e instanceof Error ? e.message : ""); }
  return out;
}`),
  p("spread in object and array literals: order, later keys win", `
export function main(): Json {
  const base = { a: 1, b: 2, "2": "two", "1": "one" };
  const over = { ...base, b: 3, c: 4 };
  const under = { z: 0, ...base };
  const removed: Json = { ...base, a: opaque<Json>(undefined as unknown as Json) };
  const fromArray = { ...["x", "y"] };
  const arr = [0, ...[1, 2], 3, ..."hé"];
  const none = { ...opaque<object | null>(null), ...opaque<object | undefined>(undefined), z: 1 };
  return [over, under, removed, fromArray, arr, none];
}`),

  // --- operators -------------------------------------------------------------------------------
  p("typeof, in, delete", `
export function main(): Json {
  const values: Json[] = [1, "s", true, null, [1], { a: 1 }];
  const out: Json[] = [];
  for (const v of values) push(out, typeof v);
  const maybe: string | undefined = undefined;
  const f = (x: number) => x;
  push(out, typeof maybe); push(out, typeof f); push(out, typeof 1); push(out, typeof "x");
  const o: { a?: number; b: number } = { a: 1, b: 2 };
  push(out, "a" in o); push(out, "c" in o);
  delete o.a;
  push(out, "a" in o); push(out, o);
  const arr: Json = [1, 2, 3];
  push(out, 1 in (arr as object)); push(out, 5 in (arr as object)); push(out, "length" in (arr as object));
  const dict: Record<string, number> = { x: 1, y: 2 };
  const key = "y";
  delete dict[key];
  push(out, dict);
  try { push(out, "a" in (null as unknown as object)); } catch (e) { push(out, e instanceof Error ? e.message : ""); }
  return out;
}`),
  p("compound assignment and ++/-- on variables, properties and elements", `
export function main(): Json {
  let s = "a";
  s += 1;
  s += true;
  let n = 10;
  n -= 3; n *= 2; n /= 4; n %= 2; n **= 3;
  const o = { count: 1, name: "x", list: [1, 2] };
  o.count += 5;
  o.name += "y" + 2;
  o.list[0] *= 10;
  const k = "count";
  o[k] -= 1;
  const post = o.count++;
  const pre = ++o.count;
  o.list[1]--;
  let i = 0;
  const a = i++;
  const b = ++i;
  const c = i--;
  return [s, n, o, post, pre, a, b, c, i];
}`),
  p("exponent, unary plus, bitwise operators", `
export function main(): Json {
  const nan = NaN;
  const pow = [2 ** 10, nan ** 0, 1 ** nan, (-1) ** Infinity, 2 ** -1, (-8) ** (1 / 3), 10 ** 21];
  const strings = ["", " 12 ", "0x1A", "1e3", "Infinity", "-Infinity", "abc", "0b11", "0o17", "-0x1A", ".5", "5.", ".", "1e", "\\u00a012\\ufeff", "+5", "12px", "1_000"];
  const plus: number[] = [];
  for (const s of strings) push(plus, +s);
  const t = true;
  const j: Json = [5];
  const bits = [5 & 3, 5 | 3, 5 ^ 3, ~5, 1 << 31, -16 >> 2, -16 >>> 2, 2 ** 32 + 5 | 0, 3.7 | 0, -3.7 | 0, nan | 0, 1 << 33, +t, +j];
  let x = 6;
  x &= 3; x |= 8; x <<= 2; x >>>= 1;
  return [pow, plus, bits, x];
}`),
  p("string concatenation and comparison semantics", `
export function main(): Json {
  const n: number | null = null;
  const u: number | undefined = undefined;
  return ["a" + 1.5, "a" + 0.1 * 3, "x" + n, "y" + u, 1 + 2 + "3", "3" + 1 + 2, "b" > "a", "B" < "a", 1e21 + "", -0 + "", 0.000001 + "", 1e-7 + ""];
}`),
  p("closures in for…of and while bodies, conditional function values, optional calls as statements", `
export function main(): Json {
  const none = () => "";
  let a = none, b = none;
  for (const name of ["x", "y"]) {
    const upper = name + "!";
    if (name === "x") a = () => upper;
    else b = () => upper;
  }
  let w = 0;
  let c = none;
  while (w < 2) {
    const seen = w;
    if (w === 0) c = () => "w" + seen;
    w++;
  }
  const flag = opaque<boolean>(true);
  const pickOne: ((s: string) => string) | undefined = flag ? (s) => s + "1" : undefined;
  const pickTwo: ((s: string) => string) | undefined = !flag ? (s) => s + "2" : undefined;
  let calls = 0;
  const count: (() => void) | undefined = flag ? () => { calls++; } : undefined;
  count?.();
  count?.();
  return [a(), b(), c(), pickOne?.("p") ?? "none", pickTwo?.("p") ?? "none", calls];
}`),
  p("switch on JSON with default first and numbers with duplicates", `
function which(v: Json): string {
  let out = "";
  switch (v) {
    default:
      out += "d";
    case "a":
      out += "a";
      break;
    case 2:
      out += "two";
  }
  return out;
}
function dup(n: number): string {
  switch (n) {
    case 1: return "first";
    case 1: return "second";
    default: return "none";
  }
}
export function main(): Json {
  return [which("a"), which(2), which(null), which("z"), dup(1), dup(2)];
}`),
  p("nested functions, hoisting and capture of parameters", `
function outer(base: number): number {
  const r = inner(2);
  function inner(k: number): number { return base * k + helper(); }
  function helper(): number { return base; }
  base = base + 1;
  return r + inner(1);
}
export function main(): Json {
  return [outer(10)];
}`),
];

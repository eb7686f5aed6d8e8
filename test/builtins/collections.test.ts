// Array and Object built-ins, run on node and on .NET: callbacks, stable sort, SameValueZero,
// JS's key order, mutation in place.
import { parity } from "../support/parity";

const DECLS = `
interface Item { k: number; i: number; }
function people(): { name: string; age: number; tags: string[] }[] {
  return [{ name: "b", age: 30, tags: ["x"] }, { name: "a", age: 25, tags: [] }, { name: "c", age: 30, tags: ["y", "z"] }];
}
function sq(n: number): number { return n * n; }
function isEven(n: number, i: number): boolean { return n % 2 === 0; }
`;

parity("Array and Object built-ins", [
  {
    name: "callbacks: map, filter, reduce, find, some, every, forEach",
    declarations: DECLS,
    exprs: ["[1, 2, 3].map((n) => n * 2)", "[1, 2, 3].map((n, i) => n * i)", "[1, 2, 3].map(sq)", "[1, 2, 3, 4].filter((n) => n % 2 === 0)", "[1, 2, 3, 4].filter(isEven)", "[0, 1, \"\", \"a\", null].filter(Boolean)",
      "[1, 2, 3].reduce((a, b) => a + b, 0)", "[1, 2, 3].reduce((a, b) => a + b)", '[1, 2, 3].reduce((acc, n) => acc + n, "")', '["a", "b"].reduceRight((acc, s) => acc + s, "")', "([] as number[]).reduce((a, b) => a + b)", "[5].reduce((a, b) => a + b)",
      "[5, 12, 8].find((n) => n > 6)", "[5, 12, 8].find((n) => n > 60)", "[5, 12, 8].findIndex((n) => n > 6)", "[5, 12, 8].findIndex((n) => n > 60)",
      "[1, 2].some((n) => n > 1)", "[1, 2].every((n) => n > 1)", "([] as number[]).every((n) => n > 1)", "([] as number[]).some((n) => n > 1)",
      "people().filter((p) => p.age > 26).map((p) => p.name)", "people().map((p) => p.tags.length)", "people().find((p) => p.name === \"c\")?.age ?? -1", "people().filter((p) => p.tags.length)",
      "(() => { const out: string[] = []; [\"a\", \"b\"].forEach((s, i) => out.push(s + i)); return out; })()", '[1, 2, 3].map(String)', '["1", "2.5", "x"].map(Number)', '["a b", "c"].flatMap((s) => s.split(" "))', "[[1], [2, 3]].flatMap((a) => a)"],
  },
  {
    name: "search and join",
    exprs: ["[1, 2, 3].indexOf(2)", "[1, 2, 3].indexOf(4)", "[1, 2, 1].lastIndexOf(1)", "[1, 2, 1].indexOf(1, 1)", "[1, 2, 1].indexOf(1, -1)", "[1, 2, 1].lastIndexOf(1, -2)", "[0 / 0].indexOf(0 / 0)", "[0 / 0].includes(0 / 0)", "[-0].includes(0)", '["a", "b"].includes("B")', "[1, 2, 3].includes(1, 1)",
      "[null, 1].indexOf(null)", "[1, 2, 3].join()", '[1, 2, 3].join("")', '[1.5, -0, 1e21].join(" ")', '[null, undefined, 1].join("-")', '[true, "x", [2, [3]]].join(";")', '([] as string[]).join(",")', "[1, [2, 3]].toString()", "[1, 2, 3].at(-1)", "[1, 2, 3].at(5)"],
  },
  {
    name: "copies: slice, concat, flat, from, of, isArray",
    exprs: ["[1, 2, 3].slice(-2)", "[1, 2, 3].slice(1, -1)", "[1, 2, 3].slice()", "[1, 2, 3].slice(5)", "[1, 2].concat([3, 4], [5])", "([1] as Json[]).concat(2, [[3]])", "[1, [2, [3, [4]]]].flat()", "[1, [2, [3, [4]]]].flat(2)", "[1, [2, [3, [4]]]].flat(1 / 0)", "[[1], [2]].flat(0)",
      "Array.isArray([1])", "Array.isArray({ length: 1 })", 'Array.isArray("a")', "Array.from({ length: 3 }, (_, i) => i * i)", 'Array.from("a😀")', "Array.from([1, 2], (x) => x * 10)", "Array.from({ length: 2 })", "Array.of(7, 8)", "Array.of()", "[...[1, 2].entries()]", "[...[\"a\", \"b\"].keys()]", "[...[3, 4].values()]"],
  },
  {
    name: "mutation: push, pop, shift, unshift, splice, fill, reverse",
    exprs: ["(() => { const a = [1]; const n = a.push(2, 3); return [n, a]; })()", "(() => { const a = [1]; const b = [2, 3]; a.push(...b); return a; })()",
      "(() => { const a = [1, 2, 3]; const last = a.pop(); const first = a.shift(); const none = ([] as number[]).pop(); return [last ?? -1, first ?? -1, a, none === undefined]; })()",
      "(() => { const a = [3]; const n = a.unshift(1, 2); return [n, a]; })()", '(() => { const a = ["a", "b", "c", "d"]; const removed = a.splice(1, 2, "X", "Y", "Z"); return [removed, a]; })()',
      "(() => { const a = [1, 2, 3, 4]; const removed = a.splice(-2); return [removed, a]; })()", "(() => { const a = [1, 2, 3]; const removed = a.splice(1, 0, 9); return [removed, a]; })()",
      "[1, 2, 3].fill(0, 1)", "[1, 2, 3].fill(7)", "[1, 2, 3, 4].fill(0, -3, -1)", "(() => { const a = [1, 2, 3]; a.reverse(); return a; })()", "(() => { const o = { k: 1 }; const a = [o, { k: 2 }]; a.reverse(); a[1].k = 5; return o.k; })()"],
  },
  {
    name: "sort",
    declarations: DECLS,
    exprs: ["[10, 9, 1, 100].sort()", '["b", "a", "C", "B"].sort()', "[10, 9, 1, 100].sort((a, b) => a - b)", "[10, 9, 1, 100].sort((a, b) => b - a)", '["é", "f", "e", "z"].sort()', '["😀", "\\uFFFF", "a"].sort()',
      "(() => { const a = [3, 1, 2]; const b = a.sort(); b.push(9); return a; })()", '(() => { const a = [{ n: "b" }, { n: "a" }, { n: "B" }]; a.sort((x, y) => (x.n < y.n ? -1 : x.n > y.n ? 1 : 0)); return a.map((x) => x.n); })()',
      "(() => { const a: Item[] = []; for (let i = 0; i < 40; i++) a.push({ k: (i * 7) % 3, i: i }); a.sort((x, y) => x.k - y.k); return a.map((e) => e.i); })()", "[0.3, 0.1, 0.2].sort((x, y) => x - y)", "[3, 1, 2].sort((a, b) => 0 / 0)",
      "[true, false, null, 2, \"10\"].sort()", "people().sort((a, b) => a.age - b.age).map((p) => p.name)"],
  },
  {
    name: "Object functions",
    exprs: ["Object.keys({ b: 1, a: 2 })", 'Object.keys({ b: 1, 10: 2, 2: 3, a: 4, "-1": 5 })', "Object.values({ b: 1, a: 2, 0: 3 })", "Object.entries({ x: 1, y: [2] })", 'Object.fromEntries([["a", 1], ["b", 2]])', 'Object.fromEntries([["1", "x"], ["0", "y"]])',
      "Object.assign({ a: 1 }, { b: 2 }, { a: 3 })", "Object.keys({})", "Object.keys([4, 5])", 'Object.keys("ab")', '(() => { const t: { [k: string]: Json } = { a: 1 }; const r = Object.assign(t, { b: 2 }); return [t, r === t]; })()',
      '(() => { const o: { [k: string]: Json } = { a: 1, n: null }; return [Object.hasOwn(o, "a"), Object.hasOwn(o, "n"), Object.hasOwn(o, "z")]; })()', "Object.is(0 / 0, 0 / 0)", "Object.is(0, -0)", 'Object.is("a", "a")',
      'Object.entries({ b: 1, 2: 2 }).map(([k, v]) => `${k}=${v}`).join("&")', "Object.keys(null as unknown as object)", "Object.freeze({ a: 1 })"],
  },
  {
    name: "usage patterns: optional chains, closures, spread, destructuring",
    declarations: DECLS + `
interface Body { items?: { id: number; name: string; tags?: string[] }[]; owner: { name: string } }
function body(): Body { return { items: [{ id: 2, name: " b " }, { id: 1, name: "a", tags: ["x"] }], owner: { name: "Ann" } }; }
function none(): Body { return { owner: { name: "" } }; }`,
    exprs: ["body().items?.map((x) => x.id) ?? []", "none().items?.map((x) => x.id) ?? []", "body().items?.length ?? -1", "none().items?.length ?? -1", "body().owner.name.toUpperCase()", "body().items?.[0].name.trim()",
      "(() => { let total = 0; body().items?.forEach((x) => { total += x.id; }); return total; })()", "(() => { const k = 10; return [1, 2].map((x) => [3, 4].map((y) => x * y + k)); })()", "body().items?.map((x) => ({ ...x, name: x.name.trim() }))",
      "(body().items ?? []).flatMap((x) => x.tags ?? [])", "Object.entries({ a: 1, b: 2 }).map(([k, v]) => ({ [k]: v * 2 }))", "(body().items ?? []).sort((a, b) => a.id - b.id).map(({ id, name }) => `${id}:${name.trim()}`)",
      '"k=v; a=b".split(";").map((p) => p.trim().split("=")).map(([k, v]) => k + v)', '"x-12-y".match(/(\\d+)/)?.[1] ?? "none"', "Math.max(...(body().items ?? []).map((x) => x.id))",
      '["b", "a"].reduce((acc: { [k: string]: number }, s, i) => ({ ...acc, [s]: i }), {})', "[3, 1, 2].slice().sort().reverse()"],
  },
]);

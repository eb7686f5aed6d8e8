// Disagreements and rejections found by the author-program fuzzer (test/fuzz, `npm run fuzz`), each
// cut down to the construct at fault. Each was a bug: it must agree on node and .NET from now on.

import type { Snippet } from "./snippet";

const JSON_HEADERS = { "Content-Type": "application/json" };
const ok = (body: unknown) => ({ status: 200, headers: JSON_HEADERS, body: JSON.stringify(body) as never });

function handles(construct: string, cases: Array<Omit<Snippet, "construct" | "form">>): Snippet[] {
  return cases.map((c) => ({ construct, form: "handle" as const, ...c }));
}

const ITEM = "type Item = { id: number; name: string; price?: number };";

/** Author code that catches what it tries and answers e.message: V8's texts must come out on .NET too. */
const ATTEMPT = `function attempt(f: () => unknown): string {
  try {
    return JSON.stringify(f()) ?? "undefined";
  } catch (e) {
    return e instanceof Error ? e.message : "?";
  }
}`;

/** One case per expression, each answered by `attempt` over the request body read as `T`. */
function attempts(construct: string, declarations: string, type: string, body: string, exprs: string[]): Snippet[] {
  return handles(
    construct,
    exprs.map((e) => ({ name: e, declarations: `${declarations}\n${ATTEMPT}`, code: `const o = await req.json<${type}>();\nreturn ctx.respond(200, { r: attempt(() => ${e}) });`, request: { body } })),
  );
}

const SHAPES = `type Tag = { id: string; label?: string };
type Owner = { name: string; email?: string; n?: number | null };
type Doc = { id: number; name: string; price?: number; tags: Tag[]; owner?: Owner | null; extra?: Record<string, string>; list?: number[]; cb?: string; items: number[] };
function apply(xs: number[], f?: (n: number) => number): number[] {
  return xs.map((x) => f!(x));
}`;
const DOC = '{"id":1,"name":"b,a","tags":[],"owner":null,"items":[1,2]}';

export const foundCases: Snippet[] = [
  // `!` and `as` check nothing: what they assert present may be absent, and JS goes on with undefined.
  ...attempts("Missing properties read as undefined", SHAPES, "Doc", DOC, [
    "o.price!.toFixed(2)",
    "(o.price as number).toFixed(1)",
    "o.cb!.trim()",
    "(o.cb as string).length",
    "o.cb!.length",
    "String(o.price!)",
    "o.price! + 1",
    "`${o.cb!}`",
    "o.cb! + 'x'",
    "[o.cb! < 'a', o.cb! >= 'a', o.price! < 1]",
  ]),
  ...attempts("Missing properties read as undefined", SHAPES, "Owner", '{"name":"b,a","n":null}', [
    "[o.n! < 1, o.n! >= 0, o.n! + 1, -o.n!]",
    "[String(o.n!), `${o.n!}`, o.n! === null, (o.n as number) * 2]",
    "o.n!.toFixed(1)",
  ]),
  ...handles("Missing properties read as undefined", [
    {
      // .NET answered null (NaN) where node left the property out: the function returned a read past the end.
      name: "a function declaration that returns a read past the end",
      declarations:
        'const NO_NUMBERS: number[] = [];\nfunction calc1(p0: string): number {\n  const v = NO_NUMBERS[2];\n  return v;\n}\nfunction pick(xs: string[], i: number): string {\n  if (i < 0) return "neg";\n  return xs[i];\n}\nfunction fact(n: number): number {\n  return n <= 1 ? 1 : n * fact(n - 1);\n}',
      code: 'const v5: number = calc1("a");\nconst s = pick(["a"], 3);\nreturn ctx.respond(200, { v5, s, t: typeof s, u: pick(["a"], 0).toUpperCase(), n: [1, 2].map((x) => calc1(String(x))), f: fact(5), g: [3].map(fact), h: ["x"].map(calc1), sum: calc1("") + 1 });',
    },
  ]),
  // A date part that is given but undefined is NaN (an Invalid Date), not a part left out.
  ...attempts("Date", SHAPES, "Doc", DOC, [
    "new Date(Date.UTC(2026, o.list?.[1] ?? o.items[5], 1)).toISOString()",
    "Date.UTC(2026, o.items[7])",
    "new Date(2026, o.items[3], 1).getTime()",
    "(() => { const d = new Date(Date.UTC(2026, 0, 15)); d.setUTCMonth(o.items[4]); return d.getTime(); })()",
    "(() => { const d = new Date(Date.UTC(2026, 0, 15)); d.setUTCFullYear(2025, o.items[1]); return d.toISOString(); })()",
  ]),
  // JS compares with undefined as NaN (always false) and with null as 0.
  ...attempts("Comparison", SHAPES, "Owner", '{"name":"b,a","n":null}', [
    "[JSON.stringify(o.name) < o.name, o.name.split(',')[4] > 'a', o.name.split(',')[4] <= 'a', o.name.split(',')[4] >= 'a', o.name.split(',')[0] < 'b']",
    "[JSON.stringify(undefined) < 'x', JSON.stringify([1]) >= '[0]', 'b' > JSON.stringify('a')]",
    "(() => { const parts = o.name.split(','); return parts.filter((p, i) => p < (parts[i + 1] ?? 'zz')); })()",
  ]),
  // A JArray holds no C# null: undefined in an array stays undefined when read back, JSON writes null.
  ...attempts("Arrays", SHAPES, "Tag[]", '[{"id":"a"}]', [
    "(() => { const a = [1, 2].map(() => o[4]); return [typeof a[0], a[0] === undefined, a[0] === null, a.includes(o[7]), a.indexOf(o[8]), a.join('-'), String(a), a.length]; })()",
    "(() => { const a = [o[3], o[0], o[5]]; return [a.filter((t) => t !== undefined).length, a.map((t) => t?.id ?? 'none'), a.some((t) => !t), a.find((t) => t === undefined) === undefined, a.findIndex((t) => t === undefined)]; })()",
    "(() => { const a = [3, undefined, 1, undefined, 2].map((x) => x); a.sort(); return a; })()",
    "(() => { const a: (number | undefined)[] = [3, undefined, 1]; a.sort((x, y) => (x ?? 0) - (y ?? 0)); return a; })()",
    "(() => { const a = o.map((t) => t.label); const out: string[] = []; for (const l of a) out.push(String(l)); return out; })()",
    "(() => { const a = [o[2]]; const [first] = a; return [first === undefined, { ...a }, Object.values(a).length, Object.keys({ ...a })]; })()",
    "(() => { const a: number[] = []; a[3] = 1; return [a[0] === undefined, typeof a[1], a.length, a]; })()",
    "(() => { const a = [1, 2, 3]; delete a[1]; return [a, a[1] === undefined, a.join()]; })()",
    "(() => { const a = [o[1], null]; return [a[0] ?? 'u', a[1] ?? 'n', a[0] == null, a[1] === null, a.filter(Boolean).length]; })()",
    "(() => { const a = [1, 2].map(() => o[4]); return a.reduce((acc, t) => acc + (t === undefined ? 'u' : 'd'), ''); })()",
    "(() => { const a = [1, 2].map(() => o[4]); const b = [...a, ...a]; return [b.length, b[3] === undefined, b.concat([o[6]]).length, b.slice(1).every((t) => t === undefined)]; })()",
    "(() => { const a = [1, 2].map(() => o[4]); return [a.pop() === undefined, a.shift() === undefined, a.at(0) === undefined]; })()",
    "(() => { const x = { xs: [o[4]] }; return [JSON.stringify(x), x.xs[0]?.id ?? 'none', x.xs.flat().length]; })()",
    "(() => { const a = [1, 2].map((n) => (n > 1 ? o[9] : { id: 'x' })); return a.map((t) => t!.id); })()",
    "[o[5]].map((t) => t.id)",
    "o.concat([o[3]])[1].id",
    "(() => { const e = Object.entries({ a: [o[3]] }); return [e, e[0][1]]; })()",
  ]),
  // What JS raises by itself, caught and answered: V8's message on both sides.
  ...attempts("try / catch / finally", SHAPES, "Doc", DOC, [
    "o.owner!.email!.toUpperCase()",
    "(o.owner as Owner).name",
    "o.list!.map((n) => n + 1)",
    "o.list!.length",
    "o.list![0]",
    "Object.keys(o.extra!)",
    "Object.entries(o.extra!)",
    "Object.values(o.owner!)",
    "[...o.list!]",
    "o.list!.reduce((a, b) => a + b)",
    "o.tags.reduce((a, b) => (a.id > b.id ? a : b)).id",
    "JSON.parse(o.name)",
    'JSON.parse("{bad")',
    'JSON.parse("")',
    'JSON.parse("[1,]")',
    'JSON.parse("{\\"a\\":1}x")',
    "o.extra!.k.length",
    "o.name.split(',')[3].trim()",
    "o.tags.find((t) => t.id === 'x')!.id",
    "o.name.match(/z/)![0]",
    "/z(\\d)/.exec(o.name)![1]",
    "apply([1, 2])",
    "apply([1, 2], (n) => n * 2)",
    "(() => { let s = 0; for (const n of o.list!) s += n; return s; })()",
    "(() => { const [a, b] = o.list!; return [a, b]; })()",
  ]),
  // JSON that is not the array its interface declares (an object): V8 names the method that is missing.
  ...attempts("try / catch / finally", SHAPES, "Doc", '{"id":1,"name":"x","tags":{"a":1},"items":{"a":1}}', [
    "o.items.map((n) => n + 1)",
    "o.items.filter((n) => n > 1).length",
    "o.tags.find((t) => t.id === 'a')",
    "o.items.includes(1)",
    "o.items.join('-')",
  ]),
  ...handles("Missing properties read as undefined", [
    {
      // .NET threw NullReferenceException (500); JS tests the text "undefined".
      name: "a regex tests a split part read past the end",
      code: 'const q = await req.json<{ q: string }>();\nconst third = q.q.split(",")[2];\nconst m = /(\\w+)/.exec(q.q.split(",")[5]);\nreturn ctx.respond(200, { letters: /^[a-z ]+$/i.test(third), group: m?.[1] ?? null });',
      request: { body: '{"q":"a,b"}' },
    },
    {
      // .NET said "Object reference not set to an instance of an object." (a C# null string).
      name: "a method of a split part read past the end throws V8's message",
      code: 'const b = await req.json<{ s: string }>();\ntry {\n  return ctx.respond(200, { has: b.s.split(",")[2].includes("x") });\n} catch (e) {\n  try {\n    return ctx.respond(200, { first: e instanceof Error ? e.message : "?", n: b.s.split(",")[3].length });\n  } catch (e2) {\n    return ctx.respond(200, { first: e instanceof Error ? e.message : "?", second: e2 instanceof Error ? e2.message : "?" });\n  }\n}',
      request: { body: '{"s":"a,b"}' },
    },
    {
      // .NET logged "" where node logs String(undefined).
      name: "a split part read past the end, logged",
      code: 'const b = await req.json<{ s: string }>();\nctx.log.warn(b.s.split(",")[2]);\nctx.log.info(b.s.split(",")[0]);\nreturn ctx.respond(200, {});',
      request: { body: '{"s":"a,b"}' },
    },
    {
      // Rejected with CSX2001 "new Date of a string": JSON.stringify may give undefined.
      name: "new Date of a string that may be undefined",
      code: 'const b = await req.json<{ tags: string[] }>();\ntry {\n  return ctx.respond(200, { t: new Date(JSON.stringify(b.tags)).getTime(), u: new Date(b.tags[3]).getTime() });\n} catch (e) {\n  return ctx.respond(200, { message: e instanceof Error ? e.message : "?" });\n}',
      request: { body: '{"tags":["2026-12-01"]}' },
    },
  ]),
  ...handles("Regular expressions", [
    {
      // Rejected with CSX3003 "'(…).find' cannot be called here": the union of a match and [].
      name: "array methods on a match result or an empty array",
      code: 'const b = await req.json<{ s: string }>();\nconst words = b.s.match(/[a-z]+/gi) ?? [];\nconst none = "123".match(/[a-z]+/g) ?? [];\nreturn ctx.respond(200, { first: words.find((w) => w.length > 2) ?? null, n: none.length, up: words.map((w) => w.toUpperCase()), joined: (b.s.match(/\\d/g) ?? []).join("+"), f: words.filter((w) => w < "m") });',
      request: { body: '{"s":"ab cde 4 fg 5 xyz"}' },
    },
  ]),
  ...handles("if / else", [
    {
      // Rejected with CSX2001 "using the result of a function that returns nothing": after both
      // checks TypeScript narrows `ok` to never, in code that never runs.
      name: "a flag narrowed away by two early returns, used after them",
      code: 'const res = await ctx.send(req);\nif (!res.ok) return ctx.respond(res.status, {});\nconst ok: boolean = res.ok;\nif (ok) return ctx.respond(200, { ok });\nreturn ctx.respond(500, { ok, n: [ok], s: String(ok) });',
      upstream: [ok({})],
    },
    {
      // Rejected with CSX2001: a property TypeScript narrowed to never is read only by code that never runs.
      name: "a property narrowed away by two early returns, used after them",
      code: 'const res = await ctx.send(req);\nif (!res.ok) return ctx.respond(res.status, {});\nif (res.ok) return ctx.respond(200, { ok: res.ok });\nreturn ctx.respond(500, { ok: res.ok, n: [res.ok], s: String(res.ok) });',
      upstream: [ok({})],
    },
    {
      // Seed 301003278: rejected with CSX2013 ("never … held as void"): `res.ok && true` after both
      // checks is never to TypeScript, in code that never runs.
      name: "a && and a || of a property narrowed away by two early throws",
      code: 'const res = await ctx.send(req);\nif (!res.ok) throw new HttpError(502, "no");\nif (res.ok) throw new HttpError(409, "yes");\nconst v: boolean = (res.ok && true);\nconst w: boolean = res.ok || false;\nreturn ctx.respond(201, { v, w });',
      upstream: [ok({})],
    },
    {
      // Rejected with CSX2001: the right side of `??` after a check is never evaluated (type never).
      name: "an asserted value TypeScript narrowed to never on the right of ??",
      declarations: `${ITEM}\nfunction nameOf(p: Item | undefined): string {\n  if (!p) throw new HttpError(404, "none");\n  return (p ?? p!).name + (p ?? (p as Item)).id;\n}`,
      code: 'const items = await req.json<Item[]>();\nreturn ctx.respond(200, { n: nameOf(items[0]) });',
      request: { body: '[{"id":1,"name":"a"}]' },
    },
    {
      name: "a union property narrowed away by two early returns, used after them",
      code: 'const p = await req.json<{ kind: "a" | "b" }>();\nif (p.kind === "a") return ctx.respond(200, { k: p.kind });\nif (p.kind === "b") return ctx.respond(201, { k: p.kind });\nreturn ctx.respond(500, { k: p.kind, n: [p.kind] });',
      request: { body: '{"kind":"b"}' },
    },
  ]),
  ...handles("Missing properties read as undefined", [
    {
      // Rejected with CSX2001: `<` of a string that may be undefined is JS's comparison (Js.Relate).
      name: "JSON.stringify's result compared with <",
      code: 'const b = await req.json<{ ids: number[]; q: string }>();\nreturn ctx.respond(200, { lt: JSON.stringify(b.ids) < b.q, gt: b.q.split(",")[4] > "a" });',
      request: { body: '{"ids":[1],"q":"x"}' },
    },
    {
      // .NET said "Object reference not set": an assertion checks nothing, the value stays maybe-absent.
      name: "a method of a missing optional property asserted with !",
      declarations: "type Owner = { name: string; email?: string };",
      code: 'const o = await req.json<Owner>();\ntry {\n  return ctx.respond(200, { up: o.email!.toUpperCase() });\n} catch (e) {\n  return ctx.respond(200, { message: e instanceof Error ? e.message : "?" });\n}',
      request: { body: '{"name":"a"}' },
    },
    {
      // .NET said "of null": a JArray holds undefined as a JValue of type Undefined, read back as undefined.
      name: "a property of an undefined element that map put into an array",
      declarations: ITEM,
      code: 'const items = await req.json<Item[]>();\ntry {\n  const names = [1, 2].map(() => items[4]).map((it) => it.name);\n  return ctx.respond(200, { names });\n} catch (e) {\n  return ctx.respond(200, { message: e instanceof Error ? e.message : "?" });\n}',
      request: { body: '[{"id":1,"name":"a"}]' },
    },
  ]),
  // Fuzz seeds 201001726, 202000647, 204001431, 205002266 (.NET: "Object reference not set"): a
  // string argument read past the end is String(undefined), "undefined", in JS.
  ...attempts("Missing properties read as undefined", SHAPES, "Owner", '{"name":"undefined,b"}', [
    "[o.name.includes(o.name.split(',')[2]), 'é'.includes(o.name.split(',')[3]), o.name.startsWith(o.name.split(',')[4]), 'xundefined'.endsWith(o.name.split(',')[5])]",
    "[o.name.indexOf(o.name.split(',')[2]), o.name.lastIndexOf(o.email!), o.name.replace(o.name.split(',')[6], '-'), o.name.includes(o.email as string)]",
    "(() => { const p = o.name.split(',')[9]; return [p === undefined, 'a'.startsWith(p), 'undefined'.includes(p)]; })()",
    "(() => { const p = o.name.split(',')[9]; return 'a'.padStart(3, p); })()",
    "(() => { const p = o.name.split(',')[9]; return o.name.split(p).length; })()",
  ]),
  // Fuzz seed 203003513 (.NET: "Object reference not set"): a const arrow function whose string
  // result is read past the end returns undefined, and a method of it throws V8's message.
  ...attempts("Arrow functions and closures", `${SHAPES}\nconst second = (p: Owner): string => p.name.split(",")[1];\nconst third = (p: Owner): string => {\n  const parts = p.name.split(",");\n  return parts[2];\n};`, "Owner", '{"name":"a"}', [
    "second(o).repeat(1)",
    "[second(o) === undefined, typeof third(o), second(o) ?? 'none', String(third(o)), `${second(o)}`]",
    "third(o).toUpperCase()",
    "second({ name: 'a,b' }).repeat(2)",
  ]),
  // Fuzz seed 205002136 (.NET: "Value cannot be null"): a string parameter given a read past the end.
  ...attempts("Arrow functions and closures", `${SHAPES}\nconst where = (want: string) => (t: Tag): boolean => want.search(/\\d/) > 0;\nfunction up(s: string): string {\n  return s.toUpperCase();\n}`, "Doc", '{"id":1,"name":"b,a","tags":[{"id":"t"}],"items":[]}', [
    "o.tags.filter(where(o.name.split(',')[4])).length",
    "up(o.name.split(',')[3])",
    "[up(o.name), o.tags.filter(where('a1')).length]",
  ]),
  // Fuzz seed 205005402: one branch of a conditional read past the end.
  ...attempts("Missing properties read as undefined", SHAPES, "Doc", DOC, [
    "(() => { const v: string = 'id' in o ? o.name.split(',')[5] : 'none'; return [v === undefined, typeof v, String(v), v ?? 'u']; })()",
    "(() => { const v: string = o.id > 5 ? 'none' : o.name.split(',')[5]; return v.includes('x'); })()",
    "(() => { const n: number = o.id > 5 ? 0 : o.items[7]; return [n === undefined, n ?? -1, n + 1, String(n)]; })()",
  ]),
  // Fuzz seeds 201003590, 202003964, 205001773 (key order) and 204004508 (Object.keys): a property
  // given undefined stays an own key in JS, where a later one of the same name takes its place.
  ...attempts("Object literals and properties", SHAPES, "Doc", DOC, [
    "(() => { const x = { ...{ ...o, name: o.cb }, name: 'b' }; return [Object.keys(x), x]; })()",
    "(() => { const x = { id: o.cb, label: 'x' }; return [Object.keys(x), 'id' in x, JSON.stringify(x), { ...x, id: 'y' }]; })()",
    "(() => { const x = { a: o.price, b: 1 }; const y = { ...x }; return [Object.keys(y), Object.values(y).length, Object.entries(y).length, y.a === undefined]; })()",
  ]),
  ...handles("if / else", [
    {
      // Rejected with CSX2001: after the throw TypeScript narrows `tags[0]` to never; it is still a Tag.
      name: "an element narrowed away by an early throw, used after it",
      declarations: "type Tag = { id: string; label?: string };",
      code: 'const tags = await req.json<Tag[]>();\nif (tags[0] !== undefined) throw new HttpError(422, "not empty");\nconst first: Tag | undefined = tags[0];\nreturn ctx.respond(200, { n: [first].length, s: JSON.stringify([first, tags[0]]) });',
      request: { body: "[]" },
    },
  ]),
  ...handles("if / else", [
    {
      // Fuzz seed 206001392 (CSX2001): TypeScript narrows `v` to Item by its initializer, then to
      // never by the early return; it is undefined there, and `?? null` answers null.
      name: "a variable narrowed away by an early return on !== undefined, used after it",
      declarations: ITEM,
      code: 'const items = await req.json<Item[]>();\nconst v: Item | undefined = items[3];\nif (v !== undefined) return ctx.respond(204, {});\nreturn ctx.respond(200, { v: v ?? null, n: [v].length, s: JSON.stringify({ v }) });',
      request: { body: '[{"id":1,"name":"a"}]' },
    },
  ]),
  // Undefined passed to a number parameter, returned by a const arrow, or added to a number.
  ...handles("Missing properties read as undefined", [
    {
      // Fuzz seed 201004484: JS passes undefined into a number parameter, where Number.isNaN says
      // false and returning it answers undefined; .NET held the parameter as a double (NaN).
      name: "a read past the end passed to a number parameter",
      declarations:
        'function same(n: number): number {\n  if (Number.isNaN(n)) throw new Error("not a number");\n  return n;\n}\nfunction describe(n: number, s: string, b: boolean): string {\n  return [n === undefined, typeof n, n + 1, String(n), Number.isFinite(n), isNaN(n), n ?? -1, s === undefined, typeof b, b ? "t" : "f", `${n}`].join("|");\n}\nconst twice = (n: number): number => n * 2;\nconst given = function (n: number) {\n  return n === undefined ? "u" : "d";\n};',
      code: 'const b = await req.json<{ ids: number[]; names: string[]; flags: boolean[] }>();\nreturn ctx.respond(200, { v: same(b.ids[1]), w: same(b.ids[0]), d: describe(b.ids[3], b.names[2], b.flags[1]), e: describe(1, "a", true), t: twice(b.ids[5]), g: [given(b.ids[4]), given(2)], u: [same(b.ids[2])], m: [1, 2].map(twice) });',
      request: { body: '{"ids":[1],"names":[],"flags":[]}' },
    },
    {
      // Fuzz seed 203002070 (.NET answered "NaN"): a const arrow function returns a number read past the end.
      name: "a const arrow function returns a number read past the end",
      declarations: "const NO_NUMBERS: number[] = [];\nconst third = (): number => NO_NUMBERS[3];\nconst fourth = function (n: number): number {\n  return NO_NUMBERS[n];\n};\nconst flag = (xs: boolean[]): boolean => xs[2];",
      code: 'const a = [third() === undefined, third() ?? -1, [1, 2].map(fourth), String(fourth(0)), third() + 1, flag([]) === undefined, flag([true]) ? 1 : 0, typeof flag([])];\ntry {\n  return ctx.respond(200, { a, v: third().toPrecision(5) });\n} catch (e) {\n  return ctx.respond(200, { a, m: e instanceof Error ? e.message : "?" });\n}',
    },
    {
      // Fuzz seed 205004852: undefined + a number is NaN, a number, in JS; TypeScript says string.
      name: "a string read past the end plus a number",
      code: 'const b = await req.json<{ q: string; n: number }>();\ntry {\n  return ctx.respond(200, { v: (b.q.split(",")[2] + b.n).endsWith("1") });\n} catch (e) {\n  return ctx.respond(200, { m: e instanceof Error ? e.message : "?" });\n}',
      request: { body: '{"q":"a","n":1}' },
    },
  ]),
  // Neighbours of fuzz seed 205004852: what the sum of a string that may be undefined is, used.
  ...attempts("Missing properties read as undefined", SHAPES, "Owner", '{"name":"a,b"}', [
    "(() => { const p = o.name.split(',')[2]; return [String(p + 1), `${p + 2}`, typeof (p + 1), JSON.stringify(p + 1), p + 1 === 'undefined1', p + 'x', p + true, p + p, 1 + p, [p + 1], { s: p + 1 }]; })()",
    "(() => { const p = o.name.split(',')[1]; return [p + 1, typeof (p + 1), (p + 1).endsWith('1'), (p + 2).length]; })()",
    "(() => { const p = o.name.split(',')[2]; return (p + 1).toUpperCase(); })()",
    "(() => { const p = o.name.split(',')[2]; const v = p + 1; const w = (p + 'x'); return [typeof v, v, String(v), `${v}`, v === 'NaN', w.length, [v]]; })()",
    "(() => { const p = o.name.split(',')[2]; const v = (p + 1); return v.startsWith('N'); })()",
    "(() => { const p = o.name.split(',')[2]; const q = o.name.split(',')[1]; const v = p + 1; return [(p + 1).length, (p + 1).length === undefined, v.length ?? -1, (q + 1).length, (p + 'x').length, String((p + 2).length)]; })()",
  ]),
  ...handles("Ctx", [
    {
      // Fuzz seeds 201005046, 202001640, 204001085: the .NET harness wrote a lone surrogate as U+FFFD.
      name: "half of an emoji, logged",
      code: 'const s = "😀 smile";\nctx.log.info(s.at(1)!);\nctx.log.warn(s.slice(0, 1) + "|" + s.charAt(1) + "|" + s.at(0));\nreturn ctx.respond(200, { n: s.at(1)!.length });',
    },
  ]),
  ...handles("Arrow functions and closures", [
    {
      // Rejected with CSX2001 "passing this function where a Func<JToken, double, bool> is expected".
      name: "a predicate made by a closure factory, passed to filter, find and some",
      declarations: `${ITEM}\nconst cheaperThan = (max: number) => (it: Item): boolean => (it.price ?? 0) < max;\nlet made = 0;\nfunction named(prefix: string) {\n  made++;\n  return (it: Item) => it.name.startsWith(prefix);\n}`,
      code: 'const items = await req.json<Item[]>();\nconst cheap = items.filter(cheaperThan(10));\nconst first = items.find(named("b"));\nreturn ctx.respond(200, { cheap: cheap.map((i) => i.id), first: first?.id ?? null, any: items.some(cheaperThan(1)), made });',
      request: { body: '[{"id":1,"name":"a","price":5},{"id":2,"name":"b"},{"id":3,"name":"bb","price":50}]' },
    },
  ]),
];

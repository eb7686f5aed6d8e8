// Disagreements and rejections found by the author-program fuzzer (test/fuzz, `npm run fuzz`), each
// cut down to the construct at fault. Each was a bug: it must agree on node and .NET from now on.

import type { Snippet } from "./snippet";

const JSON_HEADERS = { "Content-Type": "application/json" };
const ok = (body: unknown) => ({ status: 200, headers: JSON_HEADERS, body: JSON.stringify(body) as never });

function handles(construct: string, cases: Array<Omit<Snippet, "construct" | "form">>): Snippet[] {
  return cases.map((c) => ({ construct, form: "handle" as const, ...c }));
}

const ITEM = "type Item = { id: number; name: string; price?: number };";

export const foundCases: Snippet[] = [
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
  ]),
  ...handles("Missing properties read as undefined", [
    {
      pending: "a string that may be undefined (JSON.stringify's result, a read past the end) compared with < is rejected with CSX2001; JS compares undefined as NaN (false)",
      name: "JSON.stringify's result compared with <",
      code: 'const b = await req.json<{ ids: number[]; q: string }>();\nreturn ctx.respond(200, { lt: JSON.stringify(b.ids) < b.q, gt: b.q.split(",")[4] > "a" });',
      request: { body: '{"ids":[1],"q":"x"}' },
    },
    {
      pending: "a missing JSON string property behind `!` used as a method receiver is a C# NullReferenceException on .NET, not V8's TypeError",
      name: "a method of a missing optional property asserted with !",
      declarations: "type Owner = { name: string; email?: string };",
      code: 'const o = await req.json<Owner>();\ntry {\n  return ctx.respond(200, { up: o.email!.toUpperCase() });\n} catch (e) {\n  return ctx.respond(200, { message: e instanceof Error ? e.message : "?" });\n}',
      request: { body: '{"name":"a"}' },
    },
    {
      pending:
        "an element read past the end and put into an array by map is JSON null on .NET (a JArray holds no undefined), so reading a property of it says 'of null' where V8 says 'of undefined'",
      name: "a property of an undefined element that map put into an array",
      declarations: ITEM,
      code: 'const items = await req.json<Item[]>();\ntry {\n  const names = [1, 2].map(() => items[4]).map((it) => it.name);\n  return ctx.respond(200, { names });\n} catch (e) {\n  return ctx.respond(200, { message: e instanceof Error ? e.message : "?" });\n}',
      request: { body: '[{"id":1,"name":"a"}]' },
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

// Code written the way connector authors write it (issue 11): interfaces for JSON shapes, hooks over
// Req/Res, reads past the end of arrays, responses held in arrays and tuples, hook objects as values.

import { bodies, type Snippet } from "./snippet";

const JSON_HEADERS = { "Content-Type": "application/json" };
const ok = (body: unknown) => ({ status: 200, headers: JSON_HEADERS, body: JSON.stringify(body) as never });

function handles(construct: string, cases: Array<Omit<Snippet, "construct" | "form">>): Snippet[] {
  return cases.map((c) => ({ construct, form: "handle" as const, ...c }));
}

const COUNTRIES = `interface Country { id: string; name: string }\ninterface Item { name: string; countries: Country[] }`;
// An interface is not assignable to Json (it has no index signature); a value put whole into a response is typed with `type`.
const COUNTRY_TYPES = `type Country = { id: string; name: string };\ntype Item = { name: string; countries: Country[] };`;

export const authorCases: Snippet[] = [
  ...handles("Missing properties read as undefined", [
    {
      name: "the first element of an empty array of objects is undefined",
      declarations: COUNTRIES,
      code: 'const item = await req.json<Item>();\nconst top = item.countries[0];\nreturn ctx.respond(200, { top: top?.id ?? null, seen: top ? "y" : "n", none: top === undefined });',
      request: { body: '{"name":"a","countries":[]}' },
    },
    {
      name: "a missing optional object, read with ?. and ??",
      declarations: "interface User { name: string; address?: { city: string; zip?: number } }",
      code: 'const u = await req.json<User>();\nconst city = u.address?.city;\nconst zip = u.address?.zip ?? 0;\nreturn ctx.respond(200, { city: city ?? "unknown", zip, has: city !== undefined, up: u.address?.city.toUpperCase() ?? "-" });',
      request: { body: '{"name":"a"}' },
    },
    {
      name: "a read past the end passed to a helper, put in literals and returned",
      declarations: `${COUNTRY_TYPES}\nfunction label(c: Country | undefined): string {\n  return c ? c.name : "none";\n}\nfunction pick(list: Country[], i: number): Country {\n  return list[i];\n}`,
      code: 'const item = await req.json<Item>();\nconst second = pick(item.countries, 1);\nreturn ctx.respond(200, { label: label(second), obj: { second }, arr: [second, item.countries[5]], type: typeof second, eq: second === undefined });',
      request: { body: '{"name":"a","countries":[{"id":"fr","name":"France"}]}' },
    },
    {
      name: "the string or number of a missing element",
      declarations: COUNTRIES,
      code: 'const item = await req.json<Item>();\nconst ids = item.countries.map((c) => c.id);\nconst first = ids[0];\nconst n = [1, 2][3];\nreturn ctx.respond(200, { first: first ?? "none", sum: n + 1, text: `${first}`, both: [first, n], truthy: !!first });',
      request: { body: '{"name":"a","countries":[]}' },
    },
    {
      name: "indexing JSON with a key read from an array",
      code: 'const body = await req.json<Record<string, { v: number }>>();\nconst keys = Object.keys(body);\nconst first = body[keys[0]];\nconst missing = body[keys[9]];\nreturn ctx.respond(200, { first, missing: missing ?? null, v: first?.v });',
      request: { body: '{"a":{"v":1},"undefined":{"v":2}}' },
    },
    {
      name: "reading a property of undefined throws V8's message",
      declarations: COUNTRIES,
      code: 'const item = await req.json<Item>();\ntry {\n  const top = item.countries[0];\n  return ctx.respond(200, top.id);\n} catch (e) {\n  return ctx.respond(200, { message: e instanceof Error ? e.message : "?" });\n}',
      request: { body: '{"name":"a","countries":[]}' },
    },
    {
      name: "reading a property of null throws V8's message",
      declarations: "interface Box { inner: { x: number } | null }",
      code: 'const b = await req.json<Box>();\ntry {\n  return ctx.respond(200, b.inner!.x);\n} catch (e) {\n  return ctx.respond(200, { message: e instanceof Error ? e.message : "?" });\n}',
      request: { body: '{"inner":null}' },
    },
    {
      name: "a missing array property: length of undefined",
      declarations: COUNTRIES,
      code: 'const item = await req.json<Item>();\ntry {\n  return ctx.respond(200, item.countries.length);\n} catch (e) {\n  return ctx.respond(200, { message: e instanceof Error ? e.message : "?" });\n}',
      request: { body: '{"name":"a"}' },
    },
    {
      name: "a missing element of an array of arrays",
      code: 'const rows = await req.json<number[][]>();\nconst last = rows[rows.length];\nreturn ctx.respond(200, { last: last ?? [], n: last?.length ?? -1, first: last?.[0] });',
      request: { body: "[[1,2]]" },
    },
    {
      name: "undefined returned from a helper and a default parameter",
      declarations: `${COUNTRIES}\nfunction find(list: Country[], id: string): Country | undefined {\n  return list.find((c) => c.id === id);\n}\nfunction name(c: Country = { id: "?", name: "default" }): string {\n  return c.name;\n}`,
      code: 'const item = await req.json<Item>();\nreturn ctx.respond(200, { a: find(item.countries, "x")?.name ?? "no", b: name(item.countries[3]), c: name(find(item.countries, "fr")) });',
      request: { body: '{"name":"a","countries":[{"id":"fr","name":"France"}]}' },
    },
    {
      name: "length of JSON that is not the array its type says",
      code: 'const b = await req.json<{ tags: string[]; ids: number[]; none: number[] }>();\nreturn ctx.respond(200, { tags: b.tags.length, ids: b.ids.length > 0, sum: b.ids.length + 1 });',
      request: { body: '{"tags":"a,b","ids":{"x":1}}' },
    },
  ]),
  ...handles("JSON of different kinds in one place", [
    {
      name: "setForm and setMultipart with a variable",
      code: 'const fields: Record<string, string> = { grant_type: "client_credentials", scope: "a b" };\nreq.setForm(fields);\nawait ctx.send(req);\nconst parts = { title: "hello" };\nconst r2 = ctx.newRequest("POST", "https://api.example.com/upload");\nr2.setMultipart(parts);\nreturn await ctx.send(r2);',
      upstream: [ok({}), ok({})],
    },
    {
      name: "a conditional between null and an object, an array and an object",
      declarations: "type Entry = { id: string; at: number };\nfunction locate(list: Entry[], id: string) {\n  const at = list.findIndex((e) => e.id === id);\n  return at < 0 ? null : { id, at };\n}\nfunction shape(flag: boolean) {\n  return flag ? [] : {};\n}",
      code: 'const list = await req.json<Entry[]>();\nconst flag = list.length > 1;\nconst v = flag ? [] : {};\nconst mixed = flag ? 1 : "one";\nreturn ctx.respond(200, { a: locate(list, "b"), b: locate(list, "zz"), s: shape(flag), t: shape(!flag), v, mixed });',
      request: { body: '[{"id":"a","at":0},{"id":"b","at":1}]' },
    },
    {
      name: "??, || and && between kinds of JSON",
      declarations: "type Page = { items?: { id: number }[]; next: string | null; meta?: { total: number } }",
      code: 'const page = await req.json<Page>();\nconst items = page.items ?? [];\nconst next = page.next || { done: true };\nconst meta = page.meta && { total: page.meta.total };\nconst none = page.meta ?? null;\nconst other = (page.items?.length ?? 0) > 5 ? page.items ?? [] : page.meta ?? {};\nreturn ctx.respond(200, { items, next, meta: meta ?? false, none, other });',
      request: { body: '{"next":null,"meta":{"total":3}}' },
    },
    {
      name: "lambda results, defaults and destructuring defaults of different kinds",
      declarations: "type Row = { id: number; tags?: string[]; extra?: { k: string } | null };\nfunction describe(row: Row, fallback: Json = row.id > 1 ? [] : {}): Json {\n  return row.extra ?? fallback;\n}\nfunction scale(n: number | null = null): number | null {\n  return n === null ? null : n * 2;\n}",
      code: 'const rows = await req.json<Row[]>();\nconst shaped = rows.map((r) => (r.tags ? { id: r.id, tags: r.tags } : null));\nconst firsts = rows.map((r) => {\n  if (r.id > 1) return [r.id];\n  return r.tags?.[0] ?? { none: true };\n});\nconst [{ tags = [], extra = null } = {}] = rows;\nlet acc: Json = [];\nif (rows.length > 1) acc = {};\nreturn ctx.respond(200, { shaped, firsts, d: rows.map((r) => describe(r)), tags, extra, acc, s: [scale(), scale(2)] });',
      request: { body: '[{"id":1},{"id":2,"tags":["x"],"extra":{"k":"v"}}]' },
    },
    {
      name: "arrays that mix kinds of JSON",
      code: 'const b = await req.json<{ name: string; n: number }>();\nconst row = [b.name, b.n, null, { n: b.n }, [b.n], b.n > 1];\nconst nested = [[], {}, [row]];\nreturn ctx.respond(200, { row, nested, spread: [...row, ...nested] });',
      request: { body: '{"name":"x","n":2}' },
    },
  ]),
  ...bodies("JSON of different kinds in one place", [
    {
      name: "reduce, push, concat and compound assignment with different kinds",
      code: 'const rows = await req.json<{ k: string; v: number }[]>();\nconst byKey = rows.reduce((acc: Record<string, Json>, r) => {\n  acc[r.k] = r.v > 1 ? { v: r.v } : null;\n  return acc;\n}, {});\nconst flat = rows.reduce<Json[]>((acc, r) => acc.concat(r.v > 1 ? [r.v] : [{ k: r.k }]), []);\nconst out: Json[] = [];\nfor (const r of rows) out.push(r.v > 1 ? [r.k] : {});\nlet last: Json | undefined;\nlast ??= rows.length ? {} : [];\nlet pick: Json = null;\npick ||= rows.length > 5 ? [] : { few: true };\nconst entries = Object.fromEntries(rows.map((r) => [r.k, r.v > 1 ? [] : {}]));\nconst undef = rows.length > 9 ? rows[0] : undefined;\nreturn { byKey, flat, out, last, pick, entries, undef: undef ?? "none" };',
      request: { body: '[{"k":"a","v":1},{"k":"b","v":2}]' },
    },
  ]),
  ...handles("Responses and requests as values", [
    {
      name: "Promise.all over two sends, destructured",
      code: 'const a = ctx.newRequest("GET", "https://api.example.com/me");\nconst b = ctx.newRequest("GET", "https://api.example.com/list");\nconst [me, list] = await Promise.all([ctx.send(a), ctx.send(b)]);\nconst who = await me.json<{ name: string }>();\nconst items = await list.json<{ id: number }[]>();\nreturn ctx.respond(200, { who: who.name, ids: items.map((i) => i.id), statuses: [me.status, list.status] });',
      upstream: [ok({ name: "ann" }), ok([{ id: 1 }, { id: 2 }])],
    },
    {
      name: "Promise.all over a map of sends, then for-of, find, every, some, filter",
      declarations: 'const url = (id: number) => `https://api.example.com/items/${id}`;',
      code: 'const ids = [1, 2, 3];\nconst pages = await Promise.all(ids.map((id) => ctx.send(ctx.newRequest("GET", url(id)))));\nconst bodies: Json[] = [];\nfor (const r of pages) bodies.push(await r.json());\nconst failed = pages.find((r) => !r.ok);\nconst okCount = pages.filter((r) => r.ok).length;\nreturn ctx.respond(200, { bodies, all: pages.every((r) => r.ok), any: pages.some((r) => r.status === 404), failed: failed?.status ?? null, okCount, n: pages.length, first: pages[0].status, past: pages[7]?.status ?? "none" });',
      upstream: [ok({ n: 1 }), { status: 404, headers: JSON_HEADERS, body: '{"error":"gone"}' }, ok({ n: 3 })],
    },
    {
      name: "Promise.all over an array of promises held in a variable",
      code: 'const sends: Promise<Res>[] = [];\nfor (const p of ["a", "b"]) sends.push(ctx.send(ctx.newRequest("GET", `https://api.example.com/${p}`)));\nconst done = await Promise.all(sends);\nreturn ctx.respond(200, done.map((r) => r.status));',
      upstream: [ok({}), { status: 201, headers: JSON_HEADERS, body: "{}" }],
    },
    {
      name: "a helper returning a response and a flag, as an object and as a tuple",
      declarations: 'async function fetchWithFallback(ctx: Ctx, primary: string, backup: string): Promise<{ res: Res; fellBack: boolean }> {\n  const res = await ctx.send(ctx.newRequest("GET", primary));\n  if (res.ok) return { res, fellBack: false };\n  return { res: await ctx.send(ctx.newRequest("GET", backup)), fellBack: true };\n}\nasync function attempt(ctx: Ctx, url: string): Promise<[Res, boolean]> {\n  const res = await ctx.send(ctx.newRequest("GET", url));\n  return [res, res.status >= 500];\n}',
      code: 'const { res, fellBack } = await fetchWithFallback(ctx, "https://a.example.com/x", "https://b.example.com/x");\nconst [second, retry] = await attempt(ctx, "https://c.example.com/y");\nres.headers.set("X-Fell-Back", String(fellBack));\nres.headers.set("X-Retry", String(retry));\nres.headers.set("X-Second", String(second.status));\nreturn res;',
      upstream: [{ status: 503, headers: {}, body: null }, ok({ from: "backup" }), { status: 502, headers: {}, body: null }],
    },
    {
      name: "requests kept in an array and sent later; a response compared with itself",
      code: 'const queue: Req[] = [ctx.newRequest("DELETE", "https://api.example.com/a"), ctx.newRequest("DELETE", "https://api.example.com/b")];\nconst results: { url: string; status: number }[] = [];\nfor (const r of queue) {\n  const res = await ctx.send(r);\n  results.push({ url: r.url, status: res.status });\n}\nconst first = await ctx.send(queue[0]);\nconst held = [first];\nreturn ctx.respond(200, { results, same: held[0] === first, typeofRes: typeof held[0] });',
      upstream: [{ status: 204, headers: {}, body: null }, { status: 204, headers: {}, body: null }, ok({})],
    },
    {
      name: "reading a member of a response past the end throws V8's message",
      code: 'const pages = [await ctx.send(req)];\ntry {\n  return ctx.respond(200, pages[3].status);\n} catch (e) {\n  return ctx.respond(200, { message: e instanceof Error ? e.message : "?" });\n}',
      upstream: [ok({})],
    },
    {
      name: "generic helpers, rest destructuring, forEach and a conditional over responses",
      declarations: "function firstOf<T>(xs: T[]): T | undefined {\n  return xs[0];\n}\nfunction orNothing(res: Res, keep: boolean): Res | undefined {\n  return keep ? res : undefined;\n}",
      code: 'const all = await Promise.all(["a", "b", "c"].map((p) => ctx.send(ctx.newRequest("GET", `https://api.example.com/${p}`))));\nconst [head, ...rest] = all;\nconst statuses: number[] = [];\nrest.forEach((r) => statuses.push(r.status));\nconst first = firstOf(all);\nconst kept = orNothing(head, head.status > 200);\nreturn ctx.respond(200, { head: head.status, statuses, first: first?.status ?? null, kept: kept ? "kept" : "dropped", mapped: all.map((r) => r.ok), idx: all.indexOf(head), has: all.includes(rest[0]) });',
      upstream: [ok({}), { status: 202, headers: JSON_HEADERS, body: "{}" }, { status: 500, headers: JSON_HEADERS, body: "{}" }],
    },
  ]),
  ...maps("Hook objects as values", [
    {
      name: "a hook object in a const typed Transform, shared",
      declarations: 'const unwrap: Transform = {\n  async response(res) {\n    const b = await res.json<{ data: Json }>();\n    res.setJson(b.data);\n  },\n};\nexport const shared = { A: unwrap, B: unwrap };',
      code: "shared.B",
      upstream: [ok({ data: [1, 2] })],
    },
    {
      name: "a hook object with satisfies Transform, used directly",
      declarations: 'const tag = {\n  request(req: Req) {\n    req.headers.set("X-Tag", "t");\n  },\n  async response(res: Res, ctx: Ctx) {\n    res.headers.set("X-Op", ctx.operationId);\n  },\n} satisfies Transform;',
      code: "tag",
      upstream: [ok({})],
    },
    {
      name: "a hook object returned by a function that closes over its argument",
      declarations: 'const REPORTS_HOST = "https://reports.example.com";\nfunction routeTo(host: string): Transform {\n  return {\n    request(req) {\n      req.url = host + req.path;\n    },\n  };\n}',
      code: "routeTo(REPORTS_HOST)",
      request: { url: "https://api.example.com/v1/report?x=1" },
      upstream: [ok({})],
    },
    {
      name: "a handle from a higher-order wrapper",
      declarations: 'function asBadRequest(fn: (req: Req, ctx: Ctx) => Promise<Res>) {\n  return async (req: Req, ctx: Ctx): Promise<Res> => {\n    try {\n      return await fn(req, ctx);\n    } catch (e) {\n      throw new HttpError(400, e instanceof Error ? e.message : "bad request");\n    }\n  };\n}\nasync function getCard(req: Req, ctx: Ctx): Promise<Res> {\n  const b = await req.json<{ id: string }>();\n  return ctx.respond(200, { id: b.id.toUpperCase() });\n}',
      code: "{ handle: asBadRequest(getCard) }",
      request: { body: "{}" },
    },
    {
      name: "hooks chosen by a function: a sync handle, a function declaration, a const arrow",
      declarations: 'function fixed(status: number): Transform {\n  return { handle: (req: Req, ctx: Ctx) => ctx.respond(status, { fixed: true }) };\n}\nfunction stamp(req: Req) {\n  req.headers.set("X-Stamp", "1");\n}\nconst count = async (res: Res) => {\n  const items = await res.json<Json[]>();\n  res.setJson({ count: items.length });\n};\nconst pick = (flag: boolean): Transform => (flag ? fixed(201) : { request: stamp, response: count });',
      code: "pick(false)",
      upstream: [ok([1, 2, 3])],
    },
  ]),
];

function maps(construct: string, cases: Array<Omit<Snippet, "construct" | "form">>): Snippet[] {
  return cases.map((c) => ({ construct, form: "map" as const, ...c }));
}

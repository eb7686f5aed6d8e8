// The global URL and URLSearchParams (docs/language.md, "URL and URLSearchParams"): node's own
// classes on the node side, the WHATWG parser of src/runtime/cs/WhatwgUrl.cs on .NET. The author
// patterns first (add a parameter, prefix the path, page through a query), then each property and
// setter, then the corners of the parser (escapes, dot segments, hosts, ports).

import { bodies, exprs, type Snippet } from "./snippet";

const C = "URL and URLSearchParams";
const ok = (body: unknown) => ({ status: 200, headers: { "Content-Type": "application/json" }, body: body as never });
/** Every property of a URL, as one array to compare. */
const ALL = "[u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash]";
const parts = (url: string, base?: string): Omit<Snippet, "construct"> => ({
  name: `the parts of ${url}${base === undefined ? "" : ` against ${base}`}`,
  form: "body",
  code: `const u = new URL(${JSON.stringify(url)}${base === undefined ? "" : `, ${JSON.stringify(base)}`});\nreturn ${ALL};`,
});

export const urlCases: Snippet[] = [
  // The patterns of published scripts, whole.
  ...[
    {
      name: "add an api-version and a path prefix to the request",
      form: "handle" as const,
      code: 'const u = new URL(req.url);\nu.searchParams.set("api-version", "2024-01-01");\nu.pathname = "/v2" + u.pathname;\nreq.url = u.toString();\nreturn await ctx.send(req);',
      request: { url: "https://api.example.com/items?page=2&q=a+b" },
      upstream: [ok({})],
    },
    {
      name: "read the paging parameters of the incoming query",
      form: "handle" as const,
      code: 'const q = new URLSearchParams(req.url.split("?")[1] ?? "");\nconst page = Number(q.get("page") ?? "1");\nq.set("page", String(page + 1));\nreturn ctx.respond(200, { page, next: q.toString(), size: q.size });',
      request: { url: "https://api.example.com/items?page=3&filter=name%20eq%20%27x%27" },
    },
    {
      name: "a relative path against the API's base, sent",
      form: "handle" as const,
      code: 'req.url = new URL("/items?x=1", "https://api.example.com/v1/ignored").href;\nreturn await ctx.send(req);',
      upstream: [ok({})],
    },
    {
      name: "copy every query parameter into a JSON body",
      form: "handle" as const,
      code: 'const u = new URL(req.url);\nconst fields: { [name: string]: string } = {};\nfor (const [k, v] of u.searchParams) fields[k] = v;\nu.search = "";\nreq.url = u.href;\nreq.setJson(fields);\nreturn await ctx.send(req);',
      request: { url: "https://api.example.com/submit?name=J%C3%BCrgen&tags=a,b&empty=" },
      upstream: [ok({})],
    },
    {
      name: "drop the secrets from the query before logging the URL",
      form: "body" as const,
      code: 'const u = new URL(req.url);\nfor (const key of ["api_key", "token"]) u.searchParams.delete(key);\nreturn u.href;',
      request: { url: "https://api.example.com/x?api_key=s&a=1&token=t" },
      value: "https://api.example.com/x?a=1",
    },
  ].map((c) => ({ construct: C, ...c })),

  // Properties of parsed URLs.
  ...bodies(C, [
    parts("https://api.example.com/a/b?c=1#frag"),
    parts("HTTPS://User:Pa%20ss@API.Example.COM:8443/a%2Fb/./c/../d?q=1&q=2#x y"),
    parts("http://example.com:80/"),
    parts("https://example.com:443"),
    parts("http://example.com:0080/x"),
    parts("https://example.com"),
    parts("https://example.com/?"),
    parts("https://example.com/#"),
    parts("https://example.com/a b/{c}/é/`^|"),
    parts("https://example.com/?q=a b&x='\"<>`{}|é%7b"),
    parts("https://example.com/#a b\"<>`{}é"),
    parts("https:\\\\example.com\\a\\..\\b"),
    parts("http://example.com/a/%2e%2E/b/%2e/c/.."),
    parts("  https://example.com/a\tb\nc  "),
    parts("https://u@example.com/"),
    parts("https://:p@example.com/"),
    parts("https://a@b@example.com/"),
    parts("https://user name:pa:ss@example.com/"),
    parts("http://0x7f.1/"),
    parts("http://0300.0250.0.1/"),
    parts("http://3232235777/"),
    parts("http://192.168.0.1./"),
    parts("http://[::1]:8080/"),
    parts("http://[2001:DB8:0:0:1:0:0:1]/"),
    parts("http://[::ffff:192.168.0.1]/"),
    parts("http://[0:0:0:0:0:0:0:0]/"),
    parts("https://münchen.example/straße"),
    parts("https://EXAMPLE.%63om/"),
    parts("../c?d", "https://api.example.com/a/b/x?y#z"),
    parts("?only=query", "https://api.example.com/a/b?old#z"),
    parts("#only-hash", "https://api.example.com/a/b?q"),
    parts("//other.example/p", "https://api.example.com/a"),
    parts("", "https://api.example.com/a?b#c"),
    parts("https:relative", "https://api.example.com/a/b"),
  ]),

  // Setters, and searchParams kept in step with the URL.
  ...bodies(C, [
    { name: "set pathname, search and hash", code: 'const u = new URL("https://api.example.com/a?x=1#h");\nu.pathname = "b c/?d#e";\nu.search = "?q=a b#";\nu.hash = "new hash";\nreturn ' + ALL + ";" },
    { name: "clear search and hash", code: 'const u = new URL("https://api.example.com/a?x=1#h");\nu.search = "";\nu.hash = "";\nreturn [u.href, u.searchParams.toString(), u.search];' },
    { name: "set host, hostname and port", code: 'const u = new URL("https://api.example.com:8443/a");\nconst seen: string[] = [];\nu.port = "443";\nseen.push(u.href);\nu.host = "Other.Example:9000";\nseen.push(u.href);\nu.hostname = "third.example";\nseen.push(u.href);\nu.port = "";\nseen.push(u.href);\nu.port = "70000";\nseen.push(u.href);\nu.port = "81abc";\nseen.push(u.href);\nreturn seen;' },
    { name: "switch protocol between http and https", code: 'const u = new URL("http://api.example.com:443/a");\nu.protocol = "https";\nconst first = u.href;\nu.protocol = "HTTP:";\nreturn [first, u.href, u.port];' },
    { name: "set href", code: 'const u = new URL("https://a.example/x?y=1");\nconst p = u.searchParams;\nu.href = "https://b.example/z?k=v#f";\nreturn [u.href, p.get("k"), p.get("y"), u.searchParams.toString()];' },
    { name: "searchParams changes rewrite search and href", code: 'const u = new URL("https://api.example.com/a?b=1&c=x%20y#h");\nu.searchParams.append("d", "é & =");\nu.searchParams.sort();\nconst once = u.href;\nu.searchParams.delete("b");\nu.searchParams.delete("c");\nu.searchParams.delete("d");\nreturn [once, u.search, u.href];' },
    { name: "setting search refills searchParams", code: 'const u = new URL("https://api.example.com/a?b=1");\nconst p = u.searchParams;\nu.search = "x=1&x=2";\nreturn [p.getAll("x"), p.has("b"), p.size];' },
    { name: "a URL and URLSearchParams as text", code: 'const u = new URL("https://api.example.com/a?b=1");\nconst p = new URLSearchParams({ x: "1 2" });\nreturn [`${u}`, String(u), u + "#", `${p}`, String(p)];', value: ["https://api.example.com/a?b=1", "https://api.example.com/a?b=1", "https://api.example.com/a?b=1#", "x=1+2", "x=1+2"] },
    { name: "destructure a URL, pass it to a function", code: 'const host = (x: URL) => x.host;\nconst u = new URL("https://api.example.com:8443/a?b=1");\nconst { pathname, search } = u;\nreturn [pathname, search, host(u), Array.from(u.searchParams.keys())];', value: ["/a", "?b=1", "api.example.com:8443", ["b"]] },
    { name: "toString and toJSON", code: 'const u = new URL("https://api.example.com/a b");\nreturn [u.toString(), u.toJSON(), JSON.stringify({ u: u.href })];' },
  ]),

  // Errors.
  ...bodies(C, [
    { name: "text that is no URL throws Invalid URL", code: 'const out: string[] = [];\nfor (const s of ["", "api.example.com/a", "/relative", "https://", "https://exa mple.com/", "https://[::1/", "http://example.com:99999/", "https://a@/"]) {\n  try { out.push(new URL(s).href); } catch (e) { out.push((e as Error).message); }\n}\nreturn out;' },
    { name: "an undefined base is no base", code: 'const base: string | undefined = req.headers.get("x-none") ?? undefined;\ntry { return new URL("/a", base).href; } catch (e) { return (e as Error).message; }', value: "Invalid URL" },
    { name: "a bad base throws Invalid URL", code: 'try { return new URL("/a", "not a url").href; } catch (e) { return (e as Error).message; }', value: "Invalid URL" },
  ]),

  // URLSearchParams itself.
  ...bodies(C, [
    { name: "URLSearchParams from text, a record and pairs", code: 'const a = new URLSearchParams("?a=1&b=x+y%20z&a=2&flag&%E2%82%AC=%zz");\nconst b = new URLSearchParams({ q: "a b", "x[]": "1" });\nconst c = new URLSearchParams([["k", "1"], ["k", "2"]]);\nreturn [a.getAll("a"), a.get("b"), a.get("flag"), a.get("€"), a.get("none"), a.has("flag"), b.toString(), c.getAll("k"), new URLSearchParams().toString()];' },
    { name: "URLSearchParams set, append, delete, sort and size", code: 'const p = new URLSearchParams("t=1&a=0&t=2");\np.set("t", "z");\np.append("sym", "!\'()*~-._ é");\np.append("a", "-1");\np.delete("nothing");\np.sort();\nreturn [p.toString(), p.size];' },
    { name: "URLSearchParams keys, values, entries and forEach", code: 'const p = new URLSearchParams("b=2&a=1&b=3");\nconst seen: string[] = [];\np.forEach((value, name) => { seen.push(name + "=" + value); });\nconst entries: string[] = [];\nfor (const [k, v] of p.entries()) entries.push(k + ":" + v);\nreturn [[...p.keys()], [...p.values()], entries, seen];' },
    { name: "URLSearchParams of an undefined init is empty", code: 'const init: string | undefined = req.headers.get("x-none") ?? undefined;\nconst p = new URLSearchParams(init);\nreturn [p.toString(), p.size];', value: ["", 0] },
    { name: "a copy of URLSearchParams is apart from the original", code: 'const p = new URLSearchParams("a=1");\nconst q = new URLSearchParams(p);\nq.append("b", "2");\nreturn [p.toString(), q.toString()];', value: ["a=1", "a=1&b=2"] },
    { name: "for…of over URLSearchParams", code: 'const out: string[] = [];\nfor (const [name, value] of new URLSearchParams("x=1&y=%26")) out.push(name + value);\nreturn out;', value: ["x1", "y&"] },
  ]),

  ...exprs(C, [
    { code: 'new URL("https://api.example.com/a/../b/./c").pathname', value: "/b/c" },
    { code: 'new URL("/items", "https://api.example.com").href', value: "https://api.example.com/items" },
    { code: 'new URL("https://API.example.com:443/").origin', value: "https://api.example.com" },
    { code: 'new URL("https://example.com/?q=%7b&r=%7e").search', value: "?q=%7b&r=%7e" },
    { code: 'new URL("https://example.com/?a=1&a=2").searchParams.getAll("a")', value: ["1", "2"] },
  ]),
];

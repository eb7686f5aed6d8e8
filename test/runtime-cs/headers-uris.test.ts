// Headers and URLs byte for byte on both sides: generated header values, URLs and query strings (fast-check, fixed
// seeds) go through the node runtime and, through the product harness (test/support/parity.ts, one
// compile and one .NET run), through the C# runtime over real HttpRequestMessage/HttpResponseMessage
// objects: header values as the incoming request's or a backend's answer's headers, URLs as set on
// requests that are sent. Compared: the headers a transform reads (names, order, values:
// `headers.entries()`), the headers and URL the message carries out as .NET puts them on the wire
// (the harness's reading of each request sent), for values that arrive and for values a transform
// sets. src/runtime/dotnet-headers.ts and dotnet-uri.ts are what node does to
// agree; what they do not mirror is listed there and in docs/language.md.

import fc from "fast-check";
import { chunks, OK, parity, type Group, type InputGroup } from "../support/parity";
import { sample } from "./support/generators";

const ws = fc.constantFrom("", "", "", " ", "  ", "\t");
const token = fc.stringMatching(/^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,8}$/);
const word = fc.oneof(token, fc.constantFrom("json", "utf-8", "UTF-8", "text", "application", "gzip", "en-US", "*", "Bearer", "Basic"));
const quoted = fc.stringMatching(/^[ -~]{0,6}$/).map((s) => '"' + s.replace(/"/g, "\\\"") + '"');
const junk = fc.constantFrom(";", ",", "=", "/", '"', "(", ")", "\\", "é", "@", ":", "?", "{", "");
const qvalue = fc.constantFrom("0", "1", "0.5", "0.50", "0.125", "0.1234", "1.0", "1.000", ".5", "2", "0.", "01");

/** name=value parameters with random white space. */
const parameter = fc.tuple(ws, word, ws, fc.oneof(word, quoted, qvalue), ws).map(([a, n, b, v, c]) => `${a}${n}${b}=${b}${v}${c}`);
const mediaType = fc
  .tuple(word, ws, word, fc.array(parameter, { maxLength: 3 }), ws)
  .map(([t, w, s, ps, e]) => `${t}${w}/${w}${s}${ps.map((p) => ";" + p).join("")}${e}`);
const withQuality = fc.tuple(word, fc.option(fc.tuple(ws, fc.constantFrom("q", "Q"), ws, qvalue), { nil: undefined })).map(([w, q]) => (q ? `${w}${q[0]};${q[0]}${q[1]}=${q[2]}${q[3]}` : w));
const list = <T extends string>(item: fc.Arbitrary<T>) => fc.array(fc.tuple(item, fc.constantFrom(",", ", ", " ,", ",,", " , ")), { minLength: 1, maxLength: 4 }).map((xs) => xs.map(([v, s], i) => (i ? s : "") + v).join(""));
const product = fc.oneof(fc.tuple(token, fc.option(token)).map(([p, v]) => (v ? `${p}/${v}` : p)), fc.stringMatching(/^[ -'*-~]{0,6}$/).map((c) => `(${c})`));
const productList = fc.array(fc.tuple(product, fc.constantFrom(" ", "  ", "\t")), { minLength: 1, maxLength: 4 }).map((xs) => xs.map(([p, s]) => p + s).join("").trim());
const date = fc.tuple(fc.constantFrom("Mon", "Tue", "Sun"), fc.integer({ min: 0, max: 32 }), fc.constantFrom("Jan", "Feb", "Dec"), fc.integer({ min: 1999, max: 2030 }), fc.integer({ min: 0, max: 24 }), fc.integer({ min: 0, max: 60 }))
  .map(([d, day, mon, y, h, m]) => `${d}, ${day < 10 && day % 2 ? "0" : ""}${day} ${mon} ${y} ${h}:${String(m).padStart(2, "0")}:05 GMT`);
const auth = fc.tuple(word, fc.constantFrom(" ", "  ", "\t", ""), fc.stringMatching(/^[A-Za-z0-9+/=._~-]{0,12}$/), ws).map(([s, w, b, e]) => `${s}${w}${b}${e}`);

/** A near miss: a well-formed value with a piece of junk put somewhere. */
const nearMiss = (value: fc.Arbitrary<string>) =>
  fc.tuple(value, junk, fc.nat()).map(([v, j, at]) => {
    const i = at % (v.length + 1);
    return v.slice(0, i) + j + v.slice(i);
  });
const valueOf = (good: fc.Arbitrary<string>) => fc.oneof({ arbitrary: good, weight: 3 }, { arbitrary: nearMiss(good), weight: 2 });

const URL_PIECES = fc.constantFrom("a", "B", "%7e", "%7E", "%7b", "%7c", "%7d", "%3c", "%3e", "%5e", "%5c", "%22", "%60", "%0a", "%7f", "%5b", "%41", "%2f", "%2F", "%25", "%", "%zz", "%c3%a9", "%C3%A9", "é", " ", '"', "<", "{", "|", "^", "`", "'", "!", "*", "(", "+", "=", "&", ";", ":", "@", ".", "..", "/", "~", "%00", "%80", "%e2%82%ac", "\u00a0", "😀", "[", "]", "\\");
const urlPart = fc.array(URL_PIECES, { maxLength: 8 }).map((p) => p.join(""));

/** Not mirrored either: text between an IPv6 host's "]" and the port ("[::1]=:8080"), which .NET drops. */
const IPV6_JUNK = /^[^/]*\/\/[^/?#]*\][^:/?#]/;

/** URLs as authors write them into req.url: case, ports, dot segments, escapes in either case, raw characters. */
export const urls = fc
  .tuple(
    fc.constantFrom("https://", "http://", "HTTPS://", "Https://"),
    fc.constantFrom("api.example.com", "API.Example.COM", "h", "xn--bcher-kva.example", "bücher.example", "a_b.example", "1.2.3.4", "[::1]", "[2001:DB8::1]", "host."),
    fc.constantFrom("", ":443", ":80", ":8080", ":", ":0443", ":65536"),
    fc.array(fc.oneof(urlPart, fc.constantFrom(".", "..", "", "%2e", "%2E%2E")), { maxLength: 4 }).map((segs) => segs.map((s) => "/" + s).join("")),
    fc.option(urlPart, { nil: undefined }),
    fc.option(urlPart, { nil: undefined }),
  )
  .map(([scheme, host, port, path, query, fragment]) => scheme + host + port + path + (query === undefined ? "" : "?" + query) + (fragment === undefined ? "" : "#" + fragment))
  // Not mirrored: white space at the end of a URL that .NET rewrites elsewhere, which it sometimes
  // keeps (escaped) and sometimes drops (src/runtime/dotnet-uri.ts).
  .map((url) => url.replace(/[ \t\r\n]+$/, ""))
  .filter((url) => !IPV6_JUNK.test(url));

/** URLs and near misses, but not of another scheme than http(s) (`htt:ps://`), which is not mirrored. */
const uriValues = valueOf(urls).filter((u) => (/^https?:\/\//i.test(u) || !/^[A-Za-z][A-Za-z0-9+.-]*:/.test(u)) && !IPV6_JUNK.test(u));

/** Header names with the values each takes, on the side .NET parses them on. */
const REQUEST_HEADERS: Array<[string[], fc.Arbitrary<string>]> = [
  [["Content-Type", "content-type", "CONTENT-TYPE"], valueOf(mediaType)],
  [["Accept", "accept"], valueOf(list(mediaType))],
  [["Accept-Language", "Accept-Encoding", "Accept-Charset"], valueOf(list(withQuality))],
  [["Authorization", "authorization", "Proxy-Authorization"], valueOf(auth)],
  [["User-Agent", "user-agent"], valueOf(productList)],
  [["Content-Disposition"], valueOf(fc.tuple(word, fc.array(parameter, { maxLength: 3 })).map(([t, ps]) => t + ps.map((p) => ";" + p).join("")))],
  [["Connection", "Content-Encoding", "Content-Language", "Allow", "Trailer"], valueOf(list(token))],
  [["Transfer-Encoding", "Expect"], valueOf(list(fc.tuple(token, fc.array(parameter, { maxLength: 2 })).map(([t, ps]) => t + ps.map((p) => ";" + p).join(""))))],
  [["Pragma"], valueOf(list(fc.oneof(token, parameter.map((p) => p.trim()))))],
  [["Date", "If-Modified-Since", "Expires", "Last-Modified"], valueOf(date)],
  [["Max-Forwards"], valueOf(fc.constantFrom("0", "010", "2147483647", "2147483648", "-1", "1 ", " 7", "99999999999"))],
  [["Referer", "Content-Location"], uriValues],
  [["X-Custom", "x-api-key", "X-Forwarded-For", "Cookie", "Host"], fc.oneof(valueOf(list(word)), fc.stringMatching(/^[ -~]{0,12}$/))],
];

const RESPONSE_HEADERS: Array<[string[], fc.Arbitrary<string>]> = [
  [["Content-Type"], valueOf(mediaType)],
  [["Server", "server"], valueOf(productList)],
  [["Vary", "Accept-Ranges", "Connection", "Content-Language"], valueOf(list(token))],
  [["Age"], valueOf(fc.constantFrom("0", "012", "2147483647", "2147483648", " 5"))],
  [["Location", "Content-Location"], uriValues],
  [["Date", "Last-Modified"], valueOf(date)],
  [["X-Rate-Limit", "Set-Cookie", "Link", "ETag"], fc.oneof(valueOf(list(word)), fc.stringMatching(/^[ -~]{0,12}$/))],
];

const headerPair = (table: Array<[string[], fc.Arbitrary<string>]>) =>
  fc.oneof(...table.map(([names, values]) => fc.tuple(fc.constantFrom(...names), values)));

const messages = (table: Array<[string[], fc.Arbitrary<string>]>) => fc.array(headerPair(table), { minLength: 1, maxLength: 4 });

const URL = "https://api.example.com/x";

/** Query strings for searchParams: pieces of what query strings hold, escapes good and bad, + and lone surrogates. */
const queryText = fc.array(fc.constantFrom("a", "b", "=", "&", "+", "%", "%2", "%20", "%2B", "%26", "%3D", "%C3%A9", "%c3", "%E2%82", "%FF", "%zz", "é", "😀", "\ud800", " ", "?", "!'()*~", "-._", "[]"), { maxLength: 10 }).map((p) => p.join(""));
const record = fc.dictionary(fc.oneof(fc.constantFrom("q", "2", "1", "a b", "é", "\udc00"), queryText), queryText, { maxKeys: 4 });

const str = (x: unknown) => JSON.stringify(x);

/**
 * A header list as a case's record. A record holds a name once, so a name written again the same
 * way is written in another case (lower, upper, then alternating): the same header to .NET and to
 * node, which join the values under the name as first written. What finds no spelling left is
 * counted in `dropped` and not compared.
 */
function headerRecord(pairs: Array<[string, string]>, dropped: { count: number }): Record<string, string> {
  const out: Record<string, string> = {};
  const alternating = (n: string, odd: number) => [...n].map((c, i) => (i % 2 === odd ? c.toUpperCase() : c.toLowerCase())).join("");
  for (const [name, value] of pairs) {
    const spelling = [name, name.toLowerCase(), name.toUpperCase(), alternating(name, 0), alternating(name, 1)].find((n) => !(n in out));
    if (spelling === undefined) dropped.count++;
    else out[spelling] = value;
  }
  return out;
}

/**
 * Messages packed into as few requests as their names allow: one request carries several messages
 * whose names (in any case) differ, so each header is parsed as it would be alone; .NET's reading
 * depends on a header's own name and value, and the entries are compared whole, order included.
 */
function packed(messages: Array<Array<[string, string]>>, most: number): Array<Array<[string, string]>> {
  const requests: Array<{ names: Set<string>; pairs: Array<[string, string]> }> = [];
  for (const message of messages) {
    const names = new Set(message.map(([n]) => n.toLowerCase()));
    const into = requests.find((r) => r.pairs.length + message.length <= most && [...names].every((n) => !r.names.has(n)));
    if (into) {
      names.forEach((n) => into.names.add(n));
      into.pairs.push(...message);
    } else requests.push({ names, pairs: [...message] });
  }
  return requests.map((r) => r.pairs);
}

// One helper per group's file: a file per incoming request makes hundreds, and each helper of each
// file is compiled again.
const READ_AND_SEND = `async function readAndSend(req: Req, ctx: Ctx): Promise<Json> {
  const read = req.headers.entries();
  await ctx.send(req);
  return read;
}
`;
const SET_AND_SEND = `async function setAndSend(ctx: Ctx, name: string, value: string): Promise<Json> {
  const r = ctx.newRequest("GET", "${URL}");
  r.headers.set(name, value);
  const read = r.headers.entries();
  await ctx.send(r);
  return read;
}
`;
const ANSWERED = `async function answered(ctx: Ctx): Promise<Json> {
  const res = await ctx.send(ctx.newRequest("GET", "${URL}"));
  return res.headers.entries();
}
`;
const SEND_TO = `async function sendTo(ctx: Ctx, url: string): Promise<Json> {
  const r = ctx.newRequest("GET", "${URL}");
  r.url = url;
  await ctx.send(r);
  return r.url;
}
`;

const SEARCH_PARAMS = `import { searchParams } from "csxc";
function params(input: string): Json {
  const op = JSON.parse(input) as { init: string | { [name: string]: string }; append?: string[] };
  const p = searchParams(op.init);
  if (op.append) p.append(op.append[0], op.append[1]);
  return [p.entries(), p.toString()];
}
`;

/** What the table dropped (a name written more often in one message than it has spellings). */
const dropped = { count: 0 };

function groups(): Array<Group | InputGroup> {
  const incoming = packed(sample(messages(REQUEST_HEADERS), 1500, 8101), 16);
  const setByCode = sample(headerPair(REQUEST_HEADERS), 1000, 8102);
  const answers = sample(messages(RESPONSE_HEADERS), 1000, 8103).map((m) => headerRecord(m, dropped));
  const sentUrls = sample(urls, 3000, 8104);
  const search = [
    ...sample(fc.tuple(queryText, queryText, queryText), 1500, 8105).map(([init, name, value]) => ({ init, append: [name, value] })),
    ...sample(record, 500, 8106).map((init) => ({ init })),
  ];
  return [
    ...incoming.map((pairs, i) => ({
      name: `request headers as a transform reads them and as they are sent on, request ${i + 1}`,
      async: true,
      request: { method: "POST", url: URL, headers: headerRecord(pairs, dropped), body: null },
      declarations: READ_AND_SEND,
      exprs: ["await readAndSend(req, ctx)"],
      upstream: [OK],
    })),
    ...chunks(setByCode, 250).map((part, i) => ({
      name: `request headers a transform sets, as sent, part ${i + 1}`,
      async: true,
      declarations: SET_AND_SEND,
      exprs: part.map(([name, value]) => `await setAndSend(ctx, ${str(name)}, ${str(value)})`),
      upstream: part.map(() => OK),
    })),
    ...chunks(answers, 250).map((part, i) => ({
      name: `upstream response headers as read, part ${i + 1}`,
      async: true,
      declarations: ANSWERED,
      exprs: part.map(() => "await answered(ctx)"),
      upstream: part.map((headers) => ({ status: 200, headers, body: null })),
    })),
    ...chunks(sentUrls, 500).map((part, i) => ({
      name: `req.url as System.Uri sends it, part ${i + 1}`,
      async: true,
      declarations: SEND_TO,
      exprs: part.map((url) => `await sendTo(ctx, ${str(url)})`),
      upstream: part.map(() => OK),
    })),
    { name: "searchParams parses and writes query strings as URLSearchParams", inputs: search.map((op) => str(op)), expr: "params(x)", declarations: SEARCH_PARAMS },
  ];
}

const table = groups();
test("the header table loses no input to the case format", () => {
  expect(dropped.count).toBe(0);
});
parity("headers and URLs are the same bytes on node and .NET", table);

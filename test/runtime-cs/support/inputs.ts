// The table of inputs the runtime parity tests run through node and C#: hand-picked hard cases plus
// seeded random ones (the same on every run, so a failure reproduces).

import { bitsOf, type Op } from "./bits";
import { DOTNET_URIS } from "../../runtime/dotnet-uri-table";

/** mulberry32: a small seeded generator. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rnd = random(20261124);
const int = (n: number) => Math.floor(rnd() * n);
const num = (x: number) => ({ $: "num", bits: bitsOf(x) });

/** Doubles: the classic hard cases, every power of two (where the lower neighbour is nearer), powers of ten, random bit patterns. */
export function doubles(): number[] {
  const list = [
    0.1 + 0.2, 1e21, 1e-7, -0, 0, 123456789012345680000, 5e-324, 2 ** 53, 2 ** 53 + 2, 2 ** 64, -1.5, 1e-6, 1e20, 1e22, 1e23,
    1.7976931348623157e308, 2.2250738585072014e-308, 2.225073858507201e-308, 4.35, 0.000001, 123e-20, 1 / 3, 2 / 3, 100, 1e100,
    9007199254740991, 9007199254740993, 0.5, 1.005, 4.94e-322, 1.2345678901234567e-300, 5e-7, 5e-6, 123456789.123456789,
    NaN, Infinity, -Infinity, -1e-7, -123.456, 1e15 + 0.3, 2 ** -1022, 2 ** -1023, 2 ** 1023, 3 * 2 ** -1074,
  ];
  for (let e = -1074; e <= 1023; e++) list.push(2 ** e);
  for (let e = -325; e <= 310; e++) list.push(Number(`1e${e}`), Number(`9.999999999999999e${e}`));
  const view = new DataView(new ArrayBuffer(8));
  for (let i = 0; i < 3000; i++) {
    view.setUint32(0, int(2 ** 32));
    view.setUint32(4, int(2 ** 32));
    list.push(view.getFloat64(0));
  }
  for (let i = 0; i < 300; i++) list.push(int(1e9) / 10 ** int(8), int(2 ** 31) * 2 ** int(40));
  return list;
}

/** Decimal literals: what String writes, long digit strings, halfway cases, the ends of the range. */
export function decimals(): string[] {
  const list = [
    "0", "0.0", "00", "1", "-1", "1e400", "1e-400", "2.4703282292062327e-324", "2.4703282292062328e-324", "4.9406564584124654e-324",
    "9007199254740993", "9007199254740995", "9007199254740992.5", "1.7976931348623157e308", "1.7976931348623158e308",
    "1.7976931348623159e308", "179769313486231580793728971405301e276", "2.2250738585072011e-308", "2.2250738585072012e-308",
    "0.1", "0.30000000000000004", "123456789012345678901234567890", "1e23", "8.98846567431158e307", "1e-5", "5e-324", "1E+2",
    "0.000000000000000000000000000000000000000000000000000000000000000000000001", "3.141592653589793238462643383279502884197",
    "1e99999999999", "1e-99999999999", "100000000000000000000000000000000e-31", "7.2057594037927933e16", "1.00000000000000011102230246251565404236316680908203125",
    "1.00000000000000011102230246251565404236316680908203124", "1.00000000000000011102230246251565404236316680908203126",
    "-0", "-0.0e5", "-1e-400", "-1e400", "0e-99999",
  ];
  for (const x of doubles().slice(0, 1500)) if (Number.isFinite(x)) list.push(String(Math.abs(x)));
  for (let i = 0; i < 300; i++) {
    const digits = Array.from({ length: 1 + int(40) }, () => int(10)).join("");
    list.push(`${digits}${rnd() < 0.5 ? "." + int(1e6) : ""}e${int(700) - 350}`);
  }
  return list;
}

const STRINGS = [
  "", "plain", 'quote " and \\ backslash', "\b\f\n\r\t", Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join(""),
  "\u007f\u0080\u00ff", "\u2028\u2029", "\ud800", "\udc00", "a\ud800b", "\udc00\ud800", "\ud834\udd1e", "😀", "/slash/", "é€𝄞",
  "<script>&'", "\ufeff", "\uffff",
];

/** Values for JSON.stringify: escapes, nesting, key order, undefined, non-finite numbers, integers. */
export function stringifyValues(): unknown[] {
  return [
    ...STRINGS,
    null, true, false, 0, -0, 1, -1.5, 1e21, 1e-7, 0.1, num(NaN), num(Infinity), num(-Infinity), num(-0),
    { $: "int", v: "9007199254740993" }, { $: "int", v: "-42" }, { $: "int", v: "0" }, { $: "int", v: "9223372036854775807" }, { $: "undef" },
    [], {}, [1, "a", null, true, [2, [3, {}]], { b: [] }], [{ $: "undef" }, num(NaN), 1],
    { a: { $: "undef" }, b: 1, c: { $: "undef" } }, { a: { $: "undef" } },
    { b: 1, a: 2, "2": 3, "1": 4, "01": 5, "4294967294": 6, "4294967295": 7, "-1": 8, "1.5": 9 },
    Object.fromEntries(STRINGS.map((s, i) => [s, i])),
    { nested: { deeper: { deepest: [1, { x: "y" }] } }, list: [[], [[]], {}], empty: "" },
    { int: { $: "int", v: "12" }, float: 12.5, exp: 1.5e300, tiny: 5e-324 },
  ];
}

const INDENTS: unknown[] = [0, 1, 2, 4, 10, 11, 100, -1, 2.7, 0.5, 0.9, 1e-300, -0.5, num(NaN), num(Infinity), num(-Infinity), num(-0), "", "\t", "--", "abcdefghijklmnop", "\ud834\udd1e\ud834\udd1e\ud834\udd1e\ud834\udd1e\ud834\udd1e\ud834\udd1e"];

export function stringifyOps(): Op[] {
  const ops: Op[] = stringifyValues().map((value) => ({ op: "stringify", value }));
  for (const indent of INDENTS) for (const value of stringifyValues().slice(-14)) ops.push({ op: "stringify", value, indent });
  return ops;
}

export const PARSE_TEXTS = [
  "", " ", "1", "-0", "-", "01", "-01", "1.", ".5", "1.e3", "1e", "1e+", "1E-2", "0e0", "[1,]", '{"a":1,}', "[1 2]", "{'a':1}", "NaN",
  "Infinity", "-Infinity", "undefined", "// c\n1", "/*c*/1", '"\\u00e9"', '"\\uD800"', '"\\udc00\\ud800"', '"\\x41"', '"a\tb"', '"\\/"',
  '"\\u00"', '"\\u00g0"', '"\\', '"', '"abc', "tru", "true false", "null", "nul", " [ ] ", " { } ", "{}", "[]", '{"__proto__":1}',
  '{"a":1,"b":2,"a":3}', '{"b":1,"2":2,"a":3,"b":4,"1":5}', "\ufeff1", "1\u00a0", "\u00a01", "[1e400]", "[-1e-400]", "-1e-400",
  "123456789012345678901234567890", '"\u2028\u2029"', '"\u0000"', '["\\u0000"]', "[1,2,3,[4,[5,{\"x\":[6]}]]]", "\t\n\r 7 \r\n\t",
  "1 2", "[", "]", "{", "}", '{"a"}', '{"a":}', '{"a" 1}', '{1:2}', "[,1]", "[1,,2]", ",", "+1", "0x10", "1_000", "\"\\a\"",
  '"\\b\\f\\n\\r\\t\\"\\\\"', '{"":""}', '{"a":{"b":{"c":{}}}}', "true\u0000", "[true]", "[null,false]", "0.1e-400", "-0.0", "1E400",
];

/** Nesting deeper than any recursion could take: JSON.parse reads it (JSON.stringify would not write it). */
export const DEEP_TEXTS = ["[".repeat(100000) + "]".repeat(100000), "[".repeat(100000) + "]".repeat(99999), '{"a":'.repeat(50000) + "1" + "}".repeat(50000)];

const QUERY_URLS = [
  "https://api.x.com/p?a=1&b=2&a=3", "https://x.com/p", "https://x.com/p?", "https://x.com?x=1", "https://x.com", "https://x.com/p?a=1#frag",
  "https://x.com/p#frag?notquery", "https://x.com/p?a+b=c+d&a%20b=e", "https://x.com/p?q=%2B&q2=+&q3=%2b", "https://x.com/p?bad=%E0%A4%A&ok=%41",
  "https://x.com/p?a=%41%FF&a=%41%20%FF%42&a=%zz%41", "https://x.com/p?&&a=1&&", "https://x.com/p?=v&a", "https://x.com/p?a==b",
  "https://x.com/p?%61=1&a=2", "https://x.com/p?a=1;b=2", "x.com/p?a=1", "/relative?a=1", "https://x.com/p?a=%F0%9F%98%80&a=%ED%A0%80",
  "https://x.com/a/b/c?a&a=&a=x",
];

const QUERY_STEPS: unknown[][][] = [
  [["get", "a"], ["getAll", "a"], ["has", "a"], ["has", "zz"], ["get", "a b"], ["getAll", "a b"], ["get", "q"], ["get", "q2"], ["get", "q3"], ["get", ""], ["getAll", ""], ["get", "bad"], ["get", "ok"]],
  [["set", "a", "new value!'()*~-_."], ["getAll", "a"], ["append", "a", "x y+z/?&=#%"], ["getAll", "a"], ["delete", "a"], ["has", "a"], ["delete", "nothing"]],
  [["set", "é", "€𝄞"], ["get", "é"], ["append", "k", "\ud800"], ["set", "k", "a\udc00"], ["append", "", ""], ["getAll", ""], ["delete", ""]],
  [["delete", "a"], ["delete", "b"], ["delete", "x"], ["append", "b", "2"], ["set", "b", "3"], ["delete", "b"]],
];

export function queryOps(): Op[] {
  return QUERY_URLS.flatMap((url) => QUERY_STEPS.map((steps) => ({ op: "query", url, steps })));
}

/** Each URL of the System.Uri table, set on a request that is then sent: node's mirror against System.Uri itself. */
export function sentUrlOps(): Op[] {
  return DOTNET_URIS.map(([url]) => ({ op: "req", method: "GET", url: "https://x.com/", headers: [], steps: [["setUrl", url]] }));
}

export function pathOps(): Op[] {
  const values = ["v2/x", "/v2/x", "", "/", "/a?b", "/é space", "//double"];
  return ["https://x.com/p/q?a=1#f", "https://x.com", "https://x.com?a=1", "x.com/p"].map((url) => ({
    op: "query",
    url,
    steps: [["path"], ...values.flatMap((v) => [["setPath", v], ["path"]])],
  }));
}

const FILE = { filename: 'a"b\\c.txt', contentType: "text/plain", base64: "aGVsbG8=" };

export function bodyOps(): Op[] {
  const forms = [
    { a: "1", "b c": "d e", "x+y": "%&=", é: "€", "1": "first?", emoji: "𝄞", "!'()*": "~-_.", empty: "" },
    {},
    { lone: "\ud800" },
    { "2": "b", "1": "a", z: "last" },
  ];
  const parts = [
    { text: "hello\r\nworld", 'we"ird\\name': "v", file: FILE, "2": "index key", é: "€" },
    { bad: { filename: "x", contentType: "a/b", base64: "not base64" } },
    { odd: { filename: "x", contentType: "a/b", base64: "QR==" }, empty: { filename: "", contentType: "", base64: "" } },
    {},
    { lone: "\udc00", "\ud800": "x" },
  ];
  const url = "https://x.com/upload";
  return [
    ...forms.map((f) => ({ op: "req", method: "POST", url, steps: [["setForm", f], ["text"], ["header.get", "content-type"]] })),
    ...parts.map((p) => ({ op: "req", method: "POST", url, steps: [["setMultipart", p], ["header.get", "Content-Type"]] })),
  ];
}

export function durationOps(): Op[] {
  const texts = [
    "PT561H13M28S", "PT0S", "P1DT2H", "PT1.5H", "P0.5D", "PT0.001S", "P1D", "PT1H30M", "P", "PT", "P1DT", "", "PT1H\n", "pt1h", "PT-1H",
    "PT1,5H", "P1Y", "PT\u0661H", "PT1.H", "PT.5H", "PT1H1H", "P1DT1H1M1.25S", "PT99999999999999999999H", "PT00012.500S", " PT1H", "PT1M1H",
    "P1W", "PT1.0000000000000002H", "P10000000000000000000000D", "PT0.1S", "PT1S ",
  ];
  const seconds = [
    0, -0, 1, 59, 60, 61, 3599, 3600, 90000, 2020408, 0.5, 1.5, 2.5, -0.5, -1, -3600.4, 0.49999999999999994, 1e21, 1e300, 86399.5,
    NaN, Infinity, -Infinity, 4503599627370495.5, -4503599627370495.5, 1e-300,
  ];
  for (let i = 0; i < 200; i++) seconds.push((rnd() - 0.3) * 10 ** int(8));
  return [
    ...texts.map((text) => ({ op: "toSeconds", text })),
    ...seconds.map((x) => ({ op: "fromSeconds", bits: bitsOf(x) })),
  ];
}

export function base64Ops(): Op[] {
  const encode = ["", "a", "ab", "abc", "héllo", "𝄞", "\ud800", "\udc00\ud800", "x".repeat(100)];
  const decode = [
    "", "YQ==", "YWI=", "YWJj", "YQ", "YQ=", "Y===", "====", "YW Jj", "YWJj\n", "QR==", "QR", "4pyTIMOgIGxhIG1vZGU=", "/w==", "8J+Ygw==",
    "7aCA", "-_8=", "YQ==YQ==", "=YQ=", "YWJj====", "wA==", "4KA=", "8JCA", "9JCAgA==",
  ];
  const bytes: string[] = [];
  for (let i = 0; i < 600; i++) {
    const length = int(12);
    const b = Buffer.from(Array.from({ length }, () => (rnd() < 0.3 ? int(128) : rnd() < 0.5 ? 0x80 + int(64) : 0xc0 + int(64))));
    bytes.push(b.toString("base64"));
  }
  for (const s of ["c0af", "e080af", "eda080", "edbfbf", "f08f8080", "f4908080", "f5", "ff", "fe", "c2", "e2", "e282", "f09f98", "f09f9880", "efbbbf41"])
    bytes.push(Buffer.from(s, "hex").toString("base64"));
  return [
    ...encode.map((text) => ({ op: "b64enc", text })),
    ...decode.map((text) => ({ op: "b64dec", text })),
    ...bytes.map((b) => ({ op: "utf8dec", base64: b })),
    ...[...STRINGS, "\ud800\ud800\udc00", "\udbff\udfff"].map((text) => ({ op: "utf8enc", text })),
  ];
}

export function cryptoOps(): Op[] {
  const keys: Array<[string, string]> = [
    ["", "utf8"], ["key", "utf8"], ["k€y", "utf8"], ["a".repeat(100), "utf8"], ["c2VjcmV0", "base64"], ["", "base64"], ["bad!", "base64"],
    ["QR==", "base64"], ["c2VjcmV0", "utf8"], ["\ud800", "utf8"], ["c2VjcmV0", "other"],
  ];
  const messages = ["", "The quick brown fox jumps over the lazy dog", "€𝄞", "\ud800", "x".repeat(1000)];
  return [
    ...keys.flatMap(([key, enc]) => messages.flatMap((message) => [{ op: "hmacHex", key, message, enc }, { op: "hmacB64", key, message, enc }])),
    ...messages.flatMap((message) => [{ op: "shaHex", message }, { op: "shaB64", message }]),
  ];
}

export function headerOps(): Op[] {
  const pairs = [["Content-Type", "a"], ["X-Multi", "1"], ["x-multi", "2"], ["Accept", "*/*"], ["K-Foo", "kelvin"]];
  const steps = [
    ["header.get", "x-multi"], ["header.get", "X-MULTI"], ["header.get", "missing"], ["header.has", "accept"], ["header.has", "nope"],
    ["header.get", "\u212a-foo"], ["header.get", "\u0130"], ["header.set", "X-New", "v"], ["header.set", "bad name", "v"],
    ["header.set", "X-A", "a\r\nb"], ["header.set", "X-A", "a\nb"], ["header.set", "X-A", ""], ["header.get", "x-a"], ["header.set", "é", "v"],
    ["header.set", "", "v"], ["header.set", "X-Tab", "a\tb é"], ["header.delete", "X-MULTI"], ["header.set", "x-multi", "3"],
    ["header.set", "!#$%&'*+-.^_`|~09azAZ", "token"], ["header.set", "a:b", "v"], ["header.delete", "\u212a-FOO"], ["header.get", "content-type"],
  ];
  return [{ op: "headers", pairs, steps }];
}

export function routeOps(): Op[] {
  const known = ["ListProjects", "CreateWebhook", "*", "é"];
  const raws = [
    "ListProjects", "TGlzdFByb2plY3Rz", "Q3JlYXRlV2ViaG9vaw==", "Q3JlYXRlV2ViaG9vaw", "Unknown", "", "TGlzdFByb2plY3Rz\n", "AAAA", "====",
    "Kg==", "w6k=", "*", "TGlzdFByb2plY3Rz==",
  ];
  return raws.map((raw) => ({ op: "route", raw, known }));
}

const JSON_BODY = Buffer.from('{"b":1,"1":[true,null,1.5e300],"s":"é\\u2028"}').toString("base64");

export function messageOps(): Op[] {
  const url = "https://api.example.com/v1/items?x=1&y=%2B";
  const headers = [["X-Api-Key", "secret"], ["Accept", "application/json"], ["Content-Type", "application/json"], ["X-Multi", "a, b"]];
  return [
    {
      op: "req", method: "POST", url, headers, bodyBase64: JSON_BODY,
      steps: [
        ["method"], ["url"], ["path"], ["text"], ["json"], ["header.get", "content-type"], ["header.get", "x-api-key"], ["header.get", "X-Multi"],
        ["setMethod", "patch"], ["setMethod", "bad method"], ["setMethod", ""], ["method"], ["setJson", { a: [1, { $: "undef" }], b: { $: "undef" }, "1": num(NaN) }],
        ["text"], ["setJson", { $: "undef" }], ["text"], ["setText", "plain é", null], ["header.get", "Content-Type"], ["setText", "x", "text/csv"],
        ["setText", "y", "bad\r\ntype"], ["text"], ["header.delete", "content-type"], ["header.set", "X-Added", "1"], ["setUrl", "https://other.example.com/a/b?c=d"],
        ["set", "c", "e f"], ["setPath", "z"],
      ],
    },
    { op: "req", method: "GET", url, headers: [["Content-Type", "text/plain"], ["Authorization", "Bearer t"]], steps: [["text"], ["json"]] },
    // Read as written, sent as System.Uri rewrites it (%41 as A: src/runtime/dotnet-uri.ts).
    { op: "req", method: "GET", url: "https://API.example.com/a%41/b?k=%41&e=%7e", headers: [["User-Agent", "Mozilla/5.0 (X11; Linux) csxc/1"]], steps: [["url"], ["path"], ["get", "k"], ["header.get", "user-agent"]] },
    { op: "req", method: "GET", url, headers: [], steps: [["text"], ["json"], ["header.set", "Content-Language", "en"]] },
    { op: "req", method: "put", url, headers: [], bodyBase64: Buffer.from([0xff, 0xfe, 0x41, 0xe2, 0x82]).toString("base64"), steps: [["method"], ["text"], ["json"]] },
    { op: "req", method: "DELETE", url, headers: [["X-Empty", ""]], bodyBase64: Buffer.from(" 1 ").toString("base64"), steps: [["json"], ["header.get", "x-empty"], ["header.has", "x-empty"]] },
    {
      op: "res", status: 200, headers: [["Content-Type", "application/json"], ["X-Rate", "10"]], bodyBase64: JSON_BODY,
      steps: [
        ["status"], ["ok"], ["json"], ["text"], ["setStatus", bitsOf(404)], ["ok"], ["setStatus", bitsOf(99)], ["setStatus", bitsOf(600)], ["setStatus", bitsOf(200.5)],
        ["setStatus", bitsOf(NaN)], ["setStatus", bitsOf(Infinity)], ["setStatus", bitsOf(599)], ["ok"], ["setStatus", bitsOf(100)], ["setStatus", bitsOf(299)], ["ok"],
        ["setJson", [1, "two", { three: 3 }]], ["header.get", "content-type"], ["header.get", "x-rate"],
      ],
    },
    { op: "res", status: 204, headers: [], steps: [["text"], ["json"], ["ok"]] },
    { op: "res", status: 302, headers: [["Location", "https://x.com/next"]], bodyBase64: Buffer.from("nope").toString("base64"), steps: [["json"], ["ok"], ["header.get", "location"]] },
    { op: "json", status: bitsOf(500), body: { message: "boom \ud800 \u2028", operationId: "Op" } },
    { op: "json", status: bitsOf(418), body: { message: "" } },
  ];
}

export function ctxOps(): Op[] {
  const url = "https://api.example.com/v1/items?x=1";
  const answer = { status: 201, headers: [["Content-Type", "application/json; charset=utf-8"], ["X-Up", "1"]], bodyBase64: Buffer.from('{"ok":true}').toString("base64") };
  const headers = [["Authorization", "Bearer t"], ["X-Api-Key", "k"], ["Content-Type", "application/json"], ["Content-Language", "en"]];
  return [
    {
      op: "ctx", method: "POST", url, headers, bodyBase64: Buffer.from('{"a":1}').toString("base64"), correlationId: "corr-1", answer,
      steps: [
        ["ids"], ["newRequest", "post", "https://api.example.com/other?y=2"], ["newRequest", "bad method", url], ["incoming", ["header.set", "X-Later", "1"]],
        ["newRequest", "GET", "https://api.example.com/again", ["header.set", "X-Own", "2"], ["set", "q", "a b"]], ["respond", bitsOf(201), { a: 1, b: [null] }],
        ["respond", bitsOf(200)], ["respond", bitsOf(200), null], ["respond", bitsOf(99)], ["respond", bitsOf(600), {}], ["respond", bitsOf(204), "text"],
        ["info", "plain {x} {{y}} {0} %s"], ["warn", "{"], ["error", "}{"], ["info", ""], ["notificationUrl", "/hook?x=1"], ["notificationUrl", "hook"],
        ["incoming", ["setJson", { changed: true }]], ["send"], ["incoming", ["setUrl", "https://api.example.com/v2/sent?z=%2B"]], ["send"],
      ],
    },
    // The URL as written, not as System.Uri rewrites it (%41 → A, host in lower case).
    { op: "ctx", method: "GET", url: "https://API.example.com/a%41?k=%41", headers: [], correlationId: "c", answer, steps: [["ids"], ["incoming", ["url"]], ["incoming", ["get", "k"]]] },
  ];
}

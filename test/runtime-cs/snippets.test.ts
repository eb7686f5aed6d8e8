// The shape of the runtime snippets (src/runtime/cs/README.md), without .NET: the two header lines,
// needs that exist, nothing that only compiles outside `class Script`, the members the emitter and
// script.csx.template call, and the messages table word for word that of src/runtime/errors.ts.

import * as fs from "node:fs";
import * as path from "node:path";
import { closeFeatures, loadFeatures, runtimeDir } from "../../src/emit/runtime-features";
import { builtinMessages } from "../../src/runtime/errors";

const files = fs.readdirSync(runtimeDir()).filter((f) => f.endsWith(".cs"));
const read = (file: string) => fs.readFileSync(path.join(runtimeDir(), file), "utf8");

/** The features of the authoring API and its helpers, and what each must define. */
const API: Record<string, RegExp[]> = {
  Json: [/class JsError : Exception/, /public static JToken ParseJson\(string text\)/, /public static string Stringify\(JToken value\)/],
  JsonIndent: [/public static string StringifyIndented\(JToken value, string gap\)/, /public static string Gap\(double space\)/, /public static string Gap\(string space\)/, /public static string Gap\(JToken space\)/],
  Number: [/public static string NumberToString\(double x\)/],
  Errors: [/public const string MsgBadDuration = /],
  Headers: [/class CsxHeaders/, /public string Get\(string name\)/, /public void Set\(string name, string value\)/, /public void Delete\(string name\)/, /public bool Has\(string name\)/, /public JArray Entries\(\)/, /public JArray Keys\(\)/, /public void ForEach\(Action<string, string> callback\)/],
  Url: [/class CsxQuery/, /public JArray GetAll\(string name\)/, /public void Append\(string name, string value\)/],
  Message: [/public Task<string> Text\(\)/, /public Task<JToken> Json\(\)/, /public void SetText\(string body, string contentType\)/, /public void SetJson\(JToken value\)/, /public Task<string> Base64\(\)/, /public void SetBase64\(string data, string contentType\)/],
  Req: [/class CsxReq : CsxMessage/, /public static async Task<CsxReq> FromMessage\(HttpRequestMessage m\)/, /public HttpRequestMessage ToMessage\(\)/, /public CsxQuery Query/],
  Res: [/class CsxRes : CsxMessage/, /public static CsxRes Json\(double status, JToken body\)/, /public bool Ok/, /public HttpResponseMessage ToMessage\(\)/],
  Body: [/public void SetForm\(JObject fields\)/, /public void SetMultipart\(JToken parts\)/],
  Ctx: [/public CsxCtx\(ScriptBase script, string operationId, CsxReq incoming\)/, /public Task<CsxRes> Send\(CsxReq req\)|public async Task<CsxRes> Send\(CsxReq req\)/, /class CsxLog/],
  HttpError: [/public class HttpError : Exception/, /public HttpError\(double status, string message\)/, /public double Status/],
  Routing: [/public static string ResolveOperationId\(string raw, string\[\] known\)/],
  IsoDuration: [/public static double ToSeconds\(string text\)/, /public static string FromSeconds\(double seconds\)/],
  Base64: [/public static string Encode\(string text\)/, /public static string Decode\(string text\)/],
  Crypto: [/HmacSha256Hex\(string key, string message, string keyEncoding, string messageEncoding/, /HmacSha256Base64\(/, /Sha256Hex\(string message, string encoding/, /Sha256Base64\(string message, string encoding/],
  SearchParams: [/class CsxSearchParams/, /public static CsxSearchParams From\(JToken init\)/, /public static CsxSearchParams From\(CsxSearchParams init\)/, /public override string ToString\(\)/, /public double Size/, /public JArray Values\(\)/, /public void ForEach\(Action<string, string> callback\)/],
  WhatwgUrl: [/class CsxWhatwgUrl/, /public CsxWhatwgUrl\(string url, string baseUrl\)/, /public CsxSearchParams SearchParams/, /public string ToJSON\(\)/],
  WhatwgHost: [/public static string Parse\(string input\)/],
  Utf8: [/public static string Decode\(byte\[\] bytes\)/],
};

describe("the runtime snippets", () => {
  test.each(files)("%s starts with its feature and needs lines", (file) => {
    const [first, second] = read(file).split(/\r?\n/);
    expect(first).toMatch(/^\/\/ csxc-feature: [A-Z][A-Za-z0-9]*$/);
    expect(second).toMatch(/^\/\/ csxc-needs:( [A-Z][A-Za-z0-9]*(, [A-Z][A-Za-z0-9]*)*)?$/);
  });

  test("every need names a feature, and no two files name the same one", () => {
    const features = loadFeatures();
    expect(features.size).toBe(files.length);
    const missing = [...features.values()].flatMap((f) => f.needs.filter((n) => !features.has(n)).map((n) => `${f.name} needs ${n}`));
    expect(missing).toEqual([]);
  });

  test.each(Object.entries(API))("%s defines what the emitter and the template call", (name, members) => {
    const feature = loadFeatures().get(name);
    expect(feature).toBeDefined();
    for (const member of members) expect(feature!.code).toMatch(member);
  });

  test("the template's own needs (router, errors) are all defined", () => {
    expect(closeFeatures(["Routing", "Req", "Res", "Ctx", "HttpError"]).unknown).toEqual([]);
  });

  test.each(Object.keys(API))("%s: no usings, namespaces, culture-bound string calls or \\d", (name) => {
    const code = loadFeatures().get(name)!.code;
    expect(code).not.toMatch(/^\s*using\s+[A-Z][\w.]*\s*;/m);
    expect(code).not.toMatch(/^\s*namespace\s/m);
    // Culture-sensitive calls (number formatting shows in the parity run, under tr-TR).
    expect(code).not.toMatch(/string\.Format\(/);
    expect(code).not.toMatch(/\.To(Upper|Lower)\(\)/);
    expect(code).not.toMatch(/\.(IndexOf|StartsWith|EndsWith|LastIndexOf)\("[^"]*"\)/);
    expect(code).not.toMatch(/\\\\d|@"[^"]*\\d/);
  });

  test("Errors holds the messages of src/runtime/errors.ts, word for word", () => {
    const code = loadFeatures().get("Errors")!.code;
    const table = Object.fromEntries([...code.matchAll(/public const string Msg(\w+) = "((?:[^"\\]|\\.)*)";/g)].map((m) => [m[1], JSON.parse(`"${m[2]}"`)]));
    const expected = Object.fromEntries(Object.entries(builtinMessages).map(([key, text]) => [key[0].toUpperCase() + key.slice(1), text]));
    expect(table).toEqual(expected);
  });
});

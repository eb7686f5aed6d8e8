// Recorded cases hold no secret: keys are planted every way a call can carry them (headers the
// swagger declares and ones it does not, query parameters it declares `in: query` and common ones,
// percent-encoded in the path, `\u`-escaped in a JSON body, inside a binary body stored as
// bodyBase64, base64 inside a text body, in the upstream's answer and cookies, in originalUrl and
// in the test's name, which names the case file), then every file written is searched for every
// key in every encoding, and so is every file name.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { defineTransforms, type Ctx, type Req } from "csxc";
import { harness } from "csxc/testing";
import { Redactor, REDACTED } from "../../src/testing/record";
import type { Case } from "../../src/verify/case";

// Each key holds characters that change under percent-encoding, JSON escaping and base64.
const KEY = 'sk/live+K"ey=0123456789';
const AUTH_TOKEN = "tok-Ä-9f8e7d6c5b4a";
const TENANT = "tenant secret/42";
const ACCESS = "acc.0123456789.xyz";
const COOKIE = "sess-abcdef123456";
const ISSUED = "issued-token-777888999";

/** Every form a value may take in a file: raw, percent-encoded (both hex cases, + for space),
 *  JSON-escaped, wholly \u-escaped, and its base64 at every alignment. */
function encodings(value: string): string[] {
  const percent = encodeURIComponent(value);
  const unicode = [...value].map((c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0")).join("");
  const bytes = Buffer.from(value, "utf8");
  const base64 = [0, 1, 2].map((offset) => {
    const text = Buffer.concat([Buffer.alloc(offset), bytes]).toString("base64");
    return text.slice(Math.ceil((8 * offset) / 6), Math.floor((8 * (offset + bytes.length)) / 6));
  });
  return [value, percent, percent.toLowerCase(), percent.replace(/%20/g, "+"), JSON.stringify(value).slice(1, -1), unicode, JSON.stringify(unicode).slice(1, -1), ...base64];
}

function filesUnder(dir: string): Array<{ name: string; text: string }> {
  return fs
    .readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => fs.statSync(path.join(dir, f)).isFile())
    .map((f) => ({ name: f, text: fs.readFileSync(path.join(dir, f), "latin1") + Buffer.from(fs.readFileSync(path.join(dir, f), "utf8")).toString("utf8") }));
}

/** The files' text plus their bodyBase64 bodies decoded, so a key inside bytes shows too. */
function everythingWritten(dir: string): string {
  return filesUnder(dir)
    .map(({ name, text }) => {
      const decoded = [...text.matchAll(/"bodyBase64": "([^"]*)"/g)].map((m) => Buffer.from(m[1], "base64").toString("latin1") + Buffer.from(m[1], "base64").toString("utf8"));
      return [name, text, ...decoded].join("\n");
    })
    .join("\n");
}

const transforms = defineTransforms({
  Call: {
    async handle(req: Req, ctx: Ctx) {
      // A careless transform: it logs the key and sends it on in the URL and a header.
      ctx.log.info(`key ${req.headers.get("Api-Key")}`);
      req.query.set("copy", req.headers.get("Api-Key") ?? "");
      return ctx.send(req);
    },
  },
});

function swaggerFile(): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "csxc-io-swagger-")), "swagger.json");
  fs.writeFileSync(
    file,
    JSON.stringify({
      swagger: "2.0",
      securityDefinitions: { header: { type: "apiKey", in: "header", name: "X-Tenant" }, query: { type: "apiKey", in: "query", name: "tenant" } },
    }),
  );
  return file;
}

const unicodeEscaped = (value: string) => [...value].map((c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0")).join("");

test(`a key planted every way, even in this test's name (${KEY}), is in no file written`, async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "csxc-io-record-"));
  const h = harness(transforms, {
    record: dir,
    swagger: swaggerFile(),
    context: { originalUrl: `https://flow.example/run?code=${encodeURIComponent(ACCESS)}&x=1` },
    upstream: (sent) => ({
      status: 200,
      headers: [
        ["Content-Type", "application/json"],
        ["Set-Cookie", `session=${COOKIE}; Path=/; HttpOnly`],
      ],
      // The backend echoes what it got, and issues a token (a secret by its field's name).
      body: Buffer.from(JSON.stringify({ url: sent.url, headers: Object.fromEntries(sent.headers), access_token: ISSUED, note: Buffer.from(`k:${KEY}`).toString("base64") })),
    }),
  });
  const binary = Buffer.concat([Buffer.from([0xff, 0xfe, 0x00]), Buffer.from(`auth=${AUTH_TOKEN}`, "utf8"), Buffer.from([0xc3])]);
  await h.run("Call", {
    method: "POST",
    url: `https://api.example.com/v1/${encodeURIComponent(KEY)}/items?tenant=${encodeURIComponent(TENANT)}&access_token=${encodeURIComponent(ACCESS)}&q=1`,
    headers: { "Api-Key": KEY, "X-Auth-Token": AUTH_TOKEN, "X-Tenant": TENANT, "Content-Type": "application/json" },
    body: `{"note":"${unicodeEscaped(KEY)}","other":"${unicodeEscaped(ISSUED).toUpperCase().replace(/\\U/g, "\\u")}"}`,
  });
  await h.run("Call", { method: "PUT", url: "https://api.example.com/v1/bin", headers: { "Api-Key": KEY }, body: new Uint8Array(binary) });
  // A later call that carries only a value learned before (the issued token): scrubbed by value.
  await h.run("Call", { method: "POST", url: "https://api.example.com/v1/next", body: { token2: `Bearer ${ISSUED}` } });

  const written = everythingWritten(dir);
  expect(filesUnder(dir).length).toBe(3);
  for (const secret of [KEY, AUTH_TOKEN, TENANT, ACCESS, COOKIE, ISSUED]) {
    for (const form of encodings(secret)) {
      if (form.length >= 6) expect({ secret, form, found: written.includes(form) }).toEqual({ secret, form, found: false });
    }
  }
  // What stays is still a case verify can replay: valid JSON with valid URLs.
  for (const { name, text } of filesUnder(dir)) {
    const c = JSON.parse(fs.readFileSync(path.join(dir, name), "utf8")) as Case;
    expect(() => new URL(c.request.url)).not.toThrow();
    expect(text).toContain(REDACTED);
  }
});

describe("the redactor", () => {
  const call = (overrides: Partial<Case> = {}): Case => ({
    name: "n",
    operationId: "Op",
    request: { method: "GET", url: "https://api.example.com/", headers: {}, body: null },
    upstream: [],
    ...overrides,
  });

  test("headers by their common secret names, whatever the case of the name", () => {
    const r = new Redactor();
    const names = ["Api-Key", "X-API-KEY", "x-auth-token", "Authorization", "Proxy-Authorization", "Cookie", "Ocp-Apim-Subscription-Key", "X-Client-Secret", "X-Refresh-Token"];
    const headers = Object.fromEntries(names.map((n, i) => [n, `value-${i}-secret`]));
    const out = r.redact(call({ request: { method: "GET", url: "https://a.example/", headers: { ...headers, Accept: "text/plain" }, body: null } }));
    expect(out.request.headers).toEqual({ ...Object.fromEntries(names.map((n) => [n, REDACTED])), Accept: "text/plain" });
  });

  test("query and form parameters by name, percent-encoded in the URL", () => {
    const r = new Redactor({ query: ["tenant"] });
    const url = "https://a.example/x?api_key=k1k1k1&apikey=k2k2k2&sig=k3k3k3&client_secret=k4k4k4&code=k5k5k5&tenant=k6k6k6&page=2";
    const out = r.redact(call({ request: { method: "POST", url, headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: "password=p%40ss%20word&user=ann" } }));
    expect(out.request.url).toBe("https://a.example/x?api_key=%3Credacted%3E&apikey=%3Credacted%3E&sig=%3Credacted%3E&client_secret=%3Credacted%3E&code=%3Credacted%3E&tenant=%3Credacted%3E&page=2");
    expect(out.request.body).toBe("password=<redacted>&user=ann");
  });

  test("JSON fields named like secrets (camelCase too), but not their look-alikes", () => {
    const r = new Redactor();
    const body = { accessToken: "a-secret-1", client_secret: "a-secret-2", apiKey: "a-secret-3", password: "a-secret-4", token_type: "Bearer", code: 404, name: "x" };
    const out = r.redact(call({ upstream: [{ status: 200, headers: {}, body }] }));
    expect(out.upstream[0].body).toEqual({ accessToken: REDACTED, client_secret: REDACTED, apiKey: REDACTED, password: REDACTED, token_type: "Bearer", code: 404, name: "x" });
  });

  test("a value once known is scrubbed in later cases of the same harness, and from the name", () => {
    const r = new Redactor();
    r.redact(call({ request: { method: "GET", url: "https://a.example/", headers: { "X-Api-Key": "learned-key-1" }, body: null } }));
    const out = r.redact(call({ name: "uses learned-key-1", request: { method: "GET", url: "https://a.example/learned-key-1", headers: {}, body: "x learned-key-1" } }));
    expect(out.name).toBe(`uses ${REDACTED}`);
    expect(out.request.url).toBe("https://a.example/%3Credacted%3E");
    expect(out.request.body).toBe(`x ${REDACTED}`);
  });

  test("a Basic credential's password and a Bearer token are scrubbed where they reappear", () => {
    const r = new Redactor();
    const basic = Buffer.from("ann:pa55-word-x").toString("base64");
    const out = r.redact(
      call({
        request: { method: "GET", url: "https://a.example/?p=pa55-word-x", headers: { Authorization: `Basic ${basic}` }, body: null },
        upstream: [{ status: 200, headers: {}, body: { echo: "Bearer-less tok pa55-word-x" } }],
      }),
    );
    expect(JSON.stringify(out)).not.toContain("pa55-word-x");
  });

  test("a body nested a thousand levels is redacted without recursion", () => {
    const r = new Redactor();
    let body: unknown = { password: "deep-secret-1" };
    for (let i = 0; i < 999; i++) body = [body];
    const out = r.redact(call({ request: { method: "POST", url: "https://a.example/", headers: {}, body: body as never } }));
    expect(JSON.stringify(out)).not.toContain("deep-secret-1");
  });
});

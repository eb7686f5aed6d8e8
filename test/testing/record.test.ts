// The jest harness records each call as a case; secrets never reach the file.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { defineTransforms, type Ctx, type Json, type Req } from "csxc";
import { harness } from "csxc/testing";

const KEY = "sk-live-0123456789abcdef";
const BEARER = "Bearer eyJhbGciOi.secret-token";

const transforms = defineTransforms({
  Echo: {
    async handle(req: Req, ctx: Ctx) {
      // A careless transform that copies the key into the URL and the body: the case must not keep it.
      req.query.set("key", req.headers.get("X-Api-Key") ?? "");
      req.setJson({ copied: req.headers.get("X-Api-Key"), auth: req.headers.get("Authorization") });
      return ctx.send(req);
    },
  },
});

function recordOne(swagger?: string, headers: Record<string, string> = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "csxc-record-"));
  const h = harness(transforms, {
    record: dir,
    swagger,
    upstream: (req) => ({ status: 200, headers: [["Content-Type", "application/json"], ["Set-Cookie", "session=abc123456"]], body: req.body }),
  });
  return { dir, run: () => h.run("Echo", { method: "POST", url: "https://api.example.com/echo?x=1", headers: { "X-Api-Key": KEY, Authorization: BEARER, ...headers } }) };
}

function recorded(dir: string): string {
  const files = fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".json"));
  expect(files).toHaveLength(1);
  return fs.readFileSync(path.join(dir, files[0]), "utf8");
}

test("a case is written under the test file's name, in design.md's format", async () => {
  const { dir, run } = recordOne();
  const res = await run();
  expect(res.status).toBe(200);
  const text = recorded(dir);
  const c = JSON.parse(text);
  expect(Object.keys(c)).toEqual(["name", "operationId", "request", "upstream"]);
  expect(c.operationId).toBe("Echo");
  expect(c.request).toMatchObject({ method: "POST", url: "https://api.example.com/echo?x=1" });
  expect(c.upstream).toHaveLength(1);
  expect(fs.readdirSync(dir)).toEqual(["record"]);
});

test("X-Api-Key, Authorization and cookies are redacted, and so is every copy of them", async () => {
  const { dir, run } = recordOne();
  const res = await run();
  // The live answer still carries what the transform did.
  expect(res.json()).toEqual({ copied: KEY, auth: BEARER });
  const text = recorded(dir);
  expect(text).not.toContain(KEY);
  expect(text).not.toContain("secret-token");
  expect(text).not.toContain("abc123456");
  expect(JSON.parse(text).request.headers).toEqual({ "X-Api-Key": "<redacted>", Authorization: "<redacted>" });
});

test("headers the swagger names as apiKey security are redacted too", async () => {
  const swagger = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "csxc-swagger-")), "swagger.json");
  fs.writeFileSync(swagger, JSON.stringify({ swagger: "2.0", securityDefinitions: { k: { type: "apiKey", in: "header", name: "X-Tenant-Secret" } } }));
  const { dir, run } = recordOne(swagger, { "X-Tenant-Secret": "tenant-secret-42" });
  await run();
  const text = recorded(dir);
  expect(text).not.toContain("tenant-secret-42");
  expect(JSON.parse(text).request.headers["X-Tenant-Secret"]).toBe("<redacted>");
});

test("a connection string is a secret, and so is each key inside it wherever it is copied", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "csxc-record-conn-"));
  const key = "c2VjcmV0LWFjY2Vzcy1rZXk=";
  const copying = defineTransforms({
    Send: {
      request(req: Req) {
        const conn = req.headers.get("X-Connection-String") ?? "";
        req.setJson({ key: conn.slice(conn.indexOf("accesskey=") + 10) });
      },
    },
  });
  // The backend echoes what it got: the answer recorded carries the key unless it is hunted by value.
  const h = harness(copying, { record: dir, upstream: (req) => ({ json: req.json() }) });
  await h.run("Send", { method: "POST", url: "https://api.example.com/send", headers: { "X-Connection-String": `endpoint=https://acs.example.com/;accesskey=${key}` } });
  const text = recorded(dir);
  expect(text).not.toContain(key);
  expect(JSON.parse(text).request.headers["X-Connection-String"]).toBe("<redacted>");
});

describe("requests and replies written as an author writes them", () => {
  interface Item { id: string; tags?: string[] }
  const items: Item[] = [{ id: "a" }, { id: "b", tags: ["x"] }];
  const echo = harness(transforms, {
    record: false,
    // A reply built from an interface-typed value and a conditional of two literals: any JSON value.
    upstream: (req) => (req.url.includes("items") ? { json: items } : { status: 202, json: { got: req.json<Json>(), type: req.header("content-type"), url: undefined } }),
  });

  test("a request given as json is sent as JSON with its Content-Type; text as text", async () => {
    const passThrough = harness(defineTransforms({}), { record: false, upstream: (req) => ({ json: { body: req.text(), type: req.header("content-type") } }) });
    const json = await passThrough.run("Any", { method: "POST", url: "https://api.example.com/echo", json: { n: 1, list: items } });
    expect(json.json()).toEqual({ body: JSON.stringify({ n: 1, list: items }), type: "application/json; charset=utf-8" });
    // What was sent reads as the upstream read it.
    expect(json.sent[0].json()).toEqual({ n: 1, list: items });
    expect(json.sent[0].header("CONTENT-TYPE")).toBe("application/json; charset=utf-8");
    const text = await passThrough.run("Any", { method: "POST", url: "https://api.example.com/echo", text: "plain", headers: { "Content-Type": "text/csv" } });
    expect(text.json()).toEqual({ body: "plain", type: "text/csv" });
  });

  test("a reply may be any JSON value: an interface, a conditional of two literals", async () => {
    const list = await echo.run("Echo", { method: "GET", url: "https://api.example.com/items" });
    expect(list.json()).toEqual(items);
    const other = await echo.run("Echo", { method: "POST", url: "https://api.example.com/echo" });
    expect(other.status).toBe(202);
    expect(other.json()).toEqual({ got: { copied: null, auth: null }, type: "application/json; charset=utf-8" });
  });

  test("more than one body is refused, by name", async () => {
    await expect(echo.run("Echo", { method: "POST", url: "https://api.example.com/echo", json: {}, text: "x" })).rejects.toThrow(/request gives more than one of body, json and text \(json, text\); give one/);
  });

  test("a reply with body and a header record is sent as given; a misspelt key is named", async () => {
    const html = harness(defineTransforms({}), { record: false, upstream: () => ({ status: 200, headers: { "Content-Type": "text/html" }, body: "<b>Sunny</b>" }) });
    const res = await html.run("Any", { method: "GET", url: "https://api.example.com/w" });
    expect(res.text()).toBe("<b>Sunny</b>");
    expect(res.header("content-type")).toBe("text/html");
    const typo = harness(defineTransforms({}), { record: false, upstream: () => ({ status: 200, jsno: {} }) as never });
    await expect(typo.run("Any", { method: "GET", url: "https://api.example.com/w" })).rejects.toThrow("the upstream's reply has 'jsno', which is not one of status, headers, json, text, body");
  });

  test("an operationId the swagger lacks fails the test instead of passing through", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "csxc-record-ops-"));
    const swagger = path.join(dir, "swagger.json");
    fs.writeFileSync(swagger, JSON.stringify({ swagger: "2.0", paths: { "/echo": { post: { operationId: "Echo" } } } }));
    const h = harness(transforms, { record: false, swagger, upstream: () => ({ json: {} }) });
    expect((await h.run("Echo", { method: "POST", url: "https://api.example.com/echo" })).status).toBe(200);
    await expect(h.run("Ecko", { method: "POST", url: "https://api.example.com/echo" })).rejects.toThrow(`run("Ecko"): ${swagger} has no operation with that operationId (it has Echo)`);
  });
});

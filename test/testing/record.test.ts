// The jest harness records each call as a case; secrets never reach the file.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { defineTransforms, type Ctx, type Req } from "csxc";
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

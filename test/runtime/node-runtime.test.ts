// The node runtime of the authoring API: routing, the error policy, Req/Res/Ctx semantics.
import { defineTransforms, HttpError, isoDuration, base64, hmacSha256Hex } from "csxc";
import { runOperation } from "../../src/runtime/run";
import { bodyText, textBody, type WireRequest } from "../../src/runtime/wire";

const request = (url: string, headers: Array<[string, string]> = [], body: string | null = null): WireRequest => ({
  method: "GET",
  url,
  headers,
  body: body === null ? null : textBody(body),
});
const ok = () => ({ status: 200, headers: [["Content-Type", "application/json"]] as Array<[string, string]>, body: textBody('{"a":1}') });

describe("routing and the error policy", () => {
  test("an operation without a transform is forwarded unchanged", async () => {
    const result = await runOperation({}, { operationId: "X", request: request("https://h/a?b=1"), upstream: ok });
    expect(result.sent).toHaveLength(1);
    expect(result.sent[0].url).toBe("https://h/a?b=1");
    expect(bodyText(result.response.body)).toBe('{"a":1}');
  });

  test("a base64-encoded operationId routes to its transform and ctx sees it decoded", async () => {
    const t = defineTransforms({ ListProjects: { handle: (_req, ctx) => ctx.respond(200, { op: ctx.operationId }) } });
    const encoded = Buffer.from("ListProjects").toString("base64");
    const result = await runOperation(t, { operationId: encoded, request: request("https://h/"), upstream: ok });
    expect(bodyText(result.response.body)).toBe('{"op":"ListProjects"}');
  });

  test("HttpError becomes its status with {message}; other errors 500 with operationId, logged", async () => {
    const t = defineTransforms({
      A: { handle: () => { throw new HttpError(404, "no such thing"); } },
      B: { handle: () => { throw new Error("boom"); } },
    });
    const a = await runOperation(t, { operationId: "A", request: request("https://h/"), upstream: ok });
    expect([a.response.status, bodyText(a.response.body)]).toEqual([404, '{"message":"no such thing"}']);
    const b = await runOperation(t, { operationId: "B", request: request("https://h/"), upstream: ok });
    expect([b.response.status, bodyText(b.response.body)]).toEqual([500, '{"message":"boom","operationId":"B"}']);
    expect(b.logs).toEqual([{ level: "error", message: "B: boom" }]);
  });

  test("'*' answers for operations without their own entry", async () => {
    const t = defineTransforms({ "*": { handle: (_r, ctx) => ctx.respond(400, { message: `unknown ${ctx.operationId}` }) } });
    const r = await runOperation(t, { operationId: "Nope", request: request("https://h/"), upstream: ok });
    expect([r.response.status, r.sent.length]).toEqual([400, 0]);
  });
});

describe("Req", () => {
  const run = async (fn: (req: import("csxc").Req) => void | Promise<void>, url = "https://h/p?a=1&b=x%20y&b=2&c=%2B+") => {
    const t = defineTransforms({ Op: { request: fn } });
    return (await runOperation(t, { operationId: "Op", request: request(url, [["X-Api-Key", "k"], ["Accept", "a"]]), upstream: ok })).sent[0];
  };

  test("query get decodes %XX and +, getAll returns every value", async () => {
    let seen: unknown;
    await run((req) => {
      seen = [req.query.get("b"), req.query.getAll("b"), req.query.get("c"), req.query.get("zzz"), req.query.has("a")];
    });
    expect(seen).toEqual(["x y", ["x y", "2"], "+ ", null, true]);
  });

  test("set encodes like encodeURIComponent and keeps untouched parameters' bytes", async () => {
    const sent = await run((req) => {
      req.query.set("a", "é !'()*");
      req.query.append("d", "1/2");
      req.query.delete("b");
    });
    expect(sent.url).toBe("https://h/p?a=%C3%A9%20!'()*&c=%2B+&d=1%2F2");
  });

  test("path, method and headers", async () => {
    const sent = await run((req) => {
      req.path = "/v2/items";
      req.method = "post";
      req.headers.set("x-extra", "1");
      req.headers.delete("accept");
      req.setJson({ a: [1, 2.5, "x"] });
    });
    expect(sent.method).toBe("POST");
    expect(sent.url).toBe("https://h/v2/items?a=1&b=x%20y&b=2&c=%2B+");
    expect(sent.headers).toEqual([["X-Api-Key", "k"], ["x-extra", "1"], ["Content-Type", "application/json; charset=utf-8"]]);
    expect(bodyText(sent.body)).toBe('{"a":[1,2.5,"x"]}');
  });

  test("setForm and setMultipart write deterministic bytes", async () => {
    const form = await run((req) => req.setForm({ "a b": "c&d", e: "ü" }));
    expect(bodyText(form.body)).toBe("a+b=c%26d&e=%C3%BC");
    const multi = await run((req) => req.setMultipart({ note: "hi", file: { filename: "r.txt", contentType: "text/plain", base64: base64.encode("abc") } }));
    expect(bodyText(multi.body)).toBe(
      '--csxc-7f3c9a1e5b2d4860\r\nContent-Disposition: form-data; name="note"\r\n\r\nhi\r\n' +
        '--csxc-7f3c9a1e5b2d4860\r\nContent-Disposition: form-data; name="file"; filename="r.txt"\r\nContent-Type: text/plain\r\n\r\nabc\r\n' +
        "--csxc-7f3c9a1e5b2d4860--\r\n",
    );
  });
});

describe("Ctx", () => {
  test("newRequest copies the incoming headers as they are now, content headers excepted", async () => {
    const t = defineTransforms({
      Op: {
        async handle(req, ctx) {
          req.headers.set("X-Later", "1");
          const extra = ctx.newRequest("get", "https://other/x");
          return ctx.send(extra);
        },
      },
    });
    const r = await runOperation(t, { operationId: "Op", request: request("https://h/", [["X-Api-Key", "k"], ["Content-Type", "text/plain"]], "body"), upstream: ok });
    expect(r.sent[0].headers).toEqual([["X-Api-Key", "k"], ["X-Later", "1"]]);
    expect(r.sent[0].method).toBe("GET");
  });

  test("notificationUrl and originalUrl come from the context", async () => {
    const t = defineTransforms({ Op: { handle: (_r, ctx) => ctx.respond(200, [ctx.notificationUrl("/hook?x=1"), ctx.originalUrl, ctx.correlationId]) } });
    const r = await runOperation(t, { operationId: "Op", request: request("https://h/a"), upstream: ok, context: { notificationBase: "https://n.example/" } });
    expect(JSON.parse(bodyText(r.response.body))).toEqual(["https://n.example/hook?x=1", "https://h/a", "00000000-0000-0000-0000-000000000000"]);
  });
});

describe("helpers", () => {
  test("isoDuration reads days and fractions and writes hours without rolling into days", () => {
    expect(isoDuration.toSeconds("PT1H30M")).toBe(5400);
    expect(isoDuration.toSeconds("P1DT2H")).toBe(93600);
    expect(isoDuration.toSeconds("PT0.5S")).toBe(0.5);
    expect(isoDuration.toSeconds("PT0S")).toBe(0);
    expect(isoDuration.fromSeconds(90000)).toBe("PT25H");
    expect(isoDuration.fromSeconds(2020408)).toBe("PT561H13M28S");
    expect(isoDuration.fromSeconds(0)).toBe("PT0S");
    for (const bad of ["", "P", "PT", "1H", "PT1H2", "P1H", "PTS"]) expect(() => isoDuration.toSeconds(bad)).toThrow("isoDuration.toSeconds: not an ISO-8601 duration");
  });

  test("base64 is strict and hmac matches the published RFC 4231 vector", () => {
    expect(base64.decode(base64.encode("héllo"))).toBe("héllo");
    expect(() => base64.decode("abc")).toThrow("base64.decode: the text is not valid base64");
    expect(hmacSha256Hex("Jefe", "what do ya want for nothing?")).toBe("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  });
});

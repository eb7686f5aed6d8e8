// Scenarios of the ACS Email-style signing connector against a fake ACS that checks the signature
// the way the service does, so a wrong byte in the string to sign fails here, on node, already.

import { createHash, createHmac } from "node:crypto";
import { harness, type WireRequest } from "csxc/testing";
import transforms from "./transforms";
import { bodyOf, header, json, text } from "../support";

const KEY = Buffer.from("an access key of the fake ACS resource, 32+ bytes long!").toString("base64");
const HOST = "contoso-mail.europe.communication.azure.com";
const CONNECTION = `endpoint=https://${HOST}/;accesskey=${KEY}`;
const PLACEHOLDER = "https://placeholder.communication.azure.com";
const API = "api-version=2023-03-31";
const DATE = "Tue, 04 Mar 2025 09:05:07 GMT";

const sha256 = (s: string) => createHash("sha256").update(Buffer.from(s, "utf8")).digest("base64");

/** A fake ACS Email resource: checks host, hash, date and signature; sends and reports emails. */
export function fakeAcs() {
  const sent: WireRequest[] = [];
  const emails = new Map<string, string>([["0f6e5a2b-1111-4d1e-9d7b-000000000001", "Succeeded"]]);
  let next = 2;
  const upstream = (req: WireRequest) => {
    sent.push(req);
    const url = new URL(req.url);
    if (url.host !== HOST) return text(404, `no resource at ${url.host}`);
    const body = bodyOf(req);
    const date = header(req, "x-ms-date") ?? "";
    const hash = header(req, "x-ms-content-sha256") ?? "";
    const toSign = `${req.method}\n${url.pathname}${url.search}\n${date};${url.host};${hash}`;
    const expected = createHmac("sha256", Buffer.from(KEY, "base64")).update(toSign, "utf8").digest("base64");
    const auth = header(req, "Authorization") ?? "";
    if (hash !== sha256(body) || auth !== `HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=${expected}`) {
      return json(401, { error: { code: "Denied", message: "Denied by the resource provider." } });
    }
    if (req.method === "POST" && url.pathname === "/emails:send") {
      const email = JSON.parse(body) as { senderAddress?: string; recipients?: { to?: unknown[] }; content?: { subject?: string } };
      if (!email.senderAddress || !email.recipients?.to?.length) {
        return json(400, { error: { code: "InvalidRequest", message: "senderAddress and at least one recipient are required." } });
      }
      const id = `0f6e5a2b-1111-4d1e-9d7b-${String(next++).padStart(12, "0")}`;
      emails.set(id, "Running");
      return json(202, { id, status: "Running", error: null }, [["operation-location", `https://${HOST}/emails/operations/${id}?${API}`], ["Retry-After", "30"]]);
    }
    const status = /^\/emails\/operations\/([^/]+)$/.exec(url.pathname);
    if (req.method === "GET" && status) {
      const id = decodeURIComponent(status[1]);
      const state = emails.get(id);
      if (!state) return json(404, { error: { code: "NotFound", message: `Operation ${id} was not found.` } });
      return json(200, { id, status: state, error: null });
    }
    if (url.pathname === "/unavailable") return text(503, "Service Unavailable");
    return json(404, { error: { code: "NotFound", message: "Unknown path." } });
  };
  return { sent, upstream };
}

const EMAIL = {
  senderAddress: "DoNotReply@contoso.com",
  recipients: { to: [{ address: "zoë@example.com", displayName: "Zoë Ångström" }] },
  content: { subject: "Grüße 👋 from the flow", plainText: "Line one\nline two — ✓", html: "<p>Hi &amp; bye</p>" },
  headers: { "x-priority": "1" },
};

export function acsEmailScenarios(record: string): void {
  const run = (operationId: string, request: Parameters<ReturnType<typeof harness>["run"]>[1]) => {
    const acs = fakeAcs();
    return { acs, result: harness(transforms, { upstream: acs.upstream, record }).run(operationId, request) };
  };

  test("sends an email signed with the access key, on the endpoint's host", async () => {
    const { acs, result } = run("SendEmail", {
      method: "POST",
      url: `${PLACEHOLDER}/emails:send?${API}`,
      headers: { "X-Connection-String": CONNECTION, "x-ms-date": DATE, "Content-Type": "application/json" },
      body: EMAIL,
    });
    const res = await result;
    expect(res.status).toBe(202);
    expect(res.json()).toEqual({ id: "0f6e5a2b-1111-4d1e-9d7b-000000000002", status: "Running", operationLocation: `https://${HOST}/emails/operations/0f6e5a2b-1111-4d1e-9d7b-000000000002?${API}` });
    const sent = acs.sent[0];
    expect(sent.url).toBe(`https://${HOST}/emails:send?${API}`);
    expect(header(sent, "x-ms-date")).toBe(DATE);
    expect(header(sent, "Host")).toBe(HOST);
    expect(header(sent, "x-ms-content-sha256")).toBe(sha256(JSON.stringify(EMAIL)));
    expect(header(sent, "X-Connection-String")).toBeNull();
    expect(res.logs).toEqual([{ level: "info", message: `signed POST /emails:send?${API} for ${HOST}` }]);
  });

  test("an ISO 8601 date is signed as RFC 1123", async () => {
    const { acs, result } = run("SendEmail", {
      method: "POST",
      url: `${PLACEHOLDER}/emails:send?${API}`,
      headers: { "X-Connection-String": CONNECTION, "x-ms-date": "2024-02-29T23:59:58.999+01:00", "Content-Type": "application/json" },
      body: EMAIL,
    });
    expect((await result).status).toBe(202);
    expect(header(acs.sent[0], "x-ms-date")).toBe("Thu, 29 Feb 2024 22:59:58 GMT");
  });

  test("a Date header is taken when x-ms-date is absent, and not forwarded", async () => {
    const { acs, result } = run("SendEmail", {
      method: "POST",
      url: `${PLACEHOLDER}/emails:send?${API}`,
      headers: { "X-Connection-String": CONNECTION, Date: "2025-01-05", "Content-Type": "application/json" },
      body: EMAIL,
    });
    expect((await result).status).toBe(202);
    expect(header(acs.sent[0], "x-ms-date")).toBe("Sun, 05 Jan 2025 00:00:00 GMT");
    expect(header(acs.sent[0], "Date")).toBeNull();
  });

  test("GET of an operation's status signs the hash of the empty body", async () => {
    const { acs, result } = run("GetEmailStatus", {
      method: "GET",
      url: `${PLACEHOLDER}/emails/operations/0f6e5a2b-1111-4d1e-9d7b-000000000001?${API}`,
      headers: { "X-Connection-String": CONNECTION, "x-ms-date": DATE },
    });
    const res = await result;
    expect(res.status).toBe(200);
    expect(res.json()).toEqual({ id: "0f6e5a2b-1111-4d1e-9d7b-000000000001", status: "Succeeded", error: null });
    expect(header(acs.sent[0], "x-ms-content-sha256")).toBe("47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=");
  });

  test("an unknown operation id answers ACS's 404 as a message", async () => {
    const res = await run("GetEmailStatus", {
      method: "GET",
      url: `${PLACEHOLDER}/emails/operations/no%20such%2Fid?${API}`,
      headers: { "X-Connection-String": CONNECTION, "x-ms-date": DATE },
    }).result;
    expect(res.status).toBe(404);
    expect(res.json()).toEqual({ message: "NotFound: Operation no such/id was not found.", status: 404 });
  });

  test("connection string parts in any order, any case, with spaces and a port-less trailing slash", async () => {
    const { acs, result } = run("SendEmail", {
      method: "POST",
      url: `${PLACEHOLDER}/emails:send?${API}`,
      headers: { "X-Connection-String": ` AccessKey = ${KEY} ; ENDPOINT=https://${HOST.toUpperCase()}/ ;`, "x-ms-date": DATE, "Content-Type": "application/json" },
      body: EMAIL,
    });
    expect((await result).status).toBe(202);
    expect(acs.sent[0].url).toBe(`https://${HOST}/emails:send?${API}`);
  });

  test("the service's validation error becomes a message", async () => {
    const res = await run("SendEmail", {
      method: "POST",
      url: `${PLACEHOLDER}/emails:send?${API}`,
      headers: { "X-Connection-String": CONNECTION, "x-ms-date": DATE, "Content-Type": "application/json" },
      body: { senderAddress: "DoNotReply@contoso.com", recipients: { to: [] }, content: { subject: "" } },
    }).result;
    expect(res.status).toBe(400);
    expect(res.json()).toEqual({ message: "InvalidRequest: senderAddress and at least one recipient are required.", status: 400 });
  });

  test("a wrong key is denied by the service", async () => {
    const otherKey = Buffer.from("some other key").toString("base64");
    const res = await run("SendEmail", {
      method: "POST",
      url: `${PLACEHOLDER}/emails:send?${API}`,
      headers: { "X-Connection-String": `endpoint=https://${HOST};accesskey=${otherKey}`, "x-ms-date": DATE, "Content-Type": "application/json" },
      body: EMAIL,
    }).result;
    expect(res.status).toBe(401);
    expect(res.json()).toEqual({ message: "Denied: Denied by the resource provider.", status: 401 });
  });

  test("a plain-text error is passed on as its text", async () => {
    const res = await run("Ping", { method: "GET", url: `${PLACEHOLDER}/unavailable`, headers: { "X-Connection-String": CONNECTION, "x-ms-date": DATE } }).result;
    expect(res.status).toBe(503);
    expect(res.json()).toEqual({ message: "Service Unavailable", status: 503 });
  });

  test.each([
    ["no connection string", {}, 401, "The connection string is missing: create the connection again with endpoint=…;accesskey=…"],
    ["an http endpoint", { "X-Connection-String": `endpoint=http://${HOST};accesskey=${KEY}` }, 400, `The connection string's endpoint must be an https URL such as https://name.communication.azure.com, got 'http://${HOST}'`],
    ["no access key", { "X-Connection-String": `endpoint=https://${HOST}` }, 400, "The connection string has no accesskey"],
    ["a key that is not base64", { "X-Connection-String": `endpoint=https://${HOST};accesskey=not*base64` }, 400, "The connection string's accesskey is not valid base64"],
    ["no date", { "X-Connection-String": CONNECTION, "x-ms-date": null }, 400, "x-ms-date is required: pass the request time (RFC 1123 or ISO 8601) so the signature can be checked"],
    ["a date that is neither form", { "X-Connection-String": CONNECTION, "x-ms-date": "yesterday" }, 400, "x-ms-date must be an RFC 1123 or ISO 8601 date, got 'yesterday'"],
  ])("%s is refused before anything is sent", async (_name, given, status, message) => {
    const headers: Record<string, string> = { "x-ms-date": DATE, "Content-Type": "application/json" };
    for (const [k, v] of Object.entries(given as Record<string, string | null>)) {
      if (v === null) delete headers[k];
      else headers[k] = v;
    }
    const { acs, result } = run("SendEmail", { method: "POST", url: `${PLACEHOLDER}/emails:send?${API}`, headers, body: EMAIL });
    const res = await result;
    expect(res.status).toBe(status);
    expect(res.json()).toEqual({ message });
    expect(acs.sent).toHaveLength(0);
  });
}

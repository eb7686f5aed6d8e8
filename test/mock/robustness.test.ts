// Robust: nothing throws out of the upstream, an unexpected failure undoes its writes, and hundreds
// of concurrent requests over loopback all succeed without losing a write.

import * as http from "node:http";
import { encodeMultipart } from "../../src/runtime/body";
import { startMockServer, type MockServer } from "../../src/mock";
import { fixture } from "./support";

describe("in-process", () => {
  test("an exception inside a handler is a 500 in Clockify's shape, and its writes are undone", async () => {
    const errors: unknown[] = [];
    const f = fixture({ onInternalError: (e) => errors.push(e) });
    const projects = f.state.projects.size;
    // The project is inserted, then creating its task fails.
    const insert = jest.spyOn(f.state.tasks, "insert").mockImplementationOnce(() => {
      throw new Error("disk on fire");
    });
    const answer = await f.client.post(f.ws("/projects"), { name: "Doomed", tasks: [{ name: "First" }] });
    insert.mockRestore();
    expect([answer.status, answer.json]).toEqual([500, { message: "Internal server error: disk on fire", code: 500 }]);
    expect(f.state.projects.size).toBe(projects);
    expect(f.state.projects.find((p) => p.name === "Doomed")).toBeUndefined();
    expect(errors).toHaveLength(1);
    // And the mock goes on.
    expect((await f.client.post(f.ws("/projects"), { name: "Doomed", tasks: [{ name: "First" }] })).status).toBe(201);
  });

  test("garbage in: bad URLs, bodies that are not UTF-8, odd methods", async () => {
    const f = fixture();
    const c = f.client;
    expect((await c.call("GET", "not a url")).status).toBe(404);
    const bytes = new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]);
    const answer = await c.call("POST", f.ws("/tags"), { body: bytes, headers: { "Content-Type": "application/json" } });
    expect([answer.status, answer.json.code]).toEqual([400, 3000]);
    expect((await c.call("BREW", f.ws("/tags"))).status).toBe(405);
    expect((await c.call("POST", f.ws("/tags"), { body: "name=x", headers: { "Content-Type": "application/x-www-form-urlencoded" } })).status).toBe(415);
    expect((await c.call("POST", f.ws("/tags"))).json).toEqual({ message: "Required request body is missing", code: 3000 });
    const multipart = await c.call("POST", f.ws("/expenses"), { body: "garbage", headers: { "Content-Type": "multipart/form-data; boundary=xyz" } });
    expect(multipart.status).toBe(400);
  });
});

describe("over HTTP", () => {
  let server: MockServer;
  // node:http with keep-alive: several hundred sockets at once, cheaper per request than fetch.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 500 });
  beforeAll(async () => {
    server = await startMockServer();
  });
  afterAll(async () => {
    agent.destroy();
    await server.close();
  });

  /** One request; resolves with the status and the body as text. */
  function send(method: string, url: string, headers: Record<string, string>, body?: string | Uint8Array): Promise<{ status: number; text: string }> {
    return new Promise((resolve, reject) => {
      const req = http.request(url, { method, headers, agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }));
      });
      req.on("error", reject);
      req.end(body);
    });
  }

  const headers = () => ({ "X-Api-Key": server.mock.apiKey, "Content-Type": "application/json" });
  const workspaceId = () => server.mock.state.workspaces.all()[0].id;
  const alice = () => server.mock.state.users.all()[0].id;

  test("hundreds of concurrent creates and reads: no error, no lost write", async () => {
    const ws = `${server.coreUrl}/workspaces/${workspaceId()}`;
    const post = (path: string, body: unknown) => send("POST", `${ws}${path}`, headers(), JSON.stringify(body));
    const get = (path: string) => send("GET", `${ws}${path}`, headers());
    const project = server.mock.state.projects.all()[0];
    const category = server.mock.state.expenseCategories.all()[0];
    const requests: Array<Promise<{ status: number; text: string }>> = [];
    for (let i = 0; i < 120; i++) requests.push(post("/tags", { name: `concurrent-${i}` }));
    for (let i = 0; i < 120; i++) {
      const start = Date.UTC(2026, 10, 10, 0, i);
      requests.push(post("/time-entries", { start: new Date(start).toISOString(), end: new Date(start + 30_000).toISOString(), description: `concurrent-${i}`, projectId: project.id }));
    }
    for (let i = 0; i < 40; i++) {
      const form = encodeMultipart({
        amount: String(i + 1),
        categoryId: category.id,
        date: "2026-11-10",
        projectId: project.id,
        userId: alice(),
        notes: `concurrent-${i}`,
        file: { filename: "r.png", contentType: "image/png", base64: "iVBORw0KGgo=" },
      });
      requests.push(send("POST", `${ws}/expenses`, { "X-Api-Key": server.mock.apiKey, "Content-Type": form.contentType }, form.bytes));
    }
    for (let i = 0; i < 120; i++) requests.push(get(i % 2 === 0 ? "/projects?page-size=200" : `/user/${alice()}/time-entries?page-size=20`));
    const answers = await Promise.all(requests);
    expect(answers.filter((a) => a.status >= 300)).toEqual([]);
    expect(answers).toHaveLength(400);

    const tags = JSON.parse((await get("/tags?name=concurrent-&page-size=5000")).text) as Array<{ name: string }>;
    expect(new Set(tags.map((t) => t.name)).size).toBe(120);
    const entries = JSON.parse((await get(`/user/${alice()}/time-entries?description=concurrent-&page-size=5000`)).text) as unknown[];
    expect(entries).toHaveLength(120);
    const expenses = server.mock.state.expenses.where((e) => e.notes.startsWith("concurrent-"));
    expect(expenses).toHaveLength(40);
  });

  test("concurrent timer starts leave exactly one timer running", async () => {
    const ws = `${server.coreUrl}/workspaces/${workspaceId()}`;
    const starts = Array.from({ length: 60 }, (_, i) =>
      send("POST", `${ws}/time-entries`, headers(), JSON.stringify({ start: new Date(Date.UTC(2026, 10, 11, 8, i)).toISOString(), description: `timer-${i}` })),
    );
    const answers = await Promise.all(starts);
    expect(answers.every((a) => a.status === 201)).toBe(true);
    const running = server.mock.state.timeEntries.where((e) => e.userId === alice() && e.workspaceId === workspaceId() && e.end === null);
    expect(running).toHaveLength(1);
  });

  test("one port serves both hosts; the Host header may name the reports host", async () => {
    const body = JSON.stringify({ dateRangeStart: "2026-10-01T00:00:00Z", dateRangeEnd: "2026-10-02T00:00:00Z", detailedFilter: {} });
    const path = `/workspaces/${workspaceId()}/reports/detailed`;
    expect((await fetch(`${server.reportsUrl}${path}`, { method: "POST", headers: headers(), body })).status).toBe(200);
    const asReportsHost = await send("POST", `http://127.0.0.1:${server.port}/v1${path}`, { ...headers(), Host: "reports.api.clockify.me" }, body);
    expect(asReportsHost.status).toBe(200);
  });

  test("an oversized body is a 413, and the server goes on", async () => {
    const small = await startMockServer({ maxBodyBytes: 1000 });
    try {
      const answer = await fetch(`${small.coreUrl}/workspaces/${workspaceId()}/tags`, { method: "POST", headers: headers(), body: JSON.stringify({ name: "x".repeat(5000) }) });
      expect(answer.status).toBe(413);
      expect((await fetch(`${small.coreUrl}/user`, { headers: headers() })).status).toBe(200);
    } finally {
      await small.close();
    }
  });
});

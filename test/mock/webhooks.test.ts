// Webhooks that fire: registered webhooks receive the entity when a matching event happens, with
// Clockify-Signature (the webhook's token) and Clockify-Webhook-Event-Type; in-process they are
// recorded (and handed to `deliver`), over HTTP the server posts them.

import * as http from "node:http";
import type { AddressInfo } from "node:net";
import { createClockifyMock, startMockServer, type WebhookDelivery } from "../../src/mock";
import { clientOf, fixture } from "./support";

const NOW = new Date("2026-11-02T10:00:00Z");

async function register(f: ReturnType<typeof fixture>, webhookEvent: string, extra: Record<string, unknown> = {}) {
  const answer = await f.client.post(f.ws("/webhooks"), {
    name: webhookEvent.slice(0, 30),
    url: "https://receiver.example/hook",
    webhookEvent,
    triggerSourceType: "WORKSPACE_ID",
    triggerSource: [f.acme.id],
    ...extra,
  });
  expect(answer.status).toBe(201);
  return answer.json as { id: string; authToken: string };
}

const events = (f: ReturnType<typeof fixture>) => f.mock.deliveries.map((d) => d.event);

test("a time entry's life: created, timer started, stopped, updated, deleted", async () => {
  const f = fixture({ now: () => NOW });
  const hooks = new Map<string, { id: string; authToken: string }>();
  for (const e of ["NEW_TIME_ENTRY", "NEW_TIMER_STARTED", "TIMER_STOPPED", "TIME_ENTRY_UPDATED", "TIME_ENTRY_DELETED"]) hooks.set(e, await register(f, e));
  const c = f.client;
  const project = f.project("Website Redesign");

  const entry = (await c.post(f.ws("/time-entries"), { start: "2026-11-02T08:00:00Z", end: "2026-11-02T09:00:00Z", projectId: project.id, tagIds: [f.tag("review").id] })).json;
  await c.post(f.ws("/time-entries"), { start: "2026-11-02T09:30:00Z", description: "timer" });
  await c.patch(f.ws(`/user/${f.alice.id}/time-entries`), { end: "2026-11-02T09:45:00Z" });
  await c.put(f.ws(`/time-entries/${entry.id}`), { start: "2026-11-02T08:00:00Z", end: "2026-11-02T08:30:00Z", projectId: project.id });
  await c.delete(f.ws(`/time-entries/${entry.id}`));
  expect(events(f)).toEqual(["NEW_TIME_ENTRY", "NEW_TIMER_STARTED", "TIMER_STOPPED", "TIME_ENTRY_UPDATED", "TIME_ENTRY_DELETED"]);

  const [created, started, stopped] = f.mock.deliveries;
  expect(created.headers).toEqual({
    "Content-Type": "application/json",
    "Clockify-Signature": hooks.get("NEW_TIME_ENTRY")!.authToken,
    "Clockify-Webhook-Event-Type": "NEW_TIME_ENTRY",
  });
  expect(created.url).toBe("https://receiver.example/hook");
  // The entity itself, flat and hydrated, with the zoned interval (Alice is in Europe/Belgrade).
  expect(created.body).toMatchObject({
    id: entry.id,
    userId: f.alice.id,
    workspaceId: f.acme.id,
    projectId: project.id,
    currentlyRunning: false,
    timeInterval: { start: "2026-11-02T08:00:00Z", end: "2026-11-02T09:00:00Z", duration: "PT1H", timeZone: "Europe/Belgrade", offsetStart: 3600, zonedStart: "2026-11-02T09:00:00" },
    project: { id: project.id, name: "Website Redesign", clientName: "Globex Corporation" },
    user: { id: f.alice.id, name: "Alice Moreau", status: "ACTIVE" },
    tags: [{ name: "review" }],
  });
  expect(started.body).toMatchObject({ currentlyRunning: true, timeInterval: { end: null, duration: null, zonedEnd: null } });
  expect(stopped.body).toMatchObject({ currentlyRunning: false, timeInterval: { end: "2026-11-02T09:45:00Z", duration: "PT15M" } });
});

test("projects, clients, tags and tasks: created, updated, deleted", async () => {
  const f = fixture({ now: () => NOW });
  const all = ["NEW_PROJECT", "PROJECT_UPDATED", "PROJECT_DELETED", "NEW_CLIENT", "CLIENT_UPDATED", "CLIENT_DELETED", "NEW_TAG", "TAG_UPDATED", "TAG_DELETED", "NEW_TASK", "TASK_UPDATED", "TASK_DELETED"];
  for (const e of all) await register(f, e);
  const c = f.client;
  const client = (await c.post(f.ws("/clients"), { name: "Hook Client" })).json;
  await c.put(f.ws(`/clients/${client.id}`), { name: "Hook Client", archived: true });
  await c.delete(f.ws(`/clients/${client.id}`));
  const project = (await c.post(f.ws("/projects"), { name: "Hook Project" })).json;
  const task = (await c.post(f.ws(`/projects/${project.id}/tasks`), { name: "Hook Task" })).json;
  await c.put(f.ws(`/projects/${project.id}/tasks/${task.id}`), { name: "Hook Task", status: "DONE" });
  await c.delete(f.ws(`/projects/${project.id}/tasks/${task.id}`));
  await c.put(f.ws(`/projects/${project.id}`), { name: "Hook Project", archived: true });
  await c.delete(f.ws(`/projects/${project.id}`));
  const tag = (await c.post(f.ws("/tags"), { name: "hook" })).json;
  await c.put(f.ws(`/tags/${tag.id}`), { name: "hooked" });
  await c.delete(f.ws(`/tags/${tag.id}`));
  expect(events(f)).toEqual([
    "NEW_CLIENT", "CLIENT_UPDATED", "CLIENT_DELETED",
    "NEW_PROJECT", "NEW_TASK", "TASK_UPDATED", "TASK_DELETED", "PROJECT_UPDATED", "PROJECT_DELETED",
    "NEW_TAG", "TAG_UPDATED", "TAG_DELETED",
  ]);
  const byEvent = (e: string) => f.mock.deliveries.find((d) => d.event === e)!.body as Record<string, unknown>;
  expect(byEvent("NEW_PROJECT")).toMatchObject({ id: project.id, name: "Hook Project", archived: false });
  expect(byEvent("PROJECT_DELETED")).toMatchObject({ id: project.id, archived: true });
  expect(byEvent("NEW_TASK")).toMatchObject({ id: task.id, projectId: project.id, status: "ACTIVE" });
  expect(byEvent("TAG_UPDATED")).toEqual({ id: tag.id, name: "hooked", workspaceId: f.acme.id, archived: false });
});

test("trigger sources narrow a webhook: a project's webhook hears only that project", async () => {
  const f = fixture({ now: () => NOW });
  const web = f.project("Website Redesign");
  const mobile = f.project("Mobile App");
  await register(f, "NEW_TIME_ENTRY", { triggerSourceType: "PROJECT_ID", triggerSource: [web.id] });
  await register(f, "NEW_TIME_ENTRY", { name: "tags", triggerSourceType: "TAG_ID", triggerSource: [f.tag("urgent").id] });
  await register(f, "NEW_TIME_ENTRY", { name: "carol", triggerSourceType: "USER_ID", triggerSource: [f.carol.id] });
  await register(f, "NEW_TIME_ENTRY", { name: "everything", triggerSource: [] });
  const entry = (body: object) => f.client.post(f.ws("/time-entries"), { start: "2026-11-02T08:00:00Z", end: "2026-11-02T09:00:00Z", ...body });
  await entry({ projectId: web.id });
  await entry({ projectId: mobile.id, tagIds: [f.tag("urgent").id] });
  await entry({ projectId: mobile.id });
  await f.client.post(f.ws(`/user/${f.carol.id}/time-entries`), { start: "2026-11-02T08:00:00Z", end: "2026-11-02T09:00:00Z" });
  const heard = (name: string) => f.mock.deliveries.filter((d) => f.state.webhooks.get(d.webhookId)!.name === name).length;
  expect([heard("NEW_TIME_ENTRY"), heard("tags"), heard("carol"), heard("everything")]).toEqual([1, 1, 1, 4]);
});

test("a new token signs later deliveries; a deleted webhook, a failed request and another workspace fire nothing", async () => {
  const f = fixture({ now: () => NOW });
  const hook = await register(f, "NEW_TAG");
  const renewed = (await f.client.patch(f.ws(`/webhooks/${hook.id}/token`))).json;
  expect(renewed.authToken).not.toBe(hook.authToken);
  await f.client.post(f.ws("/tags"), { name: "signed" });
  expect(f.mock.deliveries[0].headers["Clockify-Signature"]).toBe(renewed.authToken);
  await f.client.post(f.ws("/tags"), { name: "signed" }); // a duplicate: 400, no event
  await f.client.post(`/workspaces/${f.side.id}/tags`, { name: "elsewhere" });
  await f.client.delete(f.ws(`/webhooks/${hook.id}`));
  await f.client.post(f.ws("/tags"), { name: "unheard" });
  expect(f.mock.deliveries).toHaveLength(1);
});

test("each user sees only their own webhooks", async () => {
  const f = fixture({ now: () => NOW });
  const hook = await register(f, "NEW_TAG");
  const bob = { key: f.bob.apiKey! };
  const list = (await f.client.get(f.ws("/webhooks"), bob)).json;
  expect([list.webhooks, list.workspaceWebhookCount]).toEqual([[], 1]);
  expect((await f.client.get(f.ws(`/webhooks/${hook.id}`), bob)).json.message).toBe("Webhook doesn't belong to Workspace");
});

test("`deliver` gets every delivery after the answer; a failing receiver changes nothing for the API", async () => {
  const seen: WebhookDelivery[] = [];
  const mock = createClockifyMock({
    now: () => NOW,
    deliver: async (d) => {
      seen.push(d);
      throw new Error("receiver down");
    },
  });
  const c = clientOf(mock);
  const ws = mock.state.workspaces.all()[0].id;
  await c.post(`/workspaces/${ws}/webhooks`, { name: "fails", url: "https://down.example/", webhookEvent: "NEW_CLIENT", triggerSourceType: "WORKSPACE_ID", triggerSource: [] });
  expect((await c.post(`/workspaces/${ws}/clients`, { name: "Still created" })).status).toBe(201);
  await mock.settled();
  expect(seen).toHaveLength(1);
  expect(mock.deliveries[0].error).toBe("receiver down");
});

test("the HTTP server posts deliveries to the webhook's URL", async () => {
  const received: Array<{ headers: http.IncomingHttpHeaders; body: string }> = [];
  const receiver = http.createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      received.push({ headers: req.headers, body });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const server = await startMockServer();
  try {
    const hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/clockify`;
    const key = { "X-Api-Key": server.mock.apiKey, "Content-Type": "application/json" };
    const ws = server.mock.state.workspaces.all()[0].id;
    const created = await fetch(`${server.coreUrl}/workspaces/${ws}/webhooks`, {
      method: "POST",
      headers: key,
      body: JSON.stringify({ name: "http", url: hookUrl, webhookEvent: "NEW_TAG", triggerSourceType: "WORKSPACE_ID", triggerSource: [ws] }),
    });
    const hook = (await created.json()) as { authToken: string };
    await fetch(`${server.coreUrl}/workspaces/${ws}/tags`, { method: "POST", headers: key, body: JSON.stringify({ name: "over-http" }) });
    await server.mock.settled();
    expect(received).toHaveLength(1);
    expect(received[0].headers["clockify-signature"]).toBe(hook.authToken);
    expect(received[0].headers["clockify-webhook-event-type"]).toBe("NEW_TAG");
    expect(JSON.parse(received[0].body)).toMatchObject({ name: "over-http", workspaceId: ws, archived: false });
    expect(server.mock.deliveries[0].status).toBe(204);
  } finally {
    await server.close();
    await new Promise((resolve) => receiver.close(resolve));
  }
});

// Every trigger of transforms/webhook-events.ts: it exists in the definition, the script subscribes
// it (answering 201 with the Location of DeleteWebhook), the Clockify mock then fires it on the
// event, and the Location unsubscribes it.
import * as fs from "node:fs";
import { type WireRequest } from "csxc/testing";
import { encodeMultipart } from "../../src/runtime/body";
import { WEBHOOK_EVENTS } from "../../src/mock/webhooks";
import { WEBHOOK_TRIGGERS, type WebhookTrigger } from "../../transforms/webhook-events";
import { fixture } from "../mock/support";
import { API_KEY, CORE, SWAGGER, connector, json } from "./support";

const ORIGINAL = "https://prod-07.westeurope.logic.azure.com/apim/clockify/c0ffee";
const NOW = new Date("2026-11-02T10:00:00Z");
const CALLBACK = "https://flow.example/callback?sig=abc";

function subscription(t: WebhookTrigger) {
  return { name: `Flow ${t.slug.replace(/-/g, " ")}`, url: CALLBACK, webhookEvent: t.event, triggerSourceType: "WORKSPACE_ID", triggerSource: [] };
}

const swagger = JSON.parse(fs.readFileSync(SWAGGER, "utf8")) as { paths: Record<string, Record<string, any>> };
const triggerOps = Object.entries(swagger.paths).flatMap(([p, item]) => (item.post?.["x-ms-trigger"] ? [{ path: p, op: item.post, item }] : []));

test("the definition has exactly one trigger per row of the table, at its slug, with Clockify's event", () => {
  expect(triggerOps.map((t) => t.op.operationId).sort()).toEqual(WEBHOOK_TRIGGERS.map((t) => t.operationId).sort());
  for (const t of WEBHOOK_TRIGGERS) {
    expect(WEBHOOK_EVENTS).toContain(t.event);
    const found = triggerOps.find((o) => o.op.operationId === t.operationId)!;
    expect(found.path).toBe(`/v1/triggers/workspaces/{workspace_id}/${t.slug}`);
    const body = found.op.parameters.find((p: any) => p.in === "body");
    expect(body.schema.properties.webhookEvent.default).toBe(t.event);
    expect(found.item["x-ms-notification-content"].schema).toEqual({ $ref: `#/definitions/${t.payload}` });
  }
  expect(new Set(WEBHOOK_TRIGGERS.map((t) => t.slug)).size).toBe(WEBHOOK_TRIGGERS.length);
});

describe.each(WEBHOOK_TRIGGERS.map((t) => [t.operationId, t] as const))("%s", (_id, t) => {
  test("registers a Clockify webhook and answers 201 with the Location of DeleteWebhook", async () => {
    const sent: WireRequest[] = [];
    const h = connector(
      (req) => {
        sent.push(req);
        return json(201, { id: "wh-" + t.slug, workspaceId: "ws1", webhookEvent: t.event, url: CALLBACK });
      },
      { originalUrl: `${ORIGINAL}/v1/triggers/workspaces/ws1/${t.slug}` },
    );
    const res = await h.run(t.operationId, {
      method: "POST",
      url: `${CORE}/triggers/workspaces/ws1/${t.slug}`,
      headers: { "X-Api-Key": API_KEY, "Content-Type": "application/json" },
      body: subscription(t),
    });
    expect(res.status).toBe(201);
    expect(res.header("Location")).toBe(`${ORIGINAL}/v1/workspaces/ws1/webhooks/wh-${t.slug}`);
    expect(res.json()).toMatchObject({ id: "wh-" + t.slug });
    expect(sent).toHaveLength(1);
    expect(sent[0].method).toBe("POST");
    expect(sent[0].url).toBe(`${CORE}/workspaces/ws1/webhooks`);
    expect(JSON.parse(Buffer.from(sent[0].body!).toString("utf8"))).toEqual(subscription(t));
  });
});

test("the event sent to Clockify is the trigger's, whatever the body says", async () => {
  const sent: WireRequest[] = [];
  const h = connector((req) => {
    sent.push(req);
    return json(201, { id: "wh1" });
  }, { originalUrl: `${ORIGINAL}/v1/triggers/workspaces/ws1/new-tag` });
  const res = await h.run("OnTagCreated", {
    method: "POST",
    url: `${CORE}/triggers/workspaces/ws1/new-tag`,
    headers: { "X-Api-Key": API_KEY, "Content-Type": "application/json" },
    body: { name: "Flow new tag", url: CALLBACK, webhookEvent: "TIMER_STARTED", triggerSourceType: "WORKSPACE_ID", triggerSource: [] },
  });
  expect(res.status).toBe(201);
  expect(JSON.parse(Buffer.from(sent[0].body!).toString("utf8")).webhookEvent).toBe("NEW_TAG");
});

test("a refused subscription is passed through unchanged, with no Location", async () => {
  const h = connector(() => json(403, { message: "Webhook limit reached", code: 501 }));
  const t = WEBHOOK_TRIGGERS[0];
  const res = await h.run(t.operationId, {
    method: "POST",
    url: `${CORE}/triggers/workspaces/ws1/${t.slug}`,
    headers: { "X-Api-Key": API_KEY, "Content-Type": "application/json" },
    body: subscription(t),
  });
  expect(res.status).toBe(403);
  expect(res.header("Location")).toBeNull();
  expect(res.json()).toEqual({ message: "Webhook limit reached", code: 501 });
});

test("a trigger path without a workspace is a 400 that says what was expected", async () => {
  const h = connector(() => json(200, {}));
  const res = await h.run("OnTimerStarted", { method: "POST", url: `${CORE}/triggers/workspaces//timer-started`, headers: { "X-Api-Key": API_KEY }, body: {} });
  expect(res.status).toBe(400);
  expect(res.json<{ message: string }>().message).toMatch(/^OnTimerStarted: expected a path like/);
  expect(res.sent).toHaveLength(0);
});

// ------------------------------------------------------------------------------------------
// Against the Clockify mock: subscribe through the connector, make Clockify fire the event, then
// unsubscribe at the Location.

type Fixture = ReturnType<typeof fixture>;
const receipt = { filename: "r.png", contentType: "image/png", base64: "iVBORw0KGgo=" };

/** Makes the mock fire each event, as a Clockify user would (straight to the mock, not through the connector). */
const CAUSES: Record<string, (f: Fixture) => Promise<unknown>> = {
  NEW_TIME_ENTRY: (f) => f.client.post(f.ws("/time-entries"), { start: "2026-11-02T08:00:00Z", end: "2026-11-02T09:00:00Z", description: "From a test" }),
  NEW_TIMER_STARTED: (f) => f.client.post(f.ws("/time-entries"), { start: "2026-11-02T09:30:00Z", description: "Running" }),
  TIMER_STOPPED: async (f) => {
    await f.client.post(f.ws("/time-entries"), { start: "2026-11-02T09:30:00Z" });
    return f.client.patch(f.ws(`/user/${f.alice.id}/time-entries`), { end: "2026-11-02T09:45:00Z" });
  },
  TIME_ENTRY_UPDATED: async (f) => {
    const e = (await f.client.post(f.ws("/time-entries"), { start: "2026-11-02T08:00:00Z", end: "2026-11-02T09:00:00Z" })).json;
    return f.client.put(f.ws(`/time-entries/${e.id}`), { start: "2026-11-02T08:00:00Z", end: "2026-11-02T09:30:00Z", description: "Longer" });
  },
  TIME_ENTRY_DELETED: async (f) => {
    const e = (await f.client.post(f.ws("/time-entries"), { start: "2026-11-02T08:00:00Z", end: "2026-11-02T09:00:00Z" })).json;
    return f.client.delete(f.ws(`/time-entries/${e.id}`));
  },
  NEW_PROJECT: (f) => f.client.post(f.ws("/projects"), { name: "Hook Project" }),
  PROJECT_UPDATED: async (f) => {
    const p = (await f.client.post(f.ws("/projects"), { name: "Hook Project" })).json;
    return f.client.put(f.ws(`/projects/${p.id}`), { name: "Hook Project 2" });
  },
  PROJECT_DELETED: async (f) => {
    const p = (await f.client.post(f.ws("/projects"), { name: "Hook Project" })).json;
    await f.client.put(f.ws(`/projects/${p.id}`), { name: "Hook Project", archived: true });
    return f.client.delete(f.ws(`/projects/${p.id}`));
  },
  NEW_CLIENT: (f) => f.client.post(f.ws("/clients"), { name: "Hook Client" }),
  CLIENT_UPDATED: async (f) => {
    const c = (await f.client.post(f.ws("/clients"), { name: "Hook Client" })).json;
    return f.client.put(f.ws(`/clients/${c.id}`), { name: "Hook Client 2" });
  },
  CLIENT_DELETED: async (f) => {
    const c = (await f.client.post(f.ws("/clients"), { name: "Hook Client" })).json;
    await f.client.put(f.ws(`/clients/${c.id}`), { name: "Hook Client", archived: true });
    return f.client.delete(f.ws(`/clients/${c.id}`));
  },
  NEW_TASK: (f) => f.client.post(f.ws(`/projects/${f.project("Website Redesign").id}/tasks`), { name: "Hook Task" }),
  TASK_UPDATED: async (f) => {
    const p = f.project("Website Redesign").id;
    const t = (await f.client.post(f.ws(`/projects/${p}/tasks`), { name: "Hook Task" })).json;
    return f.client.put(f.ws(`/projects/${p}/tasks/${t.id}`), { name: "Hook Task 2" });
  },
  TASK_DELETED: async (f) => {
    const p = f.project("Website Redesign").id;
    const t = (await f.client.post(f.ws(`/projects/${p}/tasks`), { name: "Hook Task" })).json;
    await f.client.put(f.ws(`/projects/${p}/tasks/${t.id}`), { name: "Hook Task", status: "DONE" });
    return f.client.delete(f.ws(`/projects/${p}/tasks/${t.id}`));
  },
  NEW_TAG: (f) => f.client.post(f.ws("/tags"), { name: "hook" }),
  TAG_UPDATED: async (f) => {
    const t = (await f.client.post(f.ws("/tags"), { name: "hook" })).json;
    return f.client.put(f.ws(`/tags/${t.id}`), { name: "hooked" });
  },
  TAG_DELETED: async (f) => {
    const t = (await f.client.post(f.ws("/tags"), { name: "hook" })).json;
    return f.client.delete(f.ws(`/tags/${t.id}`));
  },
  EXPENSE_CREATED: (f) => createExpense(f),
  EXPENSE_UPDATED: async (f) => {
    const e = (await createExpense(f)).json;
    const form = encodeMultipart({ amount: "1", categoryId: e.categoryId, date: "2026-11-01T00:00:00Z", userId: e.userId, notes: "new notes", changeFields: "NOTES", file: receipt });
    return f.client.call("PUT", f.ws(`/expenses/${e.id}`), { body: form.bytes, headers: { "Content-Type": form.contentType } });
  },
  EXPENSE_DELETED: async (f) => {
    const e = (await createExpense(f)).json;
    return f.client.delete(f.ws(`/expenses/${e.id}`));
  },
  NEW_APPROVAL_REQUEST: (f) => f.client.post(f.ws("/approval-requests"), { period: "WEEKLY", periodStart: "2026-10-26T00:00:00Z" }),
  APPROVAL_REQUEST_STATUS_UPDATED: async (f) => {
    const a = (await f.client.post(f.ws("/approval-requests"), { period: "WEEKLY", periodStart: "2026-10-26T00:00:00Z" })).json;
    return f.client.patch(f.ws(`/approval-requests/${a.id}`), { state: "APPROVED" });
  },
};

function createExpense(f: Fixture) {
  const category = f.state.expenseCategories.find((c) => c.workspaceId === f.acme.id)!;
  const form = encodeMultipart({
    amount: "12.5",
    categoryId: category.id,
    projectId: f.project("Website Redesign").id,
    date: "2026-11-01T00:00:00Z",
    userId: f.alice.id,
    file: receipt,
  });
  return f.client.call("POST", f.ws("/expenses"), { body: form.bytes, headers: { "Content-Type": form.contentType } });
}

test("every trigger's event has a way to make the mock fire it", () => {
  expect(Object.keys(CAUSES).sort()).toEqual(WEBHOOK_TRIGGERS.map((t) => t.event).sort());
});

describe.each(WEBHOOK_TRIGGERS.map((t) => [t.operationId, t] as const))("%s against the Clockify mock", (_id, t) => {
  test("subscribes, hears its event once with the payload, and unsubscribes at the Location", async () => {
    const f = fixture({ now: () => NOW });
    const ws = f.acme.id;
    const h = connector(f.mock, { originalUrl: `${ORIGINAL}/v1/triggers/workspaces/${ws}/${t.slug}` });
    const subscribed = await h.run(t.operationId, {
      method: "POST",
      url: `${CORE}/triggers/workspaces/${ws}/${t.slug}`,
      headers: { "X-Api-Key": f.mock.apiKey, "Content-Type": "application/json" },
      body: subscription(t),
    });
    expect(subscribed.status).toBe(201);
    const webhookId = subscribed.json<{ id: string }>().id;
    expect(subscribed.header("Location")).toBe(`${ORIGINAL}/v1/workspaces/${ws}/webhooks/${webhookId}`);
    const stored = f.state.webhooks.get(webhookId)!;
    expect(stored).toMatchObject({ webhookEvent: t.event, url: CALLBACK });

    const caused = (await CAUSES[t.event](f)) as { status: number };
    expect(caused.status).toBeLessThan(300);
    await f.mock.settled();
    const fired = f.mock.deliveries.filter((d) => d.webhookId === webhookId);
    expect(fired).toHaveLength(1);
    expect(fired[0].headers["Clockify-Webhook-Event-Type"]).toBe(t.event);
    expect(fired[0].headers["Clockify-Signature"]).toBe(stored.authToken);
    // What Clockify posts has the fields the trigger's output schema names.
    const payload = (swagger as any).definitions[t.payload].properties as Record<string, unknown>;
    const body = fired[0].body as Record<string, unknown>;
    expect(typeof body.id).toBe("string");
    for (const key of Object.keys(body)) expect([t.payload, key, key in payload]).toEqual([t.payload, key, true]);

    // The platform turns the flow off: DELETE at the Location, which is the connector's DeleteWebhook.
    const location = new URL(subscribed.header("Location")!);
    const deleted = await h.run("DeleteWebhook", { method: "DELETE", url: CORE + location.pathname.slice(new URL(ORIGINAL).pathname.length + "/v1".length), headers: { "X-Api-Key": f.mock.apiKey } });
    expect(deleted.status).toBe(200);
    expect(f.state.webhooks.get(webhookId)).toBeUndefined();
  });
});

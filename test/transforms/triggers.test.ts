import { createClockifyMock, type WireRequest } from "csxc/testing";
import { API_KEY, CORE, connector, json } from "./support";

const TRIGGERS: Array<[string, string, string]> = [
  ["OnTimeEntryCreated", "new-time-entry", "NEW_TIME_ENTRY"],
  ["OnTimerStarted", "timer-started", "TIMER_STARTED"],
  ["OnTimerStopped", "timer-stopped", "TIMER_STOPPED"],
  ["OnTimeEntryUpdated", "time-entry-updated", "TIME_ENTRY_UPDATED"],
  ["OnTimeEntryDeleted", "time-entry-deleted", "TIME_ENTRY_DELETED"],
  ["OnProjectCreated", "new-project", "NEW_PROJECT"],
  ["OnClientCreated", "new-client", "NEW_CLIENT"],
  ["OnTaskCreated", "new-task", "NEW_TASK"],
];

const ORIGINAL = "https://prod-07.westeurope.logic.azure.com/apim/clockify/c0ffee";

function subscription(event: string) {
  return { name: `Flow ${event}`, url: "https://flow.example/callback?sig=abc", webhookEvent: event, triggerSourceType: "WORKSPACE_ID", triggerSource: [] };
}

describe.each(TRIGGERS)("%s", (operationId, slug, event) => {
  test("registers a Clockify webhook and answers 201 with the Location of DeleteWebhook", async () => {
    const sent: WireRequest[] = [];
    const h = connector(
      (req) => {
        sent.push(req);
        return json(200, { id: "wh-" + slug, workspaceId: "ws1", webhookEvent: event, url: "https://flow.example/callback?sig=abc" });
      },
      { originalUrl: `${ORIGINAL}/triggers/workspaces/ws1/${slug}?api-version=1` },
    );
    const res = await h.run(operationId, {
      method: "POST",
      url: `${CORE}/triggers/workspaces/ws1/${slug}`,
      headers: { "X-Api-Key": API_KEY, "Content-Type": "application/json" },
      body: subscription(event),
    });
    expect(res.status).toBe(201);
    expect(res.header("Location")).toBe(`${ORIGINAL}/workspaces/ws1/webhooks/wh-${slug}`);
    expect(res.json()).toMatchObject({ id: "wh-" + slug });
    expect(sent).toHaveLength(1);
    expect(sent[0].method).toBe("POST");
    expect(sent[0].url).toBe(`${CORE}/workspaces/ws1/webhooks`);
    expect(JSON.parse(Buffer.from(sent[0].body!).toString("utf8"))).toEqual(subscription(event));
  });
});

test("a refused subscription is passed through unchanged, with no Location", async () => {
  const h = connector(() => json(403, { message: "Webhook limit reached", code: 501 }));
  const res = await h.run("OnTimeEntryCreated", {
    method: "POST",
    url: `${CORE}/triggers/workspaces/ws1/new-time-entry`,
    headers: { "X-Api-Key": API_KEY, "Content-Type": "application/json" },
    body: subscription("NEW_TIME_ENTRY"),
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

describe("against the Clockify mock", () => {
  test("a flow's subscription fires on a new time entry, and the Location deletes it", async () => {
    const mock = createClockifyMock({ now: () => new Date("2026-11-02T10:00:00Z") });
    const workspace = mock.state.workspaces.all()[0];
    const original = `${ORIGINAL}/triggers/workspaces/${workspace.id}/new-time-entry`;
    const h = connector(mock, { originalUrl: original });
    const headers = { "X-Api-Key": mock.apiKey, "Content-Type": "application/json" };
    const subscribed = await h.run("OnTimeEntryCreated", {
      method: "POST",
      url: `${CORE}/triggers/workspaces/${workspace.id}/new-time-entry`,
      headers,
      body: subscription("NEW_TIME_ENTRY"),
    });
    expect(subscribed.status).toBe(201);
    const webhookId = subscribed.json<{ id: string }>().id;
    expect(subscribed.header("Location")).toBe(`${ORIGINAL}/workspaces/${workspace.id}/webhooks/${webhookId}`);
    const stored = mock.state.webhooks.get(webhookId)!;
    expect(stored).toMatchObject({ webhookEvent: "NEW_TIME_ENTRY", url: "https://flow.example/callback?sig=abc" });

    await h.run("CreateTimeEntry", {
      method: "POST",
      url: `${CORE}/workspaces/${workspace.id}/time-entries`,
      headers,
      body: { start: "2026-11-02T08:00:00Z", end: "2026-11-02T09:00:00Z", description: "Written by a flow test" },
    });
    await mock.settled();
    const fired = mock.deliveries.filter((d) => d.webhookId === webhookId);
    expect(fired).toHaveLength(1);
    expect(fired[0].url).toBe("https://flow.example/callback?sig=abc");
    expect(fired[0].headers["Clockify-Webhook-Event-Type"]).toBe("NEW_TIME_ENTRY");
    expect(fired[0].headers["Clockify-Signature"]).toBe(stored.authToken);
    expect(fired[0].body).toMatchObject({ description: "Written by a flow test" });

    // The platform turns the flow off: DELETE at the Location, which is the connector's DeleteWebhook.
    const location = new URL(subscribed.header("Location")!);
    const deleted = await h.run("DeleteWebhook", { method: "DELETE", url: CORE + location.pathname.slice(new URL(ORIGINAL).pathname.length), headers: { "X-Api-Key": mock.apiKey } });
    expect(deleted.status).toBe(200);
    expect(mock.state.webhooks.get(webhookId)).toBeUndefined();
  });
});

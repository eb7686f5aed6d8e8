// The quirks that bite real clients, one by one (the list in src/mock/README.md).

import { encodeMultipart } from "../../src/runtime/body";
import { fixture, REPORTS } from "./support";

const NOW = new Date("2026-11-02T10:00:00Z");
let f: ReturnType<typeof fixture>;
beforeEach(() => {
  f = fixture({ now: () => NOW });
});
const c = () => f.client;

describe("authentication: exactly one of X-Api-Key and X-Addon-Token", () => {
  test.each([
    ["no credentials", {}, 1000, "Multiple or none auth tokens present"],
    ["only Authorization: Bearer", { Authorization: "Bearer abc" }, 1000, "Multiple or none auth tokens present"],
    ["an unknown key", { "X-Api-Key": "nope" }, 4003, "Api key does not exist"],
    ["a bad add-on token", { "X-Addon-Token": "nope" }, 4017, "Token is not valid"],
  ])("%s → 401", async (_what, headers, code, message) => {
    const answer = await c().get("/user", { anonymous: true, headers });
    expect([answer.status, answer.json]).toEqual([401, { message, code }]);
  });

  test("both headers → 401 code 1000, even when both are good", async () => {
    const addon = f.state.addons.all()[0];
    const answer = await c().get("/user", { headers: { "X-Addon-Token": addon.token } });
    expect([answer.status, answer.json.code]).toEqual([401, 1000]);
  });

  test("header names are case-insensitive; an add-on token works within its workspace only", async () => {
    expect((await c().get("/user", { anonymous: true, headers: { "x-api-key": f.mock.apiKey } })).status).toBe(200);
    const addon = f.state.addons.all()[0];
    const asAddon = { anonymous: true, headers: { "X-Addon-Token": addon.token } };
    expect((await c().get(f.ws("/projects"), asAddon)).status).toBe(200);
    expect((await c().get(`/workspaces/${f.side.id}/projects`, asAddon)).status).toBe(403);
  });

  test("credentials are checked before routing: an unknown path without a key is a 401", async () => {
    expect((await c().get("/nowhere", { anonymous: true })).status).toBe(401);
  });
});

describe("routing", () => {
  test("an unknown route is 404 code 3000 'No static resource'", async () => {
    const answer = await c().post(f.ws(`/user/${f.alice.id}/time-entries/stop`), {});
    expect(answer.status).toBe(404);
    expect(answer.json).toEqual({ message: `No static resource api/v1/workspaces/${f.acme.id}/user/${f.alice.id}/time-entries/stop.`, code: 3000 });
  });

  test("a wrong method is 405 with Allow", async () => {
    const answer = await c().call("PATCH", f.ws("/projects"));
    expect(answer.status).toBe(405);
    expect(answer.header("Allow")).toBe("GET, POST");
    expect(answer.json).toEqual({ message: "Request method 'PATCH' is not supported", code: 3000 });
    expect((await c().put(f.ws())).status).toBe(405); // no PUT of a workspace
    expect((await c().get(f.ws(`/custom-fields/${f.state.customFields.all()[0].id}`))).status).toBe(405);
  });

  test("reports live on the reports host: the core host answers 404 for them", async () => {
    const body = { dateRangeStart: "2026-10-01T00:00:00Z", dateRangeEnd: "2026-10-02T00:00:00Z", detailedFilter: {} };
    expect((await c().post(f.ws("/reports/detailed"), body)).status).toBe(404);
    expect((await c().post(`${REPORTS}/workspaces/${f.acme.id}/reports/detailed`, body)).status).toBe(200);
    // Any other host serves the core API under /api/v1 and the reports under /report/v1, as regional hosts do.
    expect((await c().post(`https://euc1.clockify.me/report/v1/workspaces/${f.acme.id}/reports/detailed`, body)).status).toBe(200);
    expect((await c().post(`https://api.clockify.me/report/v1/workspaces/${f.acme.id}/reports/detailed`, body)).status).toBe(404);
  });

  test("HEAD answers like GET without a body", async () => {
    const answer = await c().call("HEAD", f.ws("/tags"));
    expect([answer.status, answer.text, answer.header("Last-Page")]).toEqual([200, "", "true"]);
  });
});

describe("ids: not found is a 400 'doesn't belong to Workspace', never a 404", () => {
  test.each([
    ["an unknown id", () => "5f0000000000000000000000"],
    ["a malformed id", () => "not-an-id"],
    ["another workspace's project", () => f.project("Confidential").id],
  ])("%s", async (_what, id) => {
    for (const method of ["GET", "PUT", "DELETE"]) {
      const answer = await c().call(method, f.ws(`/projects/${id()}`), { body: method === "PUT" ? { name: "x y" } : undefined });
      expect([answer.status, answer.json]).toEqual([400, { message: "Project doesn't belong to Workspace", code: 501 }]);
    }
  });

  test("a deleted entity, and a reference inside a body", async () => {
    const tag = (await c().post(f.ws("/tags"), { name: "short-lived" })).json;
    await c().delete(f.ws(`/tags/${tag.id}`));
    expect((await c().get(f.ws(`/tags/${tag.id}`))).json).toEqual({ message: "Tag doesn't belong to Workspace", code: 501 });
    const entry = await c().post(f.ws("/time-entries"), { start: "2026-11-02T08:00:00Z", end: "2026-11-02T09:00:00Z", tagIds: [tag.id] });
    expect([entry.status, entry.json.message]).toEqual([400, "Tag doesn't belong to Workspace"]);
    const other = await c().get(f.ws(`/time-entries/${f.state.timeEntries.find((e) => e.workspaceId === f.other.id)!.id}`));
    expect(other.json.message).toBe("Time entry doesn't belong to Workspace");
  });

  test("a workspace the key's user is not in is 403", async () => {
    const answer = await c().get(`/workspaces/${f.other.id}/projects`);
    expect([answer.status, answer.json]).toEqual([403, { message: "Access Denied", code: 501 }]);
  });
});

describe("paging", () => {
  test("page-size defaults to 50; bare arrays; Last-Page false then true; past the end is [] with Last-Page true", async () => {
    const entries = `/user/${f.alice.id}/time-entries`;
    const first = await c().get(f.ws(entries));
    expect(Array.isArray(first.json)).toBe(true);
    expect(first.json).toHaveLength(50);
    expect(first.header("Last-Page")).toBe("false");
    const total = f.state.timeEntries.where((e) => e.workspaceId === f.acme.id && e.userId === f.alice.id).length;
    const last = await c().get(f.ws(`${entries}?page=${Math.ceil(total / 100)}&page-size=100`));
    expect(last.json).toHaveLength(total - 100 * (Math.ceil(total / 100) - 1));
    expect(last.header("Last-Page")).toBe("true");
    const past = await c().get(f.ws(`${entries}?page=99&page-size=100`));
    expect([past.json, past.header("Last-Page")]).toEqual([[], "true"]);
  });

  test("GET /workspaces ignores paging; custom fields and webhooks send no Last-Page", async () => {
    const workspaces = await c().get("/workspaces?page-size=1");
    expect(workspaces.json).toHaveLength(3);
    expect(workspaces.header("Last-Page")).toBeNull();
    expect((await c().get(f.ws("/custom-fields"))).header("Last-Page")).toBeNull();
    expect((await c().get(f.ws("/webhooks"))).header("Last-Page")).toBeNull();
  });
});

describe("archived: omitted returns both", () => {
  test.each(["projects", "clients", "tags"])("%s", async (kind) => {
    const all = (await c().get(f.ws(`/${kind}?page-size=500`))).json as Array<{ archived: boolean }>;
    const archived = (await c().get(f.ws(`/${kind}?archived=true&page-size=500`))).json as Array<{ archived: boolean }>;
    const active = (await c().get(f.ws(`/${kind}?archived=false&page-size=500`))).json as Array<{ archived: boolean }>;
    expect(archived.length).toBeGreaterThan(0);
    expect(active.length).toBeGreaterThan(0);
    expect(archived.every((x) => x.archived) && active.every((x) => !x.archived)).toBe(true);
    expect(all.length).toBe(archived.length + active.length);
  });
});

describe("status codes of writes", () => {
  test("201 on create, 200 with the deleted object for projects, clients and tags, 204 for a time entry", async () => {
    const client = await c().post(f.ws("/clients"), { name: "Temp" });
    expect(client.status).toBe(201);
    await c().put(f.ws(`/clients/${client.json.id}`), { name: "Temp", archived: true });
    const deleted = await c().delete(f.ws(`/clients/${client.json.id}`));
    expect([deleted.status, deleted.json.id, deleted.json.name]).toEqual([200, client.json.id, "Temp"]);
    const tag = (await c().post(f.ws("/tags"), { name: "temp" })).json;
    expect((await c().delete(f.ws(`/tags/${tag.id}`))).json).toEqual(tag);
    const entry = (await c().post(f.ws("/time-entries"), { start: "2026-11-02T08:00:00Z", end: "2026-11-02T08:30:00Z" })).json;
    const gone = await c().delete(f.ws(`/time-entries/${entry.id}`));
    expect([gone.status, gone.text]).toEqual([204, ""]);
  });

  test("deleting an active project, client or task is a 400; archive (or finish) it first", async () => {
    const project = f.project("Mobile App");
    expect((await c().delete(f.ws(`/projects/${project.id}`))).json).toEqual({ message: "Cannot delete an active project", code: 501 });
    expect((await c().delete(f.ws(`/clients/${f.client_("Initech").id}`))).json).toEqual({ message: "Cannot delete an active client", code: 501 });
    const task = f.state.tasks.find((t) => t.projectId === project.id && t.status === "ACTIVE")!;
    expect((await c().delete(f.ws(`/projects/${project.id}/tasks/${task.id}`))).json).toEqual({ message: "Cannot delete an active task", code: 501 });
    await c().put(f.ws(`/projects/${project.id}/tasks/${task.id}`), { name: task.name, status: "DONE" });
    expect((await c().delete(f.ws(`/projects/${project.id}/tasks/${task.id}`))).status).toBe(200);
    await c().put(f.ws(`/projects/${project.id}`), { archived: true });
    expect((await c().delete(f.ws(`/projects/${project.id}`))).status).toBe(200);
  });

  test("duplicate names are refused", async () => {
    expect((await c().post(f.ws("/tags"), { name: "URGENT" })).json).toEqual({ message: "Tag with this name already exists", code: 501 });
    expect((await c().post(f.ws("/clients"), { name: "Initech" })).json.message).toBe("Client with this name already exists");
    expect((await c().post(f.ws("/projects"), { name: "Mobile App", clientId: f.client_("Globex Corporation").id })).json.message).toBe("Project with this name already exists");
    expect((await c().post(f.ws("/projects"), { name: "Mobile App" })).status).toBe(201); // another client: allowed
  });
});

describe("PUT replaces the whole object", () => {
  test("a tag's omitted archived goes back to false; a client's omitted ccEmails are cleared", async () => {
    const tag = f.tag("overtime");
    expect((await c().put(f.ws(`/tags/${tag.id}`), { name: "overtime" })).json.archived).toBe(false);
    const client = f.client_("Initech");
    await c().put(f.ws(`/clients/${client.id}`), { name: "Initech", ccEmails: ["a@x.example"], note: "n" });
    const replaced = (await c().put(f.ws(`/clients/${client.id}`), { name: "Initech" })).json;
    expect([replaced.ccEmails, replaced.note]).toEqual([[], ""]);
    const four = await c().put(f.ws(`/clients/${client.id}`), { ccEmails: ["a@x.io", "b@x.io", "c@x.io", "d@x.io"] });
    expect(four.json).toEqual({ message: "Number of additional emails must be less than 3", code: 501 });
  });

  test("a project's omitted isPublic and billable fall back to false, its color and note stay", async () => {
    const project = f.project("Website Redesign");
    const answer = (await c().put(f.ws(`/projects/${project.id}`), { name: "Website Redesign" })).json;
    expect([answer.public, answer.billable, answer.color, answer.note]).toEqual([false, false, project.color, project.note]);
  });

  test("a time entry PUT without end becomes a running timer", async () => {
    const entry = f.state.timeEntries.find((e) => e.userId === f.alice.id && e.workspaceId === f.acme.id)!;
    const answer = (await c().put(f.ws(`/time-entries/${entry.id}`), { start: entry.start })).json;
    expect(answer.timeInterval).toEqual({ start: entry.start, end: null, duration: null });
    expect([answer.description, answer.projectId, answer.tagIds, answer.billable]).toEqual(["", null, null, false]);
  });
});

describe("the timer", () => {
  test("a POST without end starts a timer (end and duration null); stopping it is a PATCH with end", async () => {
    const started = await c().post(f.ws("/time-entries"), { start: "2026-11-02T09:00:00Z", description: "Timer" });
    expect(started.status).toBe(201);
    expect(started.json.timeInterval).toEqual({ start: "2026-11-02T09:00:00Z", end: null, duration: null });
    const running = await c().get(f.ws(`/user/${f.alice.id}/time-entries?in-progress=true`));
    expect(running.json.map((e: { id: string }) => e.id)).toEqual([started.json.id]);
    const stopped = await c().patch(f.ws(`/user/${f.alice.id}/time-entries`), { end: "2026-11-02T10:30:15Z" });
    expect(stopped.json.timeInterval).toEqual({ start: "2026-11-02T09:00:00Z", end: "2026-11-02T10:30:15Z", duration: "PT1H30M15S" });
  });

  test("stopping a timer that is not running is 404 code 404", async () => {
    const answer = await c().patch(f.ws(`/user/${f.alice.id}/time-entries`), { end: "2026-11-02T10:00:00Z" });
    expect(answer.status).toBe(404);
    expect(answer.json.code).toBe(404);
    expect(answer.json.message).toMatch(/^Currently running time entry doesn't exist/);
  });

  test("starting a timer stops the one that runs", async () => {
    const bob = f.bob;
    const before = f.state.timeEntries.find((e) => e.userId === bob.id && e.end === null)!;
    await c().post(f.ws(`/user/${bob.id}/time-entries`), { start: "2026-11-02T09:00:00Z" });
    expect(f.state.timeEntries.get(before.id)!.end).toBe("2026-11-02T09:00:00Z");
    expect(f.state.timeEntries.where((e) => e.userId === bob.id && e.end === null)).toHaveLength(1);
  });
});

describe("formats", () => {
  test("durations are ISO-8601 without rolling hours into days", async () => {
    const release = f.state.timeEntries.find((e) => e.description === "Release weekend on-call")!;
    expect((await c().get(f.ws(`/time-entries/${release.id}`))).json.timeInterval.duration).toBe("PT26H15M");
    const project = (await c().get(f.ws(`/projects/${f.project("Website Redesign").id}`))).json;
    expect(project.duration).toMatch(/^PT\d{3,}H(\d+M)?(\d+S)?$/);
  });

  test("times come back in UTC with Z and no fraction, whatever offset was sent", async () => {
    const answer = await c().post(f.ws("/time-entries"), { start: "2026-11-02T10:00:00.123+02:00", end: "2026-11-02T12:15:30.999+02:00" });
    expect(answer.json.timeInterval).toEqual({ start: "2026-11-02T08:00:00Z", end: "2026-11-02T10:15:30Z", duration: "PT2H15M30S" });
  });

  test("rates are in cents; an expense's amount is in major units and its total in cents", async () => {
    const project = (await c().get(f.ws(`/projects/${f.project("Website Redesign").id}`))).json;
    expect(project.hourlyRate).toEqual({ amount: 12000, currency: "USD" });
    const travel = f.state.expenseCategories.find((x) => x.name === "Travel")!;
    const receipt = { filename: "r.png", contentType: "image/png", base64: "iVBORw0KGgo=" };
    const form = encodeMultipart({ amount: "12.34", categoryId: travel.id, date: "2026-11-01", projectId: project.id, userId: f.alice.id, file: receipt });
    const expense = await c().call("POST", f.ws("/expenses"), { body: form.bytes, headers: { "Content-Type": form.contentType } });
    expect([expense.status, expense.json.quantity, expense.json.total]).toEqual([201, 12.34, 1234]);
  });

  test("expenses are created with multipart/form-data: JSON is a 415", async () => {
    const answer = await c().post(f.ws("/expenses"), { amount: 1 });
    expect([answer.status, answer.json]).toEqual([415, { message: "Content-Type 'application/json' is not supported", code: 3000 }]);
  });
});

describe("time zones", () => {
  test("time-entry filters read start/end as wall-clock time in the caller's zone", async () => {
    // Alice is in Europe/Belgrade (UTC+1 in November): "…T00:00:00Z" means local midnight, 23:00 UTC the day before.
    const late = (await c().post(f.ws("/time-entries"), { start: "2026-11-01T23:30:00Z", end: "2026-11-01T23:45:00Z" })).json;
    const day = (await c().get(f.ws(`/user/${f.alice.id}/time-entries?start=2026-11-02T00:00:00Z&end=2026-11-03T00:00:00Z`))).json;
    expect(day.map((e: { id: string }) => e.id)).toContain(late.id);
  });

  test("reports read the range in timeZone and write times with its offset", async () => {
    const url = `${REPORTS}/workspaces/${f.acme.id}/reports/detailed`;
    const body = { dateRangeStart: "2026-10-05T00:00:00Z", dateRangeEnd: "2026-10-05T23:59:59.999Z", detailedFilter: { page: 1, pageSize: 200 } };
    const ny = (await c().post(url, { ...body, timeZone: "America/New_York" })).json;
    const first = ny.timeentries[0];
    expect(first.timeInterval.start).toMatch(/-04:00$/);
    expect(typeof first.timeInterval.duration).toBe("number");
    expect(first._id).toMatch(/^[0-9a-f]{24}$/);
    const utc = (await c().post(url, { ...body, timeZone: "UTC" })).json;
    expect(utc.timeentries[0].timeInterval.start).toMatch(/Z$/);
    expect(ny.totals[0]._id).toBe("");
  });
});

describe("reports", () => {
  const range = { dateRangeStart: "2026-10-01T00:00:00Z", dateRangeEnd: "2026-10-31T23:59:59Z" };

  test("the detailed report pages inside its body and sends no Last-Page", async () => {
    const url = `${REPORTS}/workspaces/${f.acme.id}/reports/detailed`;
    const page1 = await c().post(url, { ...range, detailedFilter: { page: 1, pageSize: 10 } });
    const page2 = await c().post(url, { ...range, detailedFilter: { page: 2, pageSize: 10 } });
    expect(page1.header("Last-Page")).toBeNull();
    expect(page1.json.timeentries).toHaveLength(10);
    expect(page1.json.totals[0].entriesCount).toBeGreaterThan(20);
    expect(page2.json.timeentries[0]._id).not.toBe(page1.json.timeentries[0]._id);
  });

  test("the weekly report wants exactly 7 days", async () => {
    const url = `${REPORTS}/workspaces/${f.acme.id}/reports/weekly`;
    const weekly = { weeklyFilter: { group: "PROJECT", subgroup: "TIME" } };
    for (const end of ["2026-10-11T23:59:59Z", "2026-10-11T23:59:59.999Z", "2026-10-12T00:00:00Z"]) {
      expect((await c().post(url, { ...weekly, dateRangeStart: "2026-10-05T00:00:00Z", dateRangeEnd: end })).status).toBe(200);
    }
    const eight = await c().post(url, { ...weekly, dateRangeStart: "2026-10-05T00:00:00Z", dateRangeEnd: "2026-10-12T23:59:59Z" });
    expect(eight.json).toEqual({ message: "Please select date range of exactly 7 days for weekly report", code: 501 });
  });

  test("a Free workspace reports at most 31 days", async () => {
    const url = `${REPORTS}/workspaces/${f.side.id}/reports/summary`;
    const summary = { summaryFilter: { groups: ["PROJECT"] } };
    expect((await c().post(url, { ...summary, ...range })).status).toBe(200);
    expect((await c().post(url, { ...summary, dateRangeStart: "2026-08-01T00:00:00Z", dateRangeEnd: "2026-10-31T00:00:00Z" })).status).toBe(400);
  });
});

describe("rules of the workspace", () => {
  test("a plain member may not list users (403) nor touch others' entries", async () => {
    const carol = { key: f.carol.apiKey! };
    expect((await c().get(f.ws("/users"), carol)).status).toBe(403);
    expect((await c().get(f.ws(`/user/${f.dan.id}/time-entries`), carol)).status).toBe(403);
    expect((await c().get(f.ws(`/user/${f.carol.id}/time-entries`), carol)).status).toBe(200);
  });

  test("a workspace that requires a project refuses an entry without one", async () => {
    const url = `/workspaces/${f.northwind.id}/time-entries`;
    const answer = await c().post(url, { start: "2026-11-02T08:00:00Z", end: "2026-11-02T09:00:00Z" });
    expect([answer.status, answer.json.code]).toEqual([400, 501]);
    expect(answer.json.message).toMatch(/^Time entry couldn't be created\. Project is either required field/);
  });

  test("a webhook without a name gets the misleading 'Webhook already exists'", async () => {
    const answer = await c().post(f.ws("/webhooks"), { url: "https://x.example/h", webhookEvent: "NEW_TAG", triggerSource: [], triggerSourceType: "WORKSPACE_ID" });
    expect(answer.json).toEqual({ message: "Webhook already exists", code: 501 });
  });

  test("webhooks?type=SYSTEM is a 500, as live", async () => {
    expect((await c().get(f.ws("/webhooks?type=SYSTEM"))).status).toBe(500);
  });

  test("approved weeks lock their entries", async () => {
    const approved = f.state.approvalRequests.find((r) => r.state === "APPROVED")!;
    const entry = f.state.timeEntries.find((e) => e.approvalRequestId === approved.id)!;
    expect((await c().get(f.ws(`/time-entries/${entry.id}`))).json.isLocked).toBe(true);
  });
});

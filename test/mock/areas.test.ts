// What each area does with its data: filters, defaults, derived fields, totals. (Status codes and
// quirks are in quirks.test.ts; shapes in spec.test.ts.)

import { encodeMultipart } from "../../src/runtime/body";
import { fixture, REPORTS } from "./support";

const NOW = new Date("2026-11-02T10:00:00Z");
let f: ReturnType<typeof fixture>;
beforeEach(() => {
  f = fixture({ now: () => NOW });
});
const c = () => f.client;
const names = (rows: Array<{ name: string }>) => rows.map((r) => r.name);

describe("workspaces and users", () => {
  test("roles filter the workspaces; users filter by status and carry memberships on request", async () => {
    expect(names((await c().get("/workspaces?roles=OWNER")).json)).toEqual(["Acme Studio", "Side Projects"]);
    expect(names((await c().get("/workspaces")).json)).toContain("Northwind Consulting");
    const pending = (await c().get(f.ws("/users?status=PENDING"))).json;
    expect(pending.map((u: { email: string; settings: unknown }) => [u.email, u.settings])).toEqual([["erin@acme-studio.example", null]]);
    const carol = (await c().get(f.ws("/users?email=carol&memberships=WORKSPACE"))).json[0];
    expect(carol.memberships).toEqual([{ userId: f.carol.id, targetId: f.acme.id, membershipType: "WORKSPACE", membershipStatus: "ACTIVE", hourlyRate: { amount: 8000, currency: "USD" }, costRate: null }]);
    expect((await c().get(f.ws("/users?sort-column=NAME&sort-order=DESCENDING"))).json[0].name).toBe("Frank Li");
  });
});

describe("projects, tasks and tags", () => {
  test("list filters: name, strict name, clients, billable, template", async () => {
    expect(names((await c().get(f.ws("/projects?name=app"))).json)).toEqual(["Mobile App"]);
    expect(names((await c().get(f.ws("/projects?name=mobile&strict-name-search=true"))).json)).toEqual([]);
    const globex = f.client_("Globex Corporation").id;
    expect(names((await c().get(f.ws(`/projects?clients=${globex}`))).json)).toEqual(["Mobile App", "Website Redesign"]);
    expect(names((await c().get(f.ws("/projects?billable=false&archived=false"))).json)).toEqual(["Internal Tools", "Marketing Site", "Private R&D"]);
    expect(names((await c().get(f.ws("/projects?is-template=true"))).json)).toEqual(["Client Project Template"]);
    expect(names((await c().get(f.ws("/projects?sort-order=DESCENDING&page-size=2"))).json)).toEqual(["Website Redesign", "Private R&D"]);
  });

  test("a private project is listed to its members and admins only", async () => {
    const carol = { key: f.carol.apiKey! };
    expect(names((await c().get(f.ws("/projects"), carol)).json)).not.toContain("Private R&D");
    expect(names((await c().get(f.ws("/projects"))).json)).toContain("Private R&D");
  });

  test("a new project takes the workspace's defaults, its creator as member, and its client's name", async () => {
    const project = (await c().post(f.ws("/projects"), { name: "Fresh", clientId: f.client_("Initech").id })).json;
    expect(project).toMatchObject({ billable: true, public: true, archived: false, clientName: "Initech", duration: "PT0S", hourlyRate: null });
    expect(project.memberships.map((m: { userId: string }) => m.userId)).toEqual([f.alice.id]);
    expect(project.color).toMatch(/^#[0-9A-F]{6}$/);
    expect((await c().post(f.ws("/projects"), { name: "Bad", color: "blue" })).json.code).toBe(501);
    expect((await c().post(f.ws("/projects"), { name: "Bad", estimate: { estimate: "90 minutes" } })).status).toBe(400);
  });

  test("a project's duration is the sum of its finished entries", async () => {
    const project = f.project("Data Platform");
    const seconds = f.state.timeEntries.where((e) => e.projectId === project.id && e.end !== null).reduce((s, e) => s + (Date.parse(e.end!) - Date.parse(e.start)) / 1000, 0);
    const [, h, m, s] = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?$/.exec((await c().get(f.ws(`/projects/${project.id}`))).json.duration)!;
    expect(Number(h ?? 0) * 3600 + Number(m ?? 0) * 60 + Number(s ?? 0)).toBe(Math.floor(seconds));
  });

  test("tasks: is-active, the deprecated assigneeId, estimates", async () => {
    const project = f.project("Website Redesign");
    const all = (await c().get(f.ws(`/projects/${project.id}/tasks`))).json;
    const active = (await c().get(f.ws(`/projects/${project.id}/tasks?is-active=true`))).json;
    const done = (await c().get(f.ws(`/projects/${project.id}/tasks?is-active=false`))).json;
    expect(active.length + done.length).toBe(all.length);
    expect(done.every((t: { status: string }) => t.status === "DONE")).toBe(true);
    const task = (await c().post(f.ws(`/projects/${project.id}/tasks`), { name: "Solo", assigneeId: f.carol.id, estimate: "PT2H30M" })).json;
    expect([task.assigneeIds, task.assigneeId, task.estimate, task.billable]).toEqual([[f.carol.id], f.carol.id, "PT2H30M", true]);
    expect((await c().post(f.ws(`/projects/${project.id}/tasks`), { name: "Bad", assigneeIds: ["nobody"] })).json.message).toBe("User doesn't belong to Workspace");
    expect((await c().get(f.ws(`/projects/${f.project("Mobile App").id}/tasks/${task.id}`))).json.message).toBe("Task doesn't belong to Workspace");
  });

  test("tags: excluded ids and name search", async () => {
    const urgent = f.tag("urgent");
    const rest = (await c().get(f.ws(`/tags?excluded-ids=${urgent.id}&archived=false`))).json;
    expect(names(rest)).toEqual(["bugfix", "meeting", "remote", "research", "review"]);
    expect(names((await c().get(f.ws("/tags?name=RE"))).json)).toEqual(["remote", "research", "review"]);
  });
});

describe("time entries", () => {
  test("filters: description, project, tags, in-progress; most recent first", async () => {
    const url = (q: string) => f.ws(`/user/${f.bob.id}/time-entries?page-size=5000&${q}`);
    const all = (await c().get(url(""))).json as Array<{ timeInterval: { start: string } }>;
    const starts = all.map((e) => e.timeInterval.start);
    expect(starts).toEqual([...starts].sort().reverse());
    const review = (await c().get(url("description=REVIEW"))).json as Array<{ description: string }>;
    expect(review.length).toBeGreaterThan(0);
    expect(review.every((e) => e.description.toLowerCase().includes("review"))).toBe(true);
    const urgent = f.tag("urgent").id;
    expect(((await c().get(url(`tags=${urgent}`))).json as Array<{ tagIds: string[] }>).every((e) => e.tagIds.includes(urgent))).toBe(true);
    const running = (await c().get(url("in-progress=true"))).json;
    expect(running).toHaveLength(1);
    expect(running[0].timeInterval.end).toBeNull();
  });

  test("hydrated entries carry their project, task, tags and user", async () => {
    const entry = (await c().get(f.ws(`/user/${f.bob.id}/time-entries?in-progress=true&hydrated=true`))).json[0];
    expect(entry.project).toMatchObject({ id: entry.projectId, name: "Internal Tools", clientId: "", clientName: "" });
    expect(entry.task).toMatchObject({ id: entry.taskId, name: "Support" });
    expect(entry.tags.map((t: { name: string }) => t.name)).toEqual(["bugfix"]);
    expect(entry.user).toEqual({ id: f.bob.id, name: "Bob Okafor", status: "ACTIVE" });
  });

  test("rates: the project's rate, else the member's, else the workspace's; null when none", async () => {
    const entry = (projectId: string | null, userId: string) => f.state.timeEntries.find((e) => e.projectId === projectId && e.userId === userId && e.end !== null)!;
    const rate = async (id: string) => (await c().get(f.ws(`/time-entries/${id}`))).json.hourlyRate;
    expect(await rate(entry(f.project("Website Redesign").id, f.carol.id).id)).toEqual({ amount: 12000, currency: "USD" });
    expect(await rate(entry(f.project("Mobile App").id, f.carol.id).id)).toEqual({ amount: 8000, currency: "USD" });
    expect(await rate(entry(f.project("Mobile App").id, f.bob.id).id)).toEqual({ amount: 9500, currency: "USD" });
    const side = f.state.timeEntries.find((e) => e.workspaceId === f.side.id)!;
    expect((await c().get(`/workspaces/${f.side.id}/time-entries/${side.id}`)).json.hourlyRate).toBeNull();
  });

  test("admins act for others; members only for themselves", async () => {
    const body = { start: "2026-11-02T08:00:00Z", end: "2026-11-02T09:00:00Z" };
    expect((await c().post(f.ws(`/user/${f.dan.id}/time-entries`), body)).json.userId).toBe(f.dan.id);
    const carol = { key: f.carol.apiKey! };
    expect((await c().post(f.ws(`/user/${f.dan.id}/time-entries`), body, carol)).status).toBe(403);
    const dans = f.state.timeEntries.find((e) => e.userId === f.dan.id)!;
    expect((await c().delete(f.ws(`/time-entries/${dans.id}`), carol)).status).toBe(403);
    expect((await c().post(f.ws(`/user/nobody/time-entries`), body)).json.message).toBe("User doesn't belong to Workspace");
  });

  test("a task must be of the entry's project; end before start is refused", async () => {
    const task = f.state.tasks.find((t) => t.projectId === f.project("Mobile App").id)!;
    const wrong = await c().post(f.ws("/time-entries"), { start: "2026-11-02T08:00:00Z", projectId: f.project("Data Platform").id, taskId: task.id });
    expect([wrong.status, wrong.json.message]).toEqual([400, "Task doesn't belong to Project"]);
    expect((await c().post(f.ws("/time-entries"), { start: "2026-11-02T09:00:00Z", end: "2026-11-02T08:00:00Z" })).status).toBe(400);
  });
});

describe("expenses", () => {
  const receipt = { filename: "r.png", contentType: "image/png", base64: "iVBORw0KGgo=" };
  const post = (fields: Record<string, string>) => {
    const form = encodeMultipart({ ...fields, file: receipt });
    return c().call("POST", f.ws("/expenses"), { body: form.bytes, headers: { "Content-Type": form.contentType } });
  };

  test("the list is an envelope with its count and daily and weekly totals", async () => {
    const answer = await c().get(f.ws("/expenses?page-size=5"));
    const all = f.state.expenses.where((e) => e.workspaceId === f.acme.id);
    expect(answer.json.expenses.count).toBe(all.length);
    expect(answer.json.expenses.expenses).toHaveLength(5);
    const sum = all.reduce((s, e) => s + e.total, 0);
    const daily = answer.json.dailyTotals.reduce((s: number, d: { total: number }) => s + d.total, 0);
    const weekly = answer.json.weeklyTotals.reduce((s: number, d: { total: number }) => s + d.total, 0);
    expect([daily, weekly]).toEqual([sum, sum]);
    expect(answer.json.expenses.expenses[0]).toMatchObject({ category: { workspaceId: f.acme.id }, project: { id: expect.any(String), clientName: expect.any(String) } });
  });

  test("a priced category counts units; required fields and bad numbers are refused", async () => {
    const mileage = f.state.expenseCategories.find((x) => x.name === "Mileage")!;
    const base = { categoryId: mileage.id, date: "2026-11-01T00:00:00Z", projectId: f.project("Mobile App").id, userId: f.alice.id };
    const created = await post({ ...base, amount: "120" });
    expect([created.json.quantity, created.json.total, created.json.date]).toEqual([120, 6960, "2026-11-01"]);
    expect((await post({ ...base, amount: "lots" })).json.message).toMatch(/^amount: Failed to convert/);
    const { userId: _u, ...noUser } = base;
    expect((await post({ ...noUser, amount: "1" })).json).toEqual({ message: "userId: must not be null", code: 501 });
  });

  test("PUT changes only the fields changeFields names", async () => {
    const expense = f.state.expenses.all()[0];
    const form = encodeMultipart({ amount: "1", categoryId: expense.categoryId, date: "2020-01-01", userId: expense.userId, notes: "new notes", changeFields: "NOTES", file: receipt });
    const answer = await c().call("PUT", f.ws(`/expenses/${expense.id}`), { body: form.bytes, headers: { "Content-Type": form.contentType } });
    expect(answer.json).toMatchObject({ notes: "new notes", quantity: expense.quantity, total: expense.total, date: expense.date });
  });
});

describe("custom fields", () => {
  test("filters, and a project's default value", async () => {
    expect(names((await c().get(f.ws("/custom-fields?status=INACTIVE"))).json)).toEqual(["Hours estimate"]);
    const fields = (await c().get(f.ws(`/projects/${f.project("Website Redesign").id}/custom-fields?name=billing`))).json;
    expect(fields.map((x: { workspaceDefaultValue: unknown }) => x.workspaceDefaultValue)).toEqual(["B200"]);
  });
});

describe("approval requests", () => {
  test("submitting a week attaches its entries; approving locks them", async () => {
    const carol = { key: f.carol.apiKey! };
    const request = (await c().post(f.ws("/approval-requests"), { periodStart: "2026-10-26T00:00:00Z", period: "WEEKLY" }, carol)).json;
    expect(request.status.state).toBe("PENDING");
    expect(request.dateRange).toEqual({ start: "2026-10-26T00:00:00Z", end: "2026-11-01T23:59:59Z" }); // Carol is in Europe/London (UTC in late October)
    const attached = f.state.timeEntries.where((e) => e.approvalRequestId === request.id);
    expect(attached.length).toBeGreaterThan(0);
    expect((await c().patch(f.ws(`/approval-requests/${request.id}`), { state: "APPROVED" }, carol)).status).toBe(403);
    expect((await c().patch(f.ws(`/approval-requests/${request.id}`), { state: "APPROVED", note: "fine" })).json.status).toMatchObject({ state: "APPROVED", note: "fine", updatedBy: f.alice.id });
    const details = (await c().get(f.ws("/approval-requests?status=APPROVED&page-size=50"))).json.find((d: { approvalRequest: { id: string } }) => d.approvalRequest.id === request.id);
    expect(details.entries).toHaveLength(attached.length);
    expect(details.approvedTime).toBe(details.trackedTime);
    expect(details.entries.every((e: { isLocked: boolean }) => e.isLocked)).toBe(true);
  });

  test("a member lists only their own requests", async () => {
    const mine = (await c().get(f.ws("/approval-requests"), { key: f.dan.apiKey! })).json;
    expect(mine.every((d: { approvalRequest: { owner: { userId: string } } }) => d.approvalRequest.owner.userId === f.dan.id)).toBe(true);
    expect(mine.length).toBe(2);
  });
});

describe("reports", () => {
  const url = (kind: string) => `${REPORTS}/workspaces/${f.acme.id}/reports/${kind}`;
  const october = { dateRangeStart: "2026-10-01T00:00:00Z", dateRangeEnd: "2026-10-31T23:59:59Z", timeZone: "UTC" };
  const inOctober = () =>
    f.state.timeEntries.where((e) => e.workspaceId === f.acme.id && e.end !== null && e.start >= "2026-10-01T00:00:00Z" && e.start <= "2026-10-31T23:59:59Z");
  const seconds = (rows: ReturnType<typeof inOctober>) => rows.reduce((s, e) => s + (Date.parse(e.end!) - Date.parse(e.start)) / 1000, 0);

  test("detailed: the totals cover every entry of the range, the page a slice of them", async () => {
    const answer = (await c().post(url("detailed"), { ...october, detailedFilter: { page: 1, pageSize: 1000 } })).json;
    const rows = inOctober();
    expect(answer.totals[0]).toMatchObject({ entriesCount: rows.length, totalTime: seconds(rows) });
    expect(answer.timeentries).toHaveLength(rows.length);
    const carolOnly = (await c().post(url("detailed"), { ...october, detailedFilter: {}, users: { ids: [f.carol.id], contains: "CONTAINS" } })).json;
    expect(carolOnly.totals[0].entriesCount).toBe(rows.filter((e) => e.userId === f.carol.id).length);
    const notCarol = (await c().post(url("detailed"), { ...october, detailedFilter: {}, users: { ids: [f.carol.id], contains: "DOES_NOT_CONTAIN" } })).json;
    expect(notCarol.totals[0].entriesCount + carolOnly.totals[0].entriesCount).toBe(rows.length);
  });

  test("summary: groups add up to the totals, sub-groups to their group", async () => {
    const answer = (await c().post(url("summary"), { ...october, summaryFilter: { groups: ["USER", "PROJECT"], sortColumn: "DURATION" }, sortOrder: "DESCENDING" })).json;
    const total = answer.totals[0].totalTime;
    expect(answer.groupOne.reduce((s: number, g: { duration: number }) => s + g.duration, 0)).toBe(total);
    for (const g of answer.groupOne) expect(g.children.reduce((s: number, x: { duration: number }) => s + x.duration, 0)).toBe(g.duration);
    const durations = answer.groupOne.map((g: { duration: number }) => g.duration);
    expect(durations).toEqual([...durations].sort((a, b) => b - a));
  });

  test("weekly: seven days per row, and the days add up", async () => {
    const answer = (await c().post(url("weekly"), { dateRangeStart: "2026-10-05T00:00:00Z", dateRangeEnd: "2026-10-11T23:59:59Z", timeZone: "UTC", weeklyFilter: { group: "USER", subgroup: "TIME" } })).json;
    expect(answer.totalsByDay.map((d: { date: string }) => d.date)).toEqual(["2026-10-05", "2026-10-06", "2026-10-07", "2026-10-08", "2026-10-09", "2026-10-10", "2026-10-11"]);
    for (const row of answer.groupOne) expect(row.days.reduce((s: number, d: { duration: number }) => s + d.duration, 0)).toBe(row.duration);
    expect(answer.totalsByDay.reduce((s: number, d: { duration: number }) => s + d.duration, 0)).toBe(answer.totals[0].totalTime);
  });

  test("a member's report covers only their own entries", async () => {
    const answer = (await c().post(url("detailed"), { ...october, detailedFilter: { pageSize: 1000 } }, { key: f.dan.apiKey! })).json;
    expect(answer.timeentries.every((e: { userId: string }) => e.userId === f.dan.id)).toBe(true);
  });

  test("shared reports: public ones open without a key; private ones to those they are shared with", async () => {
    const [summary, detailed] = f.state.sharedReports.all();
    const open = (id: string, options = {}) => c().get(`${REPORTS}/shared-reports/${id}`, options);
    expect((await open(summary.id, { anonymous: true })).json.groupOne.length).toBeGreaterThan(0);
    expect((await open(detailed.id, { anonymous: true })).status).toBe(401);
    expect((await open(detailed.id)).json.timeentries.length).toBeGreaterThan(0); // shared with Alice
    expect((await open(detailed.id, { key: f.carol.apiKey! })).status).toBe(403);
    const list = (await c().get(`${REPORTS}/workspaces/${f.acme.id}/shared-reports?sharedReportsFilter=SHARED_WITH_ME`)).json;
    expect(list.reports.map((r: { name: string; reportAuthor: string }) => [r.name, r.reportAuthor])).toEqual([["Engineering detail", "Bob Okafor"]]);
  });
});

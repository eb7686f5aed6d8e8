// Held to the spec: every operation the mock serves is called and each answer is validated against
// the official OpenAPI response schema (corrected only as spec-corrections.ts says, and held
// strictly: every listed property present, no other). Error answers are validated against
// Clockify's error shape. The count of validated answers is printed at the end.

import { encodeMultipart } from "../../src/runtime/body";
import { OfficialSpec, describeErrors } from "./openapi";
import { fixture, REPORTS, type Answer } from "./support";

const spec = new OfficialSpec();
const f = fixture({ now: () => new Date("2026-11-02T10:00:00Z") });
const { client: c, acme, alice, carol } = f;
const served = new Set(f.mock.routes.map((r) => `${r.method} ${r.pattern}`));
const exercised = new Set<string>();
let validated = 0;

/** Checks the status and validates the body against the official schema of `route` ("METHOD pattern"). */
function check(route: string, answer: Answer, status: number, schemaOf = route): Answer {
  if (answer.status !== status) throw new Error(`${route}: expected ${status}, got ${answer.status}: ${answer.text.slice(0, 500)}`);
  if (!served.has(route)) throw new Error(`${route} is not a route of the mock`);
  exercised.add(route);
  const [method, pattern] = schemaOf.split(" ");
  const { validate } = spec.response(method, pattern, status);
  if (validate === undefined) {
    expect(answer.text).toBe("");
  } else if (!validate(answer.json)) {
    throw new Error(`${route}: the answer does not fit the official schema: ${describeErrors(validate)}\n${answer.text.slice(0, 800)}`);
  }
  validated++;
  return answer;
}

const W = "/workspaces/{workspaceId}";
const ws = f.ws;

afterAll(() => {
  console.log(`spec: ${validated} answers validated against the official OpenAPI schemas, covering ${exercised.size} of ${served.size} operations`);
});

test("workspaces, the user and users", async () => {
  check("GET /user", await c.get("/user"), 200);
  check("GET /user", await c.get("/user?include-memberships=true"), 200);
  check("GET /workspaces", await c.get("/workspaces"), 200);
  check("GET /workspaces", await c.get("/workspaces?roles=OWNER"), 200);
  check(`GET ${W}`, await c.get(ws()), 200);
  check(`GET ${W}`, await c.get(`/workspaces/${f.side.id}`), 200);
  check(`GET ${W}/users`, await c.get(ws("/users")), 200);
  check(`GET ${W}/users`, await c.get(ws("/users?memberships=ALL&include-roles=true&sort-column=NAME&page-size=3")), 200);
  check(`GET ${W}/user-groups`, await c.get(ws("/user-groups")), 200);
});

test("clients", async () => {
  check(`GET ${W}/clients`, await c.get(ws("/clients")), 200);
  check(`GET ${W}/clients`, await c.get(ws("/clients?archived=true&name=o&sort-order=DESCENDING")), 200);
  const created = check(`POST ${W}/clients`, await c.post(ws("/clients"), { name: "Spec Client", email: "a@b.example", address: "1 Road", note: "n" }), 201).json;
  check(`GET ${W}/clients/{clientId}`, await c.get(ws(`/clients/${created.id}`)), 200);
  check(`PUT ${W}/clients/{clientId}`, await c.put(ws(`/clients/${created.id}`), { name: "Spec Client", archived: true, ccEmails: ["x@y.example"] }), 200);
  check(`DELETE ${W}/clients/{clientId}`, await c.delete(ws(`/clients/${created.id}`)), 200);
});

test("projects and their custom fields", async () => {
  check(`GET ${W}/projects`, await c.get(ws("/projects")), 200);
  check(`GET ${W}/projects`, await c.get(ws("/projects?hydrated=true&archived=false&sort-column=DURATION&page=2&page-size=3")), 200);
  const body = {
    name: "Spec Project",
    clientId: f.client_("Initech").id,
    color: "#112233",
    hourlyRate: { amount: 15000 },
    estimate: { estimate: "PT10H", type: "MANUAL" },
    memberships: [{ userId: alice.id }, { userId: carol.id, hourlyRate: { amount: 9000 } }],
    tasks: [{ name: "Kick-off" }],
  };
  const project = check(`POST ${W}/projects`, await c.post(ws("/projects"), body), 201).json;
  check(`GET ${W}/projects/{projectId}`, await c.get(ws(`/projects/${project.id}`)), 200);
  check(`GET ${W}/projects/{projectId}/custom-fields`, await c.get(ws(`/projects/${f.project("Website Redesign").id}/custom-fields`)), 200);
  check(`PUT ${W}/projects/{projectId}`, await c.put(ws(`/projects/${project.id}`), { name: "Spec Project", archived: true }), 200);
  check(`DELETE ${W}/projects/{projectId}`, await c.delete(ws(`/projects/${project.id}`)), 200);
});

test("tasks", async () => {
  const project = f.project("Mobile App");
  const tasks = `/projects/${project.id}/tasks`;
  check(`GET ${W}/projects/{projectId}/tasks`, await c.get(ws(tasks)), 200);
  check(`GET ${W}/projects/{projectId}/tasks`, await c.get(ws(`${tasks}?is-active=true&sort-column=NAME`)), 200);
  const task = check(`POST ${W}/projects/{projectId}/tasks`, await c.post(ws(tasks), { name: "Spec Task", assigneeIds: [carol.id], estimate: "PT3H" }), 201).json;
  check(`GET ${W}/projects/{projectId}/tasks/{taskId}`, await c.get(ws(`${tasks}/${task.id}`)), 200);
  check(`PUT ${W}/projects/{projectId}/tasks/{taskId}`, await c.put(ws(`${tasks}/${task.id}`), { name: "Spec Task", status: "DONE" }), 200);
  check(`DELETE ${W}/projects/{projectId}/tasks/{taskId}`, await c.delete(ws(`${tasks}/${task.id}`)), 200);
});

test("tags", async () => {
  check(`GET ${W}/tags`, await c.get(ws("/tags")), 200);
  const tag = check(`POST ${W}/tags`, await c.post(ws("/tags"), { name: "spec-tag" }), 201).json;
  check(`GET ${W}/tags/{tagId}`, await c.get(ws(`/tags/${tag.id}`)), 200);
  check(`PUT ${W}/tags/{tagId}`, await c.put(ws(`/tags/${tag.id}`), { name: "spec-tag-2", archived: true }), 200);
  check(`DELETE ${W}/tags/{tagId}`, await c.delete(ws(`/tags/${tag.id}`)), 200);
});

test("time entries and the timer", async () => {
  const project = f.project("Website Redesign");
  const task = f.state.tasks.find((t) => t.projectId === project.id && t.status === "ACTIVE");
  const field = f.state.customFields.find((cf) => cf.workspaceId === acme.id && cf.name === "Ticket");
  const entry = {
    start: "2026-11-02T08:00:00Z",
    end: "2026-11-02T09:30:00.000Z",
    description: "Spec entry",
    projectId: project.id,
    taskId: task?.id,
    tagIds: [f.tag("review").id],
    customFields: [{ customFieldId: field?.id, value: "TCK-1" }],
  };
  const made = check(`POST ${W}/time-entries`, await c.post(ws("/time-entries"), entry), 201).json;
  check(`POST ${W}/user/{userId}/time-entries`, await c.post(ws(`/user/${carol.id}/time-entries`), { ...entry, customFields: undefined }), 201);
  check(`POST ${W}/time-entries`, await c.post(ws("/time-entries"), { start: "2026-11-02T09:45:00Z", description: "Running" }), 201);
  const entries = `/user/${alice.id}/time-entries`;
  check(`GET ${W}/user/{userId}/time-entries`, await c.get(ws(entries)), 200);
  check(`GET ${W}/user/{userId}/time-entries`, await c.get(ws(`${entries}?hydrated=true&page-size=5`)), 200);
  check(`GET ${W}/user/{userId}/time-entries`, await c.get(ws(`${entries}?start=2026-10-01T00:00:00Z&end=2026-10-31T00:00:00Z&project=${project.id}`)), 200);
  check(`GET ${W}/time-entries/status/in-progress`, await c.get(ws("/time-entries/status/in-progress")), 200);
  check(`GET ${W}/time-entries/{timeEntryId}`, await c.get(ws(`/time-entries/${made.id}`)), 200);
  check(`GET ${W}/time-entries/{timeEntryId}`, await c.get(ws(`/time-entries/${made.id}?hydrated=true`)), 200);
  check(`PUT ${W}/time-entries/{timeEntryId}`, await c.put(ws(`/time-entries/${made.id}`), { ...entry, description: "Changed" }), 200);
  check(`PATCH ${W}/user/{userId}/time-entries`, await c.patch(ws(entries), { end: "2026-11-02T10:00:00Z" }), 200);
  check(`DELETE ${W}/time-entries/{timeEntryId}`, await c.delete(ws(`/time-entries/${made.id}`)), 204);
});

test("expenses and categories", async () => {
  check(`GET ${W}/expenses/categories`, await c.get(ws("/expenses/categories")), 200);
  const category = check(`POST ${W}/expenses/categories`, await c.post(ws("/expenses/categories"), { name: "Spec", hasUnitPrice: true, priceInCents: 25, unit: "page" }), 201).json;
  check(`PUT ${W}/expenses/categories/{categoryId}`, await c.put(ws(`/expenses/categories/${category.id}`), { name: "Spec pages", hasUnitPrice: true, priceInCents: 30, unit: "page" }), 200);
  check(`PATCH ${W}/expenses/categories/{categoryId}/status`, await c.patch(ws(`/expenses/categories/${category.id}/status`), { archived: true }), 200);
  check(`GET ${W}/expenses`, await c.get(ws("/expenses")), 200);
  check(`GET ${W}/expenses`, await c.get(ws(`/expenses?user-id=${carol.id}&page-size=2`)), 200);
  const form = encodeMultipart({
    amount: "42.5",
    categoryId: f.state.expenseCategories.find((x) => x.name === "Travel")?.id ?? "",
    date: "2026-11-01T00:00:00Z",
    projectId: f.project("Data Platform").id,
    userId: alice.id,
    notes: "Taxi",
    billable: "true",
    file: { filename: "taxi.png", contentType: "image/png", base64: "iVBORw0KGgo=" },
  });
  const multipart = { "Content-Type": form.contentType };
  const expense = check(`POST ${W}/expenses`, await c.call("POST", ws("/expenses"), { body: form.bytes, headers: multipart }), 201).json;
  check(`GET ${W}/expenses/{expenseId}`, await c.get(ws(`/expenses/${expense.id}`)), 200);
  const update = encodeMultipart({
    amount: "50",
    categoryId: expense.categoryId,
    date: "2026-11-01",
    userId: alice.id,
    changeFields: "AMOUNT",
    file: { filename: "taxi.png", contentType: "image/png", base64: "iVBORw0KGgo=" },
  });
  check(`PUT ${W}/expenses/{expenseId}`, await c.call("PUT", ws(`/expenses/${expense.id}`), { body: update.bytes, headers: { "Content-Type": update.contentType } }), 200);
  check(`DELETE ${W}/expenses/{expenseId}`, await c.delete(ws(`/expenses/${expense.id}`)), 200);
  check(`DELETE ${W}/expenses/categories/{categoryId}`, await c.delete(ws(`/expenses/categories/${category.id}`)), 204);
});

test("custom fields", async () => {
  check(`GET ${W}/custom-fields`, await c.get(ws("/custom-fields")), 200);
  check(`GET ${W}/custom-fields`, await c.get(ws("/custom-fields?status=VISIBLE&entity-type=TIMEENTRY")), 200);
  const field = check(`POST ${W}/custom-fields`, await c.post(ws("/custom-fields"), { name: "Spec field", type: "DROPDOWN_MULTIPLE", allowedValues: ["a", "b"] }), 201).json;
  check(`PUT ${W}/custom-fields/{customFieldId}`, await c.put(ws(`/custom-fields/${field.id}`), { name: "Spec field 2", type: "TXT" }), 200);
  const project = f.project("Website Redesign").id;
  const onProject = check(`PATCH ${W}/projects/{projectId}/custom-fields/{customFieldId}`, await c.patch(ws(`/projects/${project}/custom-fields/${field.id}`), { defaultValue: "on the project", status: "VISIBLE" }), 200).json;
  expect(onProject.workspaceDefaultValue).toBe("on the project");
  check(`DELETE ${W}/custom-fields/{customFieldId}`, await c.delete(ws(`/custom-fields/${field.id}`)), 204);
});

test("approval requests", async () => {
  check(`GET ${W}/approval-requests`, await c.get(ws("/approval-requests")), 200);
  check(`GET ${W}/approval-requests`, await c.get(ws("/approval-requests?status=PENDING&sort-order=DESCENDING")), 200);
  const mine = check(`POST ${W}/approval-requests`, await c.post(ws("/approval-requests"), { periodStart: "2026-10-26T00:00:00Z", period: "WEEKLY" }), 201).json;
  check(`POST ${W}/approval-requests/users/{userId}`, await c.post(ws(`/approval-requests/users/${carol.id}`), { periodStart: "2026-10-26T00:00:00Z" }), 201);
  check(`PATCH ${W}/approval-requests/{approvalRequestId}`, await c.patch(ws(`/approval-requests/${mine.id}`), { state: "APPROVED", note: "ok" }), 200);
});

test("webhooks", async () => {
  const body = { name: "Spec hook", url: "https://hooks.example/clockify", webhookEvent: "NEW_PROJECT", triggerSource: [acme.id], triggerSourceType: "WORKSPACE_ID" };
  const hook = check(`POST ${W}/webhooks`, await c.post(ws("/webhooks"), body), 201).json;
  check(`GET ${W}/webhooks`, await c.get(ws("/webhooks")), 200);
  check(`GET ${W}/webhooks/{webhookId}`, await c.get(ws(`/webhooks/${hook.id}`)), 200);
  check(`PUT ${W}/webhooks/{webhookId}`, await c.put(ws(`/webhooks/${hook.id}`), { ...body, webhookEvent: "NEW_CLIENT" }), 200);
  check(`PATCH ${W}/webhooks/{webhookId}/token`, await c.patch(ws(`/webhooks/${hook.id}/token`)), 200);
  check(`DELETE ${W}/webhooks/{webhookId}`, await c.delete(ws(`/webhooks/${hook.id}`)), 200);
});

test("reports and shared reports", async () => {
  const r = (path: string) => `${REPORTS}/workspaces/${acme.id}${path}`;
  const range = { dateRangeStart: "2026-10-01T00:00:00.000Z", dateRangeEnd: "2026-10-31T23:59:59.999Z" };
  check(`POST ${W}/reports/detailed`, await c.post(r("/reports/detailed"), { ...range, detailedFilter: { page: 1, pageSize: 20 }, exportType: "JSON" }), 200);
  const mobileOnly = { ids: [f.project("Mobile App").id], contains: "CONTAINS" };
  const detailed = { ...range, timeZone: "UTC", detailedFilter: { page: 3, pageSize: 1000, sortColumn: "DURATION" }, projects: mobileOnly };
  check(`POST ${W}/reports/detailed`, await c.post(r("/reports/detailed"), detailed), 200);
  check(`POST ${W}/reports/summary`, await c.post(r("/reports/summary"), { ...range, summaryFilter: { groups: ["PROJECT", "USER", "TAG"], sortColumn: "DURATION" } }), 200);
  check(`POST ${W}/reports/summary`, await c.post(r("/reports/summary"), { ...range, summaryFilter: { groups: ["CLIENT", "DATE"] } }), 200);
  const week = { dateRangeStart: "2026-10-05T00:00:00Z", dateRangeEnd: "2026-10-11T23:59:59Z" };
  check(`POST ${W}/reports/weekly`, await c.post(r("/reports/weekly"), { ...week, weeklyFilter: { group: "USER", subgroup: "TIME" } }), 200);
  check(`POST ${W}/reports/weekly`, await c.post(r("/reports/weekly"), { ...week, weeklyFilter: { group: "PROJECT", subgroup: "TIME" } }), 200);
  check(`GET ${W}/shared-reports`, await c.get(r("/shared-reports")), 200);
  const saved = { name: "Spec shared", type: "DETAILED", isPublic: false, visibleToUsers: [carol.id], filter: { ...range, detailedFilter: { page: 1, pageSize: 10 } } };
  const shared = check(`POST ${W}/shared-reports`, await c.post(r("/shared-reports"), saved), 200).json;
  check(`PUT ${W}/shared-reports/{reportId}`, await c.put(r(`/shared-reports/${shared.id}`), { name: "Spec shared 2", isPublic: true }), 200);
  const summaryShared = f.state.sharedReports.find((x) => x.type === "SUMMARY");
  check("GET /shared-reports/{reportId}", await c.get(`${REPORTS}/shared-reports/${summaryShared?.id}`, { anonymous: true }), 200);
  check("GET /shared-reports/{reportId}", await c.get(`${REPORTS}/shared-reports/${shared.id}?page=1&pageSize=5`), 200, `POST ${W}/reports/detailed`);
  check(`DELETE ${W}/shared-reports/{reportId}`, await c.delete(r(`/shared-reports/${shared.id}`)), 204);
});

describe("every seeded record renders to the official schema", () => {
  /** Validates every page of a list, `pageSize` at a time. */
  async function everyPage(route: string, url: (page: number) => string) {
    for (let page = 1; ; page++) {
      const answer = check(route, await c.get(url(page)), 200);
      if (answer.header("Last-Page") !== "false") return;
    }
  }

  test("projects, clients, tags and tasks, one by one", async () => {
    for (const p of f.state.projects.where((x) => x.workspaceId === acme.id)) {
      check(`GET ${W}/projects/{projectId}`, await c.get(ws(`/projects/${p.id}`)), 200);
      for (const t of f.state.tasks.where((x) => x.projectId === p.id)) check(`GET ${W}/projects/{projectId}/tasks/{taskId}`, await c.get(ws(`/projects/${p.id}/tasks/${t.id}`)), 200);
    }
    for (const cl of f.state.clients.where((x) => x.workspaceId === acme.id)) check(`GET ${W}/clients/{clientId}`, await c.get(ws(`/clients/${cl.id}`)), 200);
    for (const t of f.state.tags.where((x) => x.workspaceId === acme.id)) check(`GET ${W}/tags/{tagId}`, await c.get(ws(`/tags/${t.id}`)), 200);
  });

  test("every time entry of every user, hydrated, page by page; each of Alice's alone", async () => {
    for (const u of [f.alice, f.bob, f.carol, f.dan]) {
      await everyPage(`GET ${W}/user/{userId}/time-entries`, (page) => ws(`/user/${u.id}/time-entries?hydrated=true&page-size=100&page=${page}`));
    }
    for (const e of f.state.timeEntries.where((x) => x.workspaceId === acme.id && x.userId === alice.id)) {
      check(`GET ${W}/time-entries/{timeEntryId}`, await c.get(ws(`/time-entries/${e.id}`)), 200);
    }
  });

  test("expenses, approvals and users, page by page", async () => {
    await everyPage(`GET ${W}/expenses`, (page) => ws(`/expenses?page-size=4&page=${page}`));
    await everyPage(`GET ${W}/approval-requests`, (page) => ws(`/approval-requests?page-size=1&page=${page}`));
    await everyPage(`GET ${W}/users`, (page) => ws(`/users?memberships=ALL&page-size=2&page=${page}`));
    for (const e of f.state.expenses.where((x) => x.workspaceId === acme.id)) check(`GET ${W}/expenses/{expenseId}`, await c.get(ws(`/expenses/${e.id}`)), 200);
  });

  test("reports over every week and every grouping", async () => {
    const r = (path: string) => `${REPORTS}/workspaces/${acme.id}/reports${path}`;
    for (let monday = Date.UTC(2026, 4, 4); monday < Date.UTC(2026, 10, 1); monday += 7 * 86_400_000) {
      const start = new Date(monday).toISOString();
      const end = new Date(monday + 7 * 86_400_000 - 1000).toISOString();
      check(`POST ${W}/reports/weekly`, await c.post(r("/weekly"), { dateRangeStart: start, dateRangeEnd: end, weeklyFilter: { group: "PROJECT", subgroup: "TIME" } }), 200);
    }
    const range = { dateRangeStart: "2026-05-01T00:00:00Z", dateRangeEnd: "2026-10-31T23:59:59Z" };
    for (const group of ["PROJECT", "CLIENT", "TASK", "TAG", "DATE", "USER", "USER_GROUP", "TIMEENTRY", "MONTH", "WEEK"]) {
      check(`POST ${W}/reports/summary`, await c.post(r("/summary"), { ...range, summaryFilter: { groups: [group, "PROJECT"] } }), 200);
    }
    for (let page = 1; page <= 12; page++) {
      check(`POST ${W}/reports/detailed`, await c.post(r("/detailed"), { ...range, detailedFilter: { page, pageSize: 100 } }), 200);
    }
  });
});

test("every operation the mock serves was validated", () => {
  expect([...served].filter((route) => !exercised.has(route))).toEqual([]);
});

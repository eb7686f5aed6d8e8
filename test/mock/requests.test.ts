// Requests the official spec would reject get Clockify's 400 answers, never a crash, and leave the
// data as it was. The probes are derived from the official request schemas: malformed JSON, each
// required property left out, each property of the wrong JSON type, strings over their maxLength
// or under their minLength, values outside their enum, numbers under their minimum, bad date-times;
// and, on every paged list, page sizes over the limit and parameters that do not convert.

import Ajv from "ajv";
import { OfficialSpec } from "./openapi";
import { fixture, REPORTS, type Answer } from "./support";
import type { JsonSchema } from "./spec-corrections";

const spec = new OfficialSpec();
const f = fixture({ now: () => new Date("2026-11-02T10:00:00Z") });
const { client: c, acme, alice, carol } = f;
const W = "/workspaces/{workspaceId}";
const ws = f.ws;
const reports = (path: string) => `${REPORTS}/workspaces/${acme.id}${path}`;

const errorShape = new Ajv().compile({
  type: "object",
  properties: { message: { type: "string", minLength: 1 }, code: { type: "integer" } },
  required: ["message", "code"],
  additionalProperties: false,
});
let probes = 0;

function expectRejected(what: string, answer: Answer) {
  if (answer.status !== 400 || !errorShape(answer.json) || ![3000, 501].includes(answer.json.code)) {
    throw new Error(`${what}: expected 400 with {message, code 3000|501}, got ${answer.status} ${answer.text.slice(0, 300)}`);
  }
  probes++;
}

/** Everything the mock holds, to prove a rejected request changed nothing. */
function fingerprint(): string {
  const s = f.state;
  const tables = [s.users, s.workspaces, s.userGroups, s.clients, s.projects, s.tasks, s.tags, s.timeEntries, s.expenseCategories, s.expenses];
  return JSON.stringify([...tables, s.files, s.customFields, s.approvalRequests, s.webhooks, s.sharedReports, s.addons].map((t) => t.all()));
}

/** A value of another JSON type than `schema` wants, or undefined when the schema takes anything. */
function wrongType(schema: JsonSchema): unknown {
  if (schema.type === "string" || schema.enum !== undefined) return 12345;
  if (schema.type === "integer" || schema.type === "number") return "not a number";
  if (schema.type === "boolean") return "maybe";
  if (schema.type === "array") return "not a list";
  if (schema.properties !== undefined) return "not an object";
  return undefined; // free-form `type: object` values (custom-field values) take any JSON
}

interface Target {
  route: string;
  url: () => string;
  /** A body the mock accepts. */
  body: () => Record<string, unknown>;
}

const project = () => f.project("Mobile App");
const someTask = () => f.state.tasks.find((t) => t.projectId === project().id)!;
const range = { dateRangeStart: "2026-10-01T00:00:00Z", dateRangeEnd: "2026-10-31T23:59:59Z" };

const TARGETS: Target[] = [
  { route: `POST ${W}/clients`, url: () => ws("/clients"), body: () => ({ name: "Probe client" }) },
  { route: `PUT ${W}/clients/{clientId}`, url: () => ws(`/clients/${f.client_("Initech").id}`), body: () => ({ name: "Initech" }) },
  { route: `POST ${W}/projects`, url: () => ws("/projects"), body: () => ({ name: "Probe project" }) },
  { route: `PUT ${W}/projects/{projectId}`, url: () => ws(`/projects/${project().id}`), body: () => ({ name: "Mobile App" }) },
  { route: `POST ${W}/projects/{projectId}/tasks`, url: () => ws(`/projects/${project().id}/tasks`), body: () => ({ name: "Probe task" }) },
  { route: `PUT ${W}/projects/{projectId}/tasks/{taskId}`, url: () => ws(`/projects/${project().id}/tasks/${someTask().id}`), body: () => ({ name: someTask().name }) },
  { route: `POST ${W}/tags`, url: () => ws("/tags"), body: () => ({ name: "probe" }) },
  { route: `PUT ${W}/tags/{tagId}`, url: () => ws(`/tags/${f.tag("review").id}`), body: () => ({ name: "review" }) },
  { route: `POST ${W}/time-entries`, url: () => ws("/time-entries"), body: () => ({ start: "2026-11-02T08:00:00Z", end: "2026-11-02T09:00:00Z" }) },
  { route: `POST ${W}/user/{userId}/time-entries`, url: () => ws(`/user/${carol.id}/time-entries`), body: () => ({ start: "2026-11-02T08:00:00Z", end: "2026-11-02T09:00:00Z" }) },
  {
    route: `PUT ${W}/time-entries/{timeEntryId}`,
    url: () => ws(`/time-entries/${f.state.timeEntries.find((e) => e.userId === alice.id && e.workspaceId === acme.id)!.id}`),
    body: () => ({ start: "2026-10-02T08:00:00Z", end: "2026-10-02T09:00:00Z" }),
  },
  // Bob's timer runs in the seed.
  { route: `PATCH ${W}/user/{userId}/time-entries`, url: () => ws(`/user/${f.bob.id}/time-entries`), body: () => ({ end: "2026-11-02T09:00:00Z" }) },
  { route: `POST ${W}/expenses/categories`, url: () => ws("/expenses/categories"), body: () => ({ name: "Probe category" }) },
  { route: `PUT ${W}/expenses/categories/{categoryId}`, url: () => ws(`/expenses/categories/${f.state.expenseCategories.all()[0].id}`), body: () => ({ name: "Travel" }) },
  { route: `PATCH ${W}/expenses/categories/{categoryId}/status`, url: () => ws(`/expenses/categories/${f.state.expenseCategories.all()[0].id}/status`), body: () => ({ archived: false }) },
  { route: `POST ${W}/custom-fields`, url: () => ws("/custom-fields"), body: () => ({ name: "Probe field", type: "TXT" }) },
  { route: `PUT ${W}/custom-fields/{customFieldId}`, url: () => ws(`/custom-fields/${f.state.customFields.all()[0].id}`), body: () => ({ name: "Ticket", type: "TXT" }) },
  { route: `POST ${W}/approval-requests`, url: () => ws("/approval-requests"), body: () => ({ periodStart: "2026-10-26T00:00:00Z" }) },
  { route: `POST ${W}/approval-requests/users/{userId}`, url: () => ws(`/approval-requests/users/${carol.id}`), body: () => ({ periodStart: "2026-10-26T00:00:00Z" }) },
  { route: `PATCH ${W}/approval-requests/{approvalRequestId}`, url: () => ws(`/approval-requests/${f.state.approvalRequests.all()[0].id}`), body: () => ({ state: "PENDING" }) },
  {
    route: `POST ${W}/webhooks`,
    url: () => ws("/webhooks"),
    body: () => ({ name: "Probe", url: "https://hooks.example/x", webhookEvent: "NEW_TAG", triggerSource: [], triggerSourceType: "WORKSPACE_ID" }),
  },
  { route: `POST ${W}/reports/detailed`, url: () => reports("/reports/detailed"), body: () => ({ ...range, detailedFilter: { page: 1, pageSize: 10 } }) },
  { route: `POST ${W}/reports/summary`, url: () => reports("/reports/summary"), body: () => ({ ...range, summaryFilter: { groups: ["PROJECT"] } }) },
  {
    route: `POST ${W}/reports/weekly`,
    url: () => reports("/reports/weekly"),
    body: () => ({ dateRangeStart: "2026-10-05T00:00:00Z", dateRangeEnd: "2026-10-11T23:59:59Z", weeklyFilter: { group: "USER", subgroup: "TIME" } }),
  },
  { route: `POST ${W}/shared-reports`, url: () => reports("/shared-reports"), body: () => ({ name: "Probe", type: "SUMMARY", filter: range }) },
  { route: `PUT ${W}/shared-reports/{reportId}`, url: () => reports(`/shared-reports/${f.state.sharedReports.all()[0].id}`), body: () => ({ name: "Renamed" }) },
];

/** The bodies the official schema rejects, each with what is wrong with it. */
function invalidBodies(target: Target): Array<[string, unknown]> {
  const [method, pattern] = target.route.split(" ");
  const schema = spec.requestSchema(method, pattern);
  if (schema === undefined) throw new Error(`no official request schema for ${target.route}`);
  const base = target.body();
  const out: Array<[string, unknown]> = [];
  for (const name of schema.required) {
    const { [name]: _omitted, ...rest } = base;
    out.push([`without required ${name}`, rest]);
  }
  for (const [name, prop] of Object.entries(schema.properties)) {
    const wrong = wrongType(prop);
    if (wrong !== undefined) out.push([`${name} of the wrong type`, { ...base, [name]: wrong }]);
    if (typeof prop.maxLength === "number") out.push([`${name} over ${prop.maxLength} characters`, { ...base, [name]: "x".repeat(prop.maxLength + 1) }]);
    if (typeof prop.minLength === "number" && prop.minLength > 0) out.push([`${name} under ${prop.minLength} characters`, { ...base, [name]: "x".repeat(prop.minLength - 1) }]);
    if (Array.isArray(prop.enum)) out.push([`${name} outside its enum`, { ...base, [name]: "NOT_A_VALUE" }]);
    if (prop.format === "date-time") out.push([`${name} not a date-time`, { ...base, [name]: "yesterday" }]);
    const nested = prop.properties as Record<string, JsonSchema> | undefined;
    for (const [inner, innerSchema] of Object.entries(nested ?? {})) {
      if (typeof innerSchema.minimum === "number") out.push([`${name}.${inner} under its minimum`, { ...base, [name]: { ...(base[name] as object), [inner]: innerSchema.minimum - 1 } }]);
    }
  }
  return out;
}

describe("bodies the official spec rejects", () => {
  test.each(TARGETS.map((t) => [t.route, t] as const))("%s", async (_route, target) => {
    const [method] = target.route.split(" ");
    const before = fingerprint();
    // The base body is accepted as it is (checked on a throwaway copy of the data).
    const fresh = fixture({ now: () => new Date("2026-11-02T10:00:00Z") });
    const accepted = await fresh.client.call(method, target.url().replace(acme.id, fresh.acme.id), { body: target.body() });
    expect(accepted.status).toBeLessThan(300);

    expectRejected("malformed JSON", await c.call(method, target.url(), { body: '{"name": "unterminated', headers: { "Content-Type": "application/json" } }));
    for (const [what, body] of invalidBodies(target)) expectRejected(`${target.route} ${what}`, await c.call(method, target.url(), { body }));
    expect(fingerprint()).toBe(before);
  });
});

const PAGED = [
  `GET ${W}/users`,
  `GET ${W}/user-groups`,
  `GET ${W}/clients`,
  `GET ${W}/projects`,
  `GET ${W}/projects/{projectId}/tasks`,
  `GET ${W}/tags`,
  `GET ${W}/user/{userId}/time-entries`,
  `GET ${W}/time-entries/status/in-progress`,
  `GET ${W}/expenses`,
  `GET ${W}/expenses/categories`,
  `GET ${W}/approval-requests`,
];

const listUrl = (route: string) =>
  ws(
    route
      .split(" ")[1]
      .slice(W.length)
      .replace("{projectId}", project().id)
      .replace("{userId}", alice.id),
  );

describe("query parameters the official spec rejects", () => {
  test.each(PAGED)("%s", async (route) => {
    const url = listUrl(route);
    const max = route.endsWith("in-progress") ? 1000 : 5000;
    expect((await c.get(`${url}?page-size=${max}`)).status).toBe(200);
    expectRejected("page-size over the maximum", await c.get(`${url}?page-size=${max + 1}`));
    expectRejected("page-size zero", await c.get(`${url}?page-size=0`));
    expectRejected("page zero", await c.get(`${url}?page=0`));
    const notANumber = await c.get(`${url}?page-size=fifty`);
    expectRejected("page-size not a number", notANumber);
    expect(notANumber.json.code).toBe(3000);
  });

  test("a boolean that does not convert, an unknown enum value", async () => {
    const answer = await c.get(ws("/projects?archived=perhaps"));
    expectRejected("archived=perhaps", answer);
    expect(answer.json.message).toBe("Method parameter 'archived': Failed to convert value of type 'java.lang.String' to required type 'java.lang.Boolean'; Invalid boolean value [perhaps]");
    expectRejected("sort-order", await c.get(ws("/clients?sort-order=SIDEWAYS")));
    expectRejected("is-active", await c.get(ws(`/projects/${project().id}/tasks?is-active=2`)));
  });

  test("the detailed report's page size is at most 1000, inside the body", async () => {
    const answer = await c.post(reports("/reports/detailed"), { ...range, detailedFilter: { page: 1, pageSize: 1001 } });
    expectRejected("pageSize 1001", answer);
    expect(answer.json.message).toBe("detailedFilter.pageSize: must be less than or equal to 1000");
  });
});

afterAll(() => {
  console.log(`requests: ${probes} invalid requests answered 400 in Clockify's error shape`);
});

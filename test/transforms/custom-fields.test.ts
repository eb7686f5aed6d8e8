// Custom fields through dynamic schema: GetTimeEntryCustomFieldSchema builds a typed schema from
// the workspace's field definitions (text, number, dropdowns, checkbox, link), time entries take
// them as typed inputs, and answers carry the values by field name. Against the Clockify mock.
import * as fs from "node:fs";
import { fixture } from "../mock/support";
import { CORE, SWAGGER, connector } from "./support";

const NOW = new Date("2026-11-02T10:00:00Z");
const swagger = JSON.parse(fs.readFileSync(SWAGGER, "utf8"));

async function setup() {
  const f = fixture({ now: () => NOW });
  // Besides the seed's Ticket (text), Billing code (dropdown), Reviewed (checkbox) and the inactive
  // Hours estimate (number): a link, a multiple-choice dropdown and an active number.
  for (const body of [
    { name: "Spec", type: "LINK", description: "Where the work is specified." },
    { name: "Teams", type: "DROPDOWN_MULTIPLE", allowedValues: ["Web", "Mobile", "Ops"] },
    { name: "Kilometres", type: "NUMBER" },
  ]) {
    const made = await f.client.post(f.ws("/custom-fields"), body);
    expect(made.status).toBe(201);
  }
  const fields = f.state.customFields.where((c) => c.workspaceId === f.acme.id);
  const id = (name: string) => fields.find((c) => c.name === name)!.id;
  const headers = { "X-Api-Key": f.mock.apiKey };
  return { f, id, headers, h: connector(f.mock) };
}

const schemaUrl = (ws: string, keys: string) => `${CORE}/schemas/workspaces/${ws}/time-entry-custom-fields?keys=${keys}`;

test("the schema has one typed property per active field, keyed by ID, with titles and choices", async () => {
  const { f, id, headers, h } = await setup();
  const res = await h.run("GetTimeEntryCustomFieldSchema", { method: "GET", url: schemaUrl(f.acme.id, "id"), headers });
  expect(res.status).toBe(200);
  expect(res.sent[0].url).toBe(`${CORE}/workspaces/${f.acme.id}/custom-fields?entity-type=TIMEENTRY`);
  const { schema } = res.json<{ schema: { type: string; properties: Record<string, any> } }>();
  expect(schema.type).toBe("object");
  expect(schema.properties).toEqual({
    [id("Ticket")]: { type: "string", "x-ms-summary": "Ticket", description: "The issue tracker's ticket" },
    [id("Billing code")]: { type: "string", enum: ["A100", "B200", "C300"], "x-ms-summary": "Billing code", description: "The Billing code custom field." },
    [id("Reviewed")]: { type: "boolean", "x-ms-summary": "Reviewed", description: "The Reviewed custom field." },
    [id("Spec")]: { type: "string", format: "uri", "x-ms-summary": "Spec", description: "Where the work is specified." },
    [id("Teams")]: { type: "array", items: { type: "string", enum: ["Web", "Mobile", "Ops"] }, "x-ms-summary": "Teams", description: "The Teams custom field." },
    [id("Kilometres")]: { type: "number", "x-ms-summary": "Kilometres", description: "The Kilometres custom field." },
  });
  // The inactive field is not offered.
  expect(Object.keys(schema.properties)).not.toContain(id("Hours estimate"));
});

test("keyed by name for the outputs", async () => {
  const { f, headers, h } = await setup();
  const res = await h.run("GetTimeEntryCustomFieldSchema", { method: "GET", url: schemaUrl(f.acme.id, "name"), headers });
  expect(Object.keys(res.json<{ schema: { properties: object } }>().schema.properties).sort()).toEqual(["Billing code", "Kilometres", "Reviewed", "Spec", "Teams", "Ticket"]);
});

test("a workspace with no custom fields gets an empty object schema", async () => {
  const f = fixture({ now: () => NOW });
  expect(f.state.customFields.where((c) => c.workspaceId === f.side.id)).toHaveLength(0);
  const res = await connector(f.mock).run("GetTimeEntryCustomFieldSchema", { method: "GET", url: schemaUrl(f.side.id, "id"), headers: { "X-Api-Key": f.mock.apiKey } });
  expect(res.status).toBe(200);
  expect(res.json()).toEqual({ schema: { type: "object", properties: {} } });
});

test("typed inputs are sent as Clockify's customFields, and the answer has them by name", async () => {
  const { f, id, headers, h } = await setup();
  const res = await h.run("CreateTimeEntry", {
    method: "POST",
    url: `${CORE}/workspaces/${f.acme.id}/time-entries`,
    headers: { ...headers, "Content-Type": "application/json" },
    body: {
      start: "2026-11-02T08:00:00Z",
      end: "2026-11-02T09:00:00Z",
      description: "With fields",
      customFieldInputs: { [id("Ticket")]: "T-42", [id("Kilometres")]: 12.5, [id("Reviewed")]: true, [id("Teams")]: ["Web", "Ops"] },
    },
  });
  expect(res.status).toBe(201);
  const sent = JSON.parse(Buffer.from(res.sent[0].body!).toString("utf8"));
  expect(sent.customFieldInputs).toBeUndefined();
  expect(sent.customFields).toEqual([
    { customFieldId: id("Ticket"), value: "T-42" },
    { customFieldId: id("Kilometres"), value: 12.5 },
    { customFieldId: id("Reviewed"), value: true },
    { customFieldId: id("Teams"), value: ["Web", "Ops"] },
  ]);
  const entry = res.json<{ id: string; customFieldsByName: Record<string, unknown> }>();
  expect(entry.customFieldsByName).toMatchObject({ Ticket: "T-42", Kilometres: 12.5, Reviewed: true, Teams: ["Web", "Ops"] });

  const again = await h.run("GetTimeEntry", { method: "GET", url: `${CORE}/workspaces/${f.acme.id}/time-entries/${entry.id}`, headers });
  expect(again.json<{ customFieldsByName: Record<string, unknown> }>().customFieldsByName).toMatchObject({ Ticket: "T-42", Kilometres: 12.5 });
});

test("listed entries carry their custom fields by name", async () => {
  const { f, headers, h } = await setup();
  const res = await h.run("GetTimeEntriesForUser_v1", {
    method: "GET",
    url: `${CORE}/workspaces/${f.acme.id}/user/${f.alice.id}/time-entries?start=2026-10-01T00:00:00Z&end=2026-10-08T00:00:00Z`,
    headers,
  });
  const entries = res.json<Array<{ customFieldValues: Array<{ name: string; value: unknown }>; customFieldsByName: Record<string, unknown> }>>();
  expect(entries.length).toBeGreaterThan(0);
  const withTicket = entries.filter((e) => e.customFieldValues.some((v) => v.name === "Ticket"));
  expect(withTicket.length).toBeGreaterThan(0);
  for (const e of entries) expect(e.customFieldsByName).toEqual(Object.fromEntries(e.customFieldValues.map((v) => [v.name, v.value])));
});

test("the definition wires the typed inputs and outputs to the internal schema operation, and customFieldId is a picker", () => {
  const input = swagger.definitions.CreateTimeEntryRequest.properties.customFieldInputs;
  expect(input["x-ms-dynamic-schema"]).toEqual({
    operationId: "GetTimeEntryCustomFieldSchema",
    parameters: { workspace_id: { parameter: "workspace_id" }, keys: { value: "id" } },
    "value-path": "schema",
  });
  expect(swagger.definitions.UpdateTimeEntryRequest.properties.customFieldInputs["x-ms-dynamic-schema"].parameters.keys).toEqual({ value: "id" });
  expect(swagger.definitions.TimeEntry.properties.customFieldsByName["x-ms-dynamic-schema"].parameters.keys).toEqual({ value: "name" });
  expect(swagger.definitions.TimeEntryListItem.properties.customFieldsByName["x-ms-dynamic-schema"].operationId).toBe("GetTimeEntryCustomFieldSchema");
  const op = swagger.paths["/v1/schemas/workspaces/{workspace_id}/time-entry-custom-fields"].get;
  expect([op.operationId, op["x-ms-visibility"]]).toEqual(["GetTimeEntryCustomFieldSchema", "internal"]);
  const picker = swagger.definitions.CreateTimeEntryRequest.properties.customFields.items.properties.customFieldId["x-ms-dynamic-values"];
  expect(picker).toMatchObject({ operationId: "ListCustomFields", parameters: { "entity-type": { value: "TIMEENTRY" } } });
});

describe("SetProjectCustomFields: a project's custom field values as typed inputs", () => {
  const projectFieldsUrl = (ws: string, project: string) => `${CORE}/workspaces/${ws}/projects/${project}/custom-fields`;

  test("each field filled in is set on the project, one PATCH per field; the answer lists them with the project's values", async () => {
    const { f, id, headers, h } = await setup();
    const project = f.state.projects.where((p) => p.workspaceId === f.acme.id)[1];
    const url = projectFieldsUrl(f.acme.id, project.id);
    const inputs = { [id("Ticket")]: "P-7", [id("Kilometres")]: 3.5, [id("Reviewed")]: true, [id("Teams")]: ["Mobile"], [id("Billing code")]: "C300" };
    const res = await h.run("SetProjectCustomFields", { method: "PATCH", url, headers: { ...headers, "Content-Type": "application/json" }, body: { customFieldInputs: inputs } });
    expect(res.status).toBe(200);
    expect(res.sent.map((r) => `${r.method} ${r.url}`)).toEqual([...Object.keys(inputs).map((k) => `PATCH ${url}/${k}`), `GET ${url}`]);
    expect(JSON.parse(Buffer.from(res.sent[1].body!).toString("utf8"))).toEqual({ defaultValue: 3.5 });
    const listed = res.json<Array<{ id: string; workspaceDefaultValue: unknown }>>();
    const valueOf = (fieldId: string) => listed.find((c) => c.id === fieldId)!.workspaceDefaultValue;
    for (const [fieldId, value] of Object.entries(inputs)) expect(valueOf(fieldId)).toEqual(value);
    // Another project keeps the workspace's values.
    const other = f.state.projects.where((p) => p.workspaceId === f.acme.id && p.id !== project.id)[1];
    const untouched = await h.run("ListProjectCustomFields", { method: "GET", url: projectFieldsUrl(f.acme.id, other.id), headers });
    expect(untouched.json<Array<{ id: string; workspaceDefaultValue: unknown }>>().find((c) => c.id === id("Ticket"))!.workspaceDefaultValue).not.toBe("P-7");
  });

  test("a workspace with no custom fields: nothing to set, the empty list comes back", async () => {
    const f = fixture({ now: () => NOW });
    const project = f.state.projects.where((p) => p.workspaceId === f.side.id)[0];
    const url = projectFieldsUrl(f.side.id, project.id);
    const res = await connector(f.mock).run("SetProjectCustomFields", { method: "PATCH", url, headers: { "X-Api-Key": f.mock.apiKey, "Content-Type": "application/json" }, body: {} });
    expect(res.status).toBe(200);
    expect(res.sent.map((r) => `${r.method} ${r.url}`)).toEqual([`GET ${url}`]);
    expect(res.json()).toEqual([]);
  });

  test("a field of another workspace stops at its PATCH with a 404 that names it", async () => {
    const { f, headers, h } = await setup();
    const project = f.state.projects.where((p) => p.workspaceId === f.acme.id)[0];
    const foreign = "0123456789abcdef01234567";
    const res = await h.run("SetProjectCustomFields", {
      method: "PATCH",
      url: projectFieldsUrl(f.acme.id, project.id),
      headers: { ...headers, "Content-Type": "application/json" },
      body: { customFieldInputs: { [foreign]: "x" } },
    });
    expect(res.status).toBe(404);
    expect(res.sent).toHaveLength(1);
    expect(res.json<{ message: string }>().message).toContain(foreign);
  });

  test("the definition takes the values through the time entry fields' dynamic schema, keyed by ID", () => {
    const op = swagger.paths["/v1/workspaces/{workspace_id}/projects/{projectId}/custom-fields"].patch;
    expect(op.operationId).toBe("SetProjectCustomFields");
    expect(swagger.definitions.ProjectCustomFieldsRequest.properties.customFieldInputs["x-ms-dynamic-schema"]).toEqual({
      operationId: "GetTimeEntryCustomFieldSchema",
      parameters: { workspace_id: { parameter: "workspace_id" }, keys: { value: "id" } },
      "value-path": "schema",
    });
  });
});

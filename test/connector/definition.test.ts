// The Clockify connector definition (connector/): the swagger validates and follows the rules of
// Power Platform custom connectors that we can check offline (reference/connector-tooling.md
// section 3), the properties file and the icon are what paconn and pac expect, and the committed
// files are what the generators in connector/tools produce.
import SwaggerParser from "@apidevtools/swagger-parser";
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { inflateSync } from "node:zlib";
import { loadSwagger } from "../../src/bundle/swagger";
import { buildDocument, serialize } from "../../connector/definition/document";

const root = path.resolve(__dirname, "..", "..");
const connector = path.join(root, "connector");
const swaggerFile = path.join(connector, "apiDefinition.swagger.json");
const propertiesFile = path.join(connector, "apiProperties.json");
const iconFile = path.join(connector, "icon.png");

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Obj = { [key: string]: any };

const swagger: Obj = JSON.parse(fs.readFileSync(swaggerFile, "utf8"));
const properties: Obj = JSON.parse(fs.readFileSync(propertiesFile, "utf8"));

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options"];

interface Operation {
  id: string;
  method: string;
  path: string;
  op: Obj;
  item: Obj;
}

const operations: Operation[] = Object.entries(swagger.paths as Obj).flatMap(([p, item]) =>
  METHODS.filter((m) => item[m]).map((m) => ({ id: item[m].operationId as string, method: m, path: p, op: item[m], item })),
);
const byId = new Map(operations.map((o) => [o.id, o]));

// ------------------------------------------------------------------------------------------
// Rules (reference/connector-tooling.md 3.3 and 3.4), applied to every summary and description.

/** Summaries and titles: at most 80 characters, only letters, digits, spaces and parentheses, ending alphanumeric or with a parenthesis. */
const SUMMARY = /^[A-Za-z0-9][A-Za-z0-9 ()]*[A-Za-z0-9)]$/;
function summaryProblem(text: unknown): string | null {
  if (typeof text !== "string" || !text) return "missing";
  if (text.length > 80) return `longer than 80 characters (${text.length})`;
  if (/[/\\<>*%&?]/.test(text)) return "contains a restricted character [/\\<>*%&?]";
  if (!SUMMARY.test(text)) return "may hold only letters, digits, spaces and parentheses, and must end with a letter or digit";
  return null;
}
/** Descriptions: full sentences ending with a period. */
function descriptionProblem(text: unknown): string | null {
  if (typeof text !== "string" || !text.trim()) return "missing";
  if (!text.endsWith(".")) return "must be a sentence ending with a period";
  return null;
}

function definitionOf(ref: string): Obj {
  const name = ref.replace("#/definitions/", "");
  const d = swagger.definitions[name];
  if (!d) throw new Error(`unknown definition ${ref}`);
  return d;
}

/** Calls `visit` for every schema under `schema` (following $ref once per definition). */
function walkSchema(schema: Obj, where: string, visit: (s: Obj, where: string) => void, seen = new Set<string>()): void {
  if (!schema || typeof schema !== "object") return;
  visit(schema, where);
  if (schema.$ref) {
    if (seen.has(schema.$ref)) return;
    seen.add(schema.$ref);
    walkSchema(definitionOf(schema.$ref), schema.$ref, visit, seen);
    return;
  }
  for (const [key, value] of Object.entries((schema.properties ?? {}) as Obj)) walkSchema(value, `${where}.${key}`, visit, seen);
  if (schema.items) walkSchema(schema.items, `${where}[]`, visit, seen);
}

/** Every object of the document, with its JSON pointer-ish location. */
function everyNode(value: Json, where: string, visit: (node: Obj, where: string) => void): void {
  if (Array.isArray(value)) value.forEach((v, i) => everyNode(v, `${where}/${i}`, visit));
  else if (value && typeof value === "object") {
    visit(value, where);
    for (const [k, v] of Object.entries(value)) everyNode(v, `${where}/${k}`, visit);
  }
}

function successResponse(op: Obj): Obj {
  const codes = Object.keys(op.responses).filter((c) => /^2\d\d$/.test(c));
  return op.responses[codes[0]];
}

/** Resolves a schema's properties through $ref. */
function resolved(schema: Obj): Obj {
  return schema.$ref ? definitionOf(schema.$ref) : schema;
}

// ------------------------------------------------------------------------------------------

describe("apiDefinition.swagger.json", () => {
  test("validates with swagger-parser and loads through csxc's own loader", async () => {
    await expect(SwaggerParser.validate(structuredClone(swagger) as never)).resolves.toBeTruthy();
    const loaded = await loadSwagger(swaggerFile);
    expect(loaded.ok).toBe(true);
    if (loaded.ok) expect(loaded.info.secretHeaders).toEqual(["X-Api-Key"]);
  });

  test("is OpenAPI 2.0 for api.clockify.me/api over https (as 1.1.1 was), with what paconn reads", () => {
    expect(swagger.swagger).toBe("2.0");
    expect(swagger.host).toBe("api.clockify.me");
    expect(swagger.basePath).toBe("/api");
    for (const o of operations) expect([o.id, o.path.startsWith("/v1/") || o.op.deprecated === true]).toEqual([o.id, true]);
    expect(swagger.schemes).toEqual(["https"]);
    // paconn reads info.title (create) and info.description (always, KeyError when missing).
    expect(swagger.info.title.length).toBeLessThanOrEqual(30);
    expect(swagger.info.title).not.toMatch(/\b(api|connector)\b/i);
    expect(swagger.info.description.length).toBeGreaterThanOrEqual(30);
    expect(swagger.info.description.length).toBeLessThanOrEqual(500);
    expect(swagger.info.description).not.toMatch(/\bapi\b|power (apps|automate)|logic apps|copilot studio/i);
    expect(swagger.info.contact.name).toBeTruthy();
  });

  test("the files are ASCII without a BOM (paconn opens them with the locale's encoding)", () => {
    for (const file of [swaggerFile, propertiesFile]) {
      const bytes = fs.readFileSync(file);
      expect([file, bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))]).toEqual([file, false]);
      expect([file, bytes.findIndex((b) => b > 0x7f)]).toEqual([file, -1]);
    }
    expect(fs.statSync(swaggerFile).size).toBeLessThan(1024 * 1024);
  });

  test("authenticates with the X-Api-Key header under 1.1.1's security definition key", () => {
    expect(swagger.securityDefinitions).toEqual({ "API Key": { type: "apiKey", in: "header", name: "X-Api-Key" } });
    expect(swagger.security).toEqual([{ "API Key": [] }]);
    for (const o of operations) expect([o.id, o.op.security]).toEqual([o.id, undefined]);
  });

  test("names Website, Privacy policy and at most two known Categories in x-ms-connector-metadata", () => {
    const meta = Object.fromEntries((swagger["x-ms-connector-metadata"] as Obj[]).map((m) => [m.propertyName, m.propertyValue]));
    expect(meta.Website).toMatch(/^https:\/\//);
    expect(meta["Privacy policy"]).toMatch(/^https:\/\//);
    const known = [
      "AI", "Business Management", "Business Intelligence", "Collaboration", "Commerce", "Communication", "Content and Files",
      "Finance", "Data", "Human Resources", "Internet of Things", "IT Operations", "Lifestyle and Entertainment", "Marketing",
      "Productivity", "Sales and CRM", "Security", "Social Media", "Website",
    ];
    const categories = String(meta.Categories).split(";");
    expect(categories.length).toBeGreaterThanOrEqual(1);
    expect(categories.length).toBeLessThanOrEqual(2);
    for (const c of categories) expect(known).toContain(c);
  });

  test("operationIds are unique and PascalCase (1.1.1's keep their _v1)", () => {
    const ids = operations.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)*(?:_v1)?$/);
  });

  test("has the operations the transforms and the brief name", () => {
    const required = [
      "GetWorkspaces_v1", "GetCurrentUser", "GetAllUsers_v1", "GetClients_v1", "CreateClient", "GetClient", "UpdateClient", "DeleteClient",
      "GetProjects_v1", "CreateProject", "GetProject", "UpdateProject", "DeleteProject", "ListTasks", "CreateTask", "UpdateTask",
      "DeleteTask", "ListTags", "CreateTag", "UpdateTag", "DeleteTag", "GetTimeEntriesForUser_v1", "ListTimeEntriesPaged", "GetTimeEntry", "CreateTimeEntry",
      "UpdateTimeEntry", "DeleteTimeEntry", "StopTimer", "ListExpenses", "CreateExpense", "ListExpenseCategories",
      "ListCustomFields", "ListApprovalRequests", "ListSharedReports", "ReportDetailed", "ReportSummary", "ReportWeekly",
      "ListWebhooks", "CreateWebhook", "DeleteWebhook", "OnTimeEntryCreated", "OnTagCreated",
    ];
    for (const id of required) expect([id, byId.has(id)]).toEqual([id, true]);
  });

  test("every transform in transforms/ is keyed by an operationId of the swagger", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const transforms = require("../../transforms").default as Record<string, unknown>;
    for (const key of Object.keys(transforms)) {
      if (key !== "*") expect([key, byId.has(key)]).toEqual([key, true]);
    }
  });

  test("GetTimeEntriesForUser_v1 lists a user's entries: GET /v1/workspaces/{workspace_id}/user/{user_id}/time-entries", () => {
    const o = byId.get("GetTimeEntriesForUser_v1")!;
    expect([o.method, o.path]).toEqual(["get", "/v1/workspaces/{workspace_id}/user/{user_id}/time-entries"]);
    const names = (o.op.parameters as Obj[]).filter((p) => p.in === "path").map((p) => p.name);
    expect(names).toEqual(["workspace_id", "user_id"]);
    // The transform adds durationSeconds: the designer must see it.
    const item = resolved(successResponse(o.op).schema.items);
    expect(item.properties.durationSeconds.type).toBe("number");
    expect(resolved(item.properties.timeInterval).properties.duration.type).toBe("string");
  });

  test("StopTimer is the PATCH of a user's time entries with a required end", () => {
    const o = byId.get("StopTimer")!;
    expect([o.method, o.path]).toEqual(["patch", "/v1/workspaces/{workspace_id}/user/{user_id}/time-entries"]);
    const body = (o.op.parameters as Obj[]).find((p) => p.in === "body")!;
    expect(resolved(body.schema).required).toEqual(["end"]);
  });

  test("every operation has a summary, a different description ending with a period, and a visibility", () => {
    for (const o of operations) {
      expect([o.id, summaryProblem(o.op.summary)]).toEqual([o.id, null]);
      expect([o.id, descriptionProblem(o.op.description)]).toEqual([o.id, null]);
      expect(o.op.description).not.toBe(o.op.summary);
      expect(["important", "advanced", "internal"]).toContain(o.op["x-ms-visibility"]);
    }
  });

  test("every parameter has an x-ms-summary and a description; internal required ones have defaults", () => {
    for (const o of operations) {
      for (const p of (o.op.parameters ?? []) as Obj[]) {
        const where = `${o.id}.${p.name}`;
        expect([where, summaryProblem(p["x-ms-summary"])]).toEqual([where, null]);
        expect([where, descriptionProblem(p.description)]).toEqual([where, null]);
        if (p["x-ms-visibility"] === "internal" && p.required) expect([where, "default" in p]).toEqual([where, true]);
        if (p["x-ms-visibility"]) expect(["important", "advanced", "internal"]).toContain(p["x-ms-visibility"]);
      }
    }
  });

  test("every schema property has an x-ms-summary and a description; internal required ones have defaults", () => {
    const check = (schema: Obj, where: string) => {
      if (schema.$ref) return;
      for (const [key, prop] of Object.entries((schema.properties ?? {}) as Obj)) {
        if (prop.$ref) continue;
        const at = `${where}.${key}`;
        expect([at, summaryProblem(prop["x-ms-summary"])]).toEqual([at, null]);
        expect([at, descriptionProblem(prop.description)]).toEqual([at, null]);
        const required = ((schema.required ?? []) as string[]).includes(key);
        if (prop["x-ms-visibility"] === "internal" && required && !prop["x-ms-notification-url"]) {
          expect([at, "default" in prop]).toEqual([at, true]);
        }
      }
      if (schema.type === "object" && !schema.$ref) {
        expect([where, summaryProblem(schema["x-ms-summary"])]).toEqual([where, null]);
        expect([where, descriptionProblem(schema.description)]).toEqual([where, null]);
      }
    };
    for (const [name, d] of Object.entries(swagger.definitions as Obj)) walkSchema(d, name, check);
    for (const o of operations) {
      for (const p of (o.op.parameters ?? []) as Obj[]) if (p.schema) walkSchema(p.schema, `${o.id}.body`, check);
      const r = successResponse(o.op);
      if (r.schema) walkSchema(r.schema, `${o.id}.response`, check);
    }
  });

  test("nothing stands beside a $ref, and references point to #/definitions", () => {
    everyNode(swagger, "", (node, where) => {
      if ("$ref" in node) {
        expect([where, Object.keys(node)]).toEqual([where, ["$ref"]]);
        expect(node.$ref).toMatch(/^#\/definitions\/[A-Za-z0-9]+$/);
        definitionOf(node.$ref);
      }
    });
  });

  test("definitions do not reference themselves through any chain (SchemaRefLoopNotAllowed)", () => {
    const edges = new Map<string, Set<string>>();
    for (const [name, d] of Object.entries(swagger.definitions as Obj)) {
      const out = new Set<string>();
      everyNode(d, name, (node) => {
        if (typeof node.$ref === "string") out.add(node.$ref.replace("#/definitions/", ""));
      });
      edges.set(name, out);
    }
    const state = new Map<string, "open" | "done">();
    const visit = (n: string, trail: string[]): void => {
      if (state.get(n) === "done") return;
      if (state.get(n) === "open") throw new Error(`reference loop: ${[...trail, n].join(" -> ")}`);
      state.set(n, "open");
      for (const m of edges.get(n) ?? []) visit(m, [...trail, n]);
      state.set(n, "done");
    };
    for (const n of edges.keys()) visit(n, []);
  });

  test("path parameters match the path template, are required strings, and say how they are encoded", () => {
    for (const o of operations) {
      const inTemplate = [...o.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]).sort();
      const declared = ((o.op.parameters ?? []) as Obj[]).filter((p) => p.in === "path");
      expect([o.id, declared.map((p) => p.name).sort()]).toEqual([o.id, inTemplate]);
      for (const p of declared) {
        expect([o.id, p.name, p.required, p.type, p["x-ms-url-encoding"]]).toEqual([o.id, p.name, true, "string", "single"]);
      }
      for (const p of (o.op.parameters ?? []) as Obj[]) {
        if (p.in === "query") expect([o.id, p.name, "x-ms-url-encoding" in p]).toEqual([o.id, p.name, false]);
      }
    }
  });

  test("every workspace_id comes from GetWorkspaces_v1", () => {
    for (const o of operations) {
      const ws = ((o.op.parameters ?? []) as Obj[]).find((p) => p.name === "workspace_id");
      if (!ws) {
        expect(["GetWorkspaces_v1", "GetWorkspaces", "GetCurrentUser"]).toContain(o.id);
        continue;
      }
      expect([o.id, ws["x-ms-dynamic-values"]?.operationId, ws["x-ms-dynamic-values"]?.["value-path"]]).toEqual([o.id, "GetWorkspaces_v1", "id"]);
    }
  });

  test("every drop-down (x-ms-dynamic-values) calls a real operation with what it needs and reads real fields", () => {
    let checked = 0;
    for (const o of operations) {
      const own = new Set(((o.op.parameters ?? []) as Obj[]).map((p) => p.name));
      const lists: Array<{ at: string; dv: Obj }> = [];
      for (const p of (o.op.parameters ?? []) as Obj[]) {
        if (p["x-ms-dynamic-values"]) lists.push({ at: `${o.id}.${p.name}`, dv: p["x-ms-dynamic-values"] });
        if (p.schema) {
          walkSchema(p.schema, `${o.id}.body`, (s, where) => {
            for (const [k, v] of Object.entries((s.properties ?? {}) as Obj)) {
              if (v["x-ms-dynamic-values"]) lists.push({ at: `${where}.${k}`, dv: v["x-ms-dynamic-values"] });
            }
          });
        }
      }
      for (const { at, dv } of lists) {
        checked++;
        const target = byId.get(dv.operationId);
        expect([at, Boolean(target)]).toEqual([at, true]);
        const targetParams = ((target!.op.parameters ?? []) as Obj[]);
        for (const [name, source] of Object.entries(dv.parameters as Obj)) {
          expect([at, name, targetParams.some((p) => p.name === name)]).toEqual([at, name, true]);
          if ("parameter" in source) expect([at, source.parameter, own.has(source.parameter)]).toEqual([at, source.parameter, true]);
          else expect([at, name, "value" in source]).toEqual([at, name, true]);
        }
        for (const p of targetParams) {
          if (p.required) expect([at, p.name, p.name in dv.parameters]).toEqual([at, p.name, true]);
        }
        // The answer holds an array (at value-collection) of items with value-path and value-title.
        let schema = resolved(successResponse(target!.op).schema);
        for (const segment of (dv["value-collection"] ?? "").split("/").filter(Boolean)) schema = resolved(schema.properties[segment]);
        expect([at, schema.type]).toEqual([at, "array"]);
        const item = resolved(schema.items);
        for (const field of [dv["value-path"], dv["value-title"]]) expect([at, field, field in item.properties]).toEqual([at, field, true]);
      }
    }
    expect(checked).toBeGreaterThan(60);
  });

  test("bodies: none on GET, at most one per operation, never beside form data; file uploads are multipart", () => {
    for (const o of operations) {
      const ps = (o.op.parameters ?? []) as Obj[];
      const bodies = ps.filter((p) => p.in === "body");
      const form = ps.filter((p) => p.in === "formData");
      if (o.method === "get") expect([o.id, bodies.length + form.length]).toEqual([o.id, 0]);
      expect(bodies.length).toBeLessThanOrEqual(1);
      expect([o.id, bodies.length > 0 && form.length > 0]).toEqual([o.id, false]);
      if (form.length) expect([o.id, o.op.consumes]).toEqual([o.id, ["multipart/form-data"]]);
      for (const p of ps) if (p.type === "file") expect([o.id, p.in]).toEqual([o.id, "formData"]);
    }
    // Expenses are JSON for the flow; the script sends Clockify's multipart (transforms/expenses.ts).
    expect(swagger.definitions.CreateExpenseRequest.required.sort()).toEqual(["amount", "categoryId", "date", "projectId", "receipt", "userId"]);
    expect(swagger.definitions.CreateExpenseRequest.properties.receipt.properties.content.format).toBe("byte");
  });

  test("each operation has exactly one success response, and nothing describes errors with a schema", () => {
    for (const o of operations) {
      const codes = Object.keys(o.op.responses);
      expect([o.id, codes.filter((c) => /^2\d\d$/.test(c)).length]).toEqual([o.id, 1]);
      for (const c of codes) expect([o.id, c, c === "default" && "schema" in o.op.responses[c]]).toEqual([o.id, c, false]);
      for (const [c, r] of Object.entries(o.op.responses as Obj)) {
        expect([o.id, c, descriptionProblem(r.description)]).toEqual([o.id, c, null]);
        if (r.schema) expect([o.id, c, Object.keys(r.schema).length > 0]).toEqual([o.id, c, true]);
      }
    }
  });

  test("reports-host operations sit under /reports and say so; Report* ids are exactly those runs", () => {
    const underReports = operations.filter((o) => o.path.startsWith("/v1/reports/"));
    expect(underReports.map((o) => o.id).sort()).toEqual(["ListSharedReports", "ReportDetailed", "ReportSummary", "ReportWeekly"]);
    for (const o of underReports) expect(o.op.description).toMatch(/reports host/);
    for (const o of operations.filter((x) => x.id.startsWith("Report"))) expect(o.path.startsWith("/v1/reports/workspaces/{workspace_id}/reports/")).toBe(true);
    // The rewrite is a prefix swap: /api/v1/reports/<rest> -> reports.api.clockify.me/v1/<rest>.
    expect(byId.get("ReportDetailed")!.path.replace(/^\/v1\/reports/, "")).toBe("/workspaces/{workspace_id}/reports/detailed");
    expect(byId.get("ListSharedReports")!.path.replace(/^\/v1\/reports/, "")).toBe("/workspaces/{workspace_id}/shared-reports");
    // Report answers are asked for as JSON only.
    for (const id of ["ReportDetailed", "ReportSummary", "ReportWeekly"]) {
      const body = (byId.get(id)!.op.parameters as Obj[]).find((p) => p.in === "body")!;
      expect(resolved(body.schema).properties.exportType.enum).toEqual(["JSON"]);
    }
  });

  test("webhook triggers follow the platform's rules for x-ms-trigger", () => {
    const triggers = operations.filter((o) => o.op["x-ms-trigger"]);
    expect(triggers.length).toBeGreaterThanOrEqual(1);
    expect(byId.get("OnTimeEntryCreated")?.op["x-ms-trigger"]).toBe("single");
    expect(byId.get("DeleteWebhook")!.method).toBe("delete");
    for (const t of triggers) {
      expect([t.id, t.method, t.op["x-ms-trigger"]]).toEqual([t.id, "post", "single"]);
      expect(t.path.startsWith("/v1/triggers/workspaces/{workspace_id}/")).toBe(true);
      expect(t.id).toMatch(/^On[A-Z]/);
      expect("x-ms-notification" in t.op).toBe(false);
      expect(Object.keys(t.op.responses)).toEqual(["201"]);
      // The payload's schema sits on the path item, beside "post".
      const content = t.item["x-ms-notification-content"];
      expect([t.id, Boolean(content?.schema)]).toEqual([t.id, true]);
      // One body property is the callback URL: a string, internal, required all the way up.
      const body = (t.op.parameters as Obj[]).find((p) => p.in === "body")!;
      expect(body.required).toBe(true);
      const schema = resolved(body.schema);
      const urls = Object.entries(schema.properties as Obj).filter(([, v]) => v["x-ms-notification-url"] === true);
      expect(urls).toHaveLength(1);
      const [name, url] = urls[0];
      expect([url.type, url["x-ms-visibility"], schema.required.includes(name)]).toEqual(["string", "internal", true]);
      // Every other field is fixed by the connector, and the event is a real Clockify event.
      for (const [k, v] of Object.entries(schema.properties as Obj)) {
        if (k !== name) expect([t.id, k, v["x-ms-visibility"], "default" in v]).toEqual([t.id, k, "internal", true]);
      }
      const events = resolved({ $ref: "#/definitions/CreateWebhookRequest" }).properties.webhookEvent.enum as string[];
      expect(events).toContain(schema.properties.webhookEvent.default);
      expect(String(schema.properties.name.default).length).toBeLessThanOrEqual(30);
    }
  });

  test("durations and money use Clockify's own field names and units", () => {
    const interval = swagger.definitions.TimeInterval.properties;
    expect(interval.duration).toMatchObject({ type: "string", "x-nullable": true });
    expect(interval.duration.description).toMatch(/ISO-8601/);
    expect(interval.end["x-nullable"]).toBe(true);
    expect(swagger.definitions.Rate.properties.amount.type).toBe("integer");
    expect(swagger.definitions.Rate.properties.amount.description).toMatch(/minor units/);
    expect(swagger.definitions.DetailedReportEntry.properties._id.type).toBe("string");
    expect(swagger.definitions.DetailedReportEntry.properties.timeInterval.properties.duration.type).toBe("integer");
    expect(swagger.definitions.User.properties.status.type).toBe("string");
    expect(swagger.definitions.Task.properties.status.enum).toEqual(["ACTIVE", "DONE"]);
  });
});

describe("connector/tools", () => {
  const node = (script: string, ...args: string[]) =>
    execFileSync(process.execPath, [path.join(connector, "tools", script), ...args], { cwd: root, encoding: "utf8" });

  test("the committed swagger is exactly what connector/definition builds", () => {
    expect(fs.readFileSync(swaggerFile, "utf8")).toBe(serialize(buildDocument()));
  });

  test("build-definition.mjs runs the TypeScript definition and reports it up to date", () => {
    expect(node("build-definition.mjs", "--check")).toMatch(/up to date/);
  });

  test("every definition keeps the official document's field names and types, except the listed corrections", () => {
    const result = JSON.parse(node("build-definition.mjs", "compare", "--json")) as { problems: string[]; corrections: number };
    expect(result.problems).toEqual([]);
    expect(result.corrections).toBeGreaterThan(0);
  });

  test("the committed icon is exactly what make-icon.mjs writes", () => {
    expect(node("make-icon.mjs", "--check")).toMatch(/up to date/);
  });
});

describe("icon.png", () => {
  const png = fs.readFileSync(iconFile);
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc32 = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunks: Array<{ type: string; data: Buffer }> = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString("ascii", at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    expect([type, png.readUInt32BE(at + 8 + length)]).toEqual([type, crc32(png.subarray(at + 4, at + 8 + length))]);
    chunks.push({ type, data });
    at += 12 + length;
  }

  test("is a PNG of 230x230 RGB pixels with valid chunks", () => {
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(chunks[0].type).toBe("IHDR");
    expect(chunks[chunks.length - 1].type).toBe("IEND");
    const ihdr = chunks[0].data;
    expect([ihdr.readUInt32BE(0), ihdr.readUInt32BE(4), ihdr[8], ihdr[9], ihdr[12]]).toEqual([230, 230, 8, 2, 0]);
  });

  test("has the brand color #da3b01 as background and a white mark", () => {
    const raw = inflateSync(Buffer.concat(chunks.filter((c) => c.type === "IDAT").map((c) => c.data)));
    const row = 1 + 230 * 3;
    expect(raw.length).toBe(230 * row);
    const pixel = (x: number, y: number) => [...raw.subarray(y * row + 1 + x * 3, y * row + 4 + x * 3)];
    expect(pixel(0, 0)).toEqual([0xda, 0x3b, 0x01]);
    expect(pixel(229, 229)).toEqual([0xda, 0x3b, 0x01]);
    expect(pixel(115, 115)).toEqual([0xff, 0xff, 0xff]);
    expect(properties.properties.iconBrandColor.toLowerCase()).toBe("#da3b01");
  });
});

describe("apiProperties.json", () => {
  const p = properties.properties;

  test("has the keys paconn uploads, without scriptOperations (the build adds it)", () => {
    expect(Object.keys(properties)).toEqual(["properties"]);
    for (const key of ["connectionParameters", "iconBrandColor", "capabilities", "policyTemplateInstances", "publisher", "stackOwner"]) {
      expect([key, key in p]).toEqual([key, true]);
    }
    expect("scriptOperations" in p).toBe(false);
    expect(p.iconBrandColor).toBe("#da3b01");
    expect(p.policyTemplateInstances).toEqual([]);
    expect(p.stackOwner).toBe("Clockify");
    expect(typeof p.publisher).toBe("string");
  });

  test("declares triggers exactly when the swagger has them", () => {
    const hasTriggers = operations.some((o) => o.op["x-ms-trigger"]);
    expect(p.capabilities).toEqual(hasTriggers ? ["actions", "triggers"] : ["actions"]);
  });

  test("asks for the API key as a secure string, under 1.1.1's parameter name", () => {
    expect(Object.keys(p.connectionParameters)).toEqual(["api_key"]);
    const key = p.connectionParameters.api_key;
    expect(key.type).toBe("securestring");
    expect(key.uiDefinition.displayName).toBe("API Key");
    expect(key.uiDefinition.tooltip).toContain("https://clockify.me/user/settings");
    expect(key.uiDefinition.constraints).toEqual({ tabIndex: 2, clearText: false, required: "true" });
  });
});

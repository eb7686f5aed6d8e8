// The Clockify connector's OpenAPI 2.0 definition, assembled from the area files. The committed
// connector/apiDefinition.swagger.json is `serialize(buildDocument())`; test/connector checks it
// is up to date, and `node connector/tools/build-definition.mjs` rewrites it.

import { type Json, type Schema } from "./dsl";
import { DEFINITIONS } from "./schemas";
import type { OperationSpec } from "./operation";
import { operations as approvals } from "./areas/approvals";
import { operations as clients } from "./areas/clients";
import { operations as customFields } from "./areas/custom-fields";
import { operations as deprecated } from "./areas/deprecated";
import { operations as expenses } from "./areas/expenses";
import { operations as projects } from "./areas/projects";
import { operations as reports } from "./areas/reports";
import { operations as tags } from "./areas/tags";
import { operations as tasks } from "./areas/tasks";
import { operations as timeEntries } from "./areas/time-entries";
import { operations as triggers } from "./areas/triggers";
import { operations as webhooks } from "./areas/webhooks";
import { operations as workspaces } from "./areas/workspaces";

/** The areas in the order the document lists them. */
export const AREAS: Array<{ name: string; operations: OperationSpec[] }> = [
  { name: "Workspaces and users", operations: workspaces },
  { name: "Clients", operations: clients },
  { name: "Projects", operations: projects },
  { name: "Tasks", operations: tasks },
  { name: "Tags", operations: tags },
  { name: "Time entries", operations: timeEntries },
  { name: "Expenses", operations: expenses },
  { name: "Custom fields", operations: customFields },
  { name: "Approvals", operations: approvals },
  { name: "Reports", operations: reports },
  { name: "Webhooks", operations: webhooks },
  { name: "Triggers", operations: triggers },
  { name: "Deprecated (from version 1.1.1)", operations: deprecated },
];

/** What version 1.1.1 published and this version keeps: the publisher, the contact, the security key. */
export const PUBLISHER = "Dr Adrian Colquhoun (Strategik)";
export const CONTACT = { email: "adrian@strategik.com.au", name: PUBLISHER, url: "https://www.linkedin.com/in/adriancolquhoun/" };
export const SECURITY_KEY = "API Key";
export const VERSION = "2.0.0";

function paths(): Schema {
  const out: { [path: string]: Schema } = {};
  for (const area of AREAS) {
    for (const o of area.operations) {
      const item = (out[o.path] ??= {});
      if (item[o.method]) throw new Error(`${o.method} ${o.path} defined twice`);
      const operation: Schema = {
        operationId: o.id,
        summary: o.summary,
        description: o.description,
        "x-ms-visibility": o.visibility ?? "advanced",
        parameters: o.parameters ?? [],
        responses: { [o.response[0]]: o.response[2] ? { description: o.response[1], schema: o.response[2] } : { description: o.response[1] } },
        ...(o.extra ?? {}),
      };
      if (o.deprecated) operation.deprecated = true;
      if (o.consumes) operation.consumes = o.consumes;
      if (!o.parameters?.length) delete operation.parameters;
      item[o.method] = operation;
      Object.assign(item, o.pathExtra ?? {});
    }
  }
  return out;
}

export function buildDocument(): Schema {
  return {
    swagger: "2.0",
    info: {
      title: "Clockify",
      description:
        "Clockify is a time tracker and timesheet app. Track time against projects, tasks and clients, " +
        "start and stop timers, log expenses, run detailed, summary and weekly reports, and start flows " +
        "when time entries, projects, clients, tasks, tags, expenses or approvals change.",
      version: VERSION,
      contact: CONTACT,
    },
    host: "api.clockify.me",
    basePath: "/api",
    schemes: ["https"],
    consumes: ["application/json"],
    produces: ["application/json"],
    paths: paths(),
    definitions: DEFINITIONS,
    parameters: {},
    responses: {},
    securityDefinitions: { [SECURITY_KEY]: { type: "apiKey", in: "header", name: "X-Api-Key" } },
    security: [{ [SECURITY_KEY]: [] }],
    tags: [],
    "x-ms-connector-metadata": [
      { propertyName: "Website", propertyValue: "https://clockify.me" },
      { propertyName: "Privacy policy", propertyValue: "https://clockify.me/privacy" },
      { propertyName: "Categories", propertyValue: "Productivity;Business Management" },
    ],
  };
}

/** ASCII-only JSON (paconn reads it with the locale's encoding), two-space indent, final newline. */
export function serialize(document: Json): string {
  return JSON.stringify(document, null, 2).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`) + "\n";
}

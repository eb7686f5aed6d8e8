import type { Ctx, Json, Req, Res } from "csxc";
import { sendChecked } from "./errors";

// Custom fields as a flow author sees them: each of the workspace's time entry fields is its own
// typed input (x-ms-dynamic-schema backed by GetTimeEntryCustomFieldSchema, whose schema this file
// builds from the field definitions), and answers carry the values by field name.

interface CustomField {
  id: string;
  name: string;
  type: string;
  allowedValues: string[];
  description: string;
  status: string;
}

/** The JSON schema of one field's value, by Clockify's field type. */
export function valueSchema(field: CustomField): { [key: string]: Json } {
  const about = field.description !== "" ? field.description : `The ${field.name} custom field.`;
  const title = field.name;
  switch (field.type) {
    case "NUMBER":
      return { type: "number", "x-ms-summary": title, description: about };
    case "CHECKBOX":
      return { type: "boolean", "x-ms-summary": title, description: about };
    case "LINK":
      return { type: "string", format: "uri", "x-ms-summary": title, description: about };
    case "DROPDOWN_SINGLE":
      return { type: "string", enum: field.allowedValues, "x-ms-summary": title, description: about };
    case "DROPDOWN_MULTIPLE":
      return { type: "array", items: { type: "string", enum: field.allowedValues }, "x-ms-summary": title, description: about };
    default:
      return { type: "string", "x-ms-summary": title, description: about };
  }
}

const SCHEMA_PREFIX = "/v1/schemas/workspaces/";

/**
 * `handle` of GetTimeEntryCustomFieldSchema (…/v1/schemas/workspaces/{id}/time-entry-custom-fields?keys=id|name):
 * reads the workspace's time entry fields from Clockify and answers `{ schema }`, one property per
 * field that is not inactive, keyed by the field's ID or its name.
 */
export async function customFieldSchema(req: Req, ctx: Ctx): Promise<Res> {
  const byName = req.query.get("keys") === "name";
  const at = req.path.indexOf(SCHEMA_PREFIX);
  const workspace = req.path.slice(at + SCHEMA_PREFIX.length).split("/")[0];
  req.path = `${req.path.slice(0, at)}/v1/workspaces/${workspace}/custom-fields`;
  req.query.delete("keys");
  req.query.set("entity-type", "TIMEENTRY");
  const res = await sendChecked(req, ctx);
  if (!res.ok) {
    return res;
  }
  const fields = await res.json<CustomField[]>();
  const properties: { [key: string]: Json } = {};
  for (const field of fields) {
    if (field.status !== "INACTIVE") {
      properties[byName ? field.name : field.id] = valueSchema(field);
    }
  }
  res.setJson({ schema: { type: "object", properties: properties } });
  return res;
}

interface CustomFieldValue {
  customFieldId: string;
  value: Json;
}

interface EntryInput {
  customFields?: CustomFieldValue[];
  customFieldInputs?: { [customFieldId: string]: Json };
}

/** Turns the typed inputs (`customFieldInputs`, by field ID) into Clockify's `customFields` list. */
export async function customFieldsIn(req: Req): Promise<void> {
  const type = req.headers.get("Content-Type") ?? "";
  if (type.indexOf("json") < 0) {
    return;
  }
  const body = await req.json<EntryInput>();
  const inputs = body.customFieldInputs;
  if (inputs === undefined) {
    return;
  }
  const fields = body.customFields ?? [];
  for (const id of Object.keys(inputs)) {
    fields.push({ customFieldId: id, value: inputs[id] });
  }
  body.customFields = fields;
  delete body.customFieldInputs;
  req.setJson(body);
}

interface NamedValue {
  name: string;
  value: Json;
}

export interface EntryOutput {
  customFieldValues?: NamedValue[] | null;
  customFieldsByName?: { [name: string]: Json };
}

/** Adds `customFieldsByName` to an entry Clockify answered: its custom field values by field name. */
export function addCustomFieldsByName(entry: EntryOutput): void {
  const byName: { [name: string]: Json } = {};
  for (const v of entry.customFieldValues ?? []) {
    byName[v.name] = v.value;
  }
  entry.customFieldsByName = byName;
}

/** `handle` of an operation that sends and answers one time entry: typed custom fields in, by name out. */
export async function oneTimeEntry(req: Req, ctx: Ctx): Promise<Res> {
  await customFieldsIn(req);
  const res = await sendChecked(req, ctx);
  if (!res.ok || res.status === 204) {
    return res;
  }
  const entry = await res.json<EntryOutput>();
  addCustomFieldsByName(entry);
  res.setJson(entry);
  return res;
}

interface ProjectFieldsInput {
  customFieldInputs?: { [customFieldId: string]: Json };
}

/**
 * `handle` of SetProjectCustomFields (PATCH …/projects/{projectId}/custom-fields): Clockify sets a
 * project's value of one field at a time, so each typed input becomes its own PATCH
 * …/custom-fields/{id}; the answer is the project's custom fields as Clockify then lists them.
 * The first error stops it and is answered as Clockify sent it.
 */
export async function setProjectCustomFields(req: Req, ctx: Ctx): Promise<Res> {
  const body = await req.json<ProjectFieldsInput>();
  const inputs = body.customFieldInputs ?? {};
  const query = req.url.indexOf("?");
  const fieldsUrl = query < 0 ? req.url : req.url.slice(0, query);
  for (const id of Object.keys(inputs)) {
    const patch = ctx.newRequest("PATCH", `${fieldsUrl}/${encodeURIComponent(id)}`);
    patch.setJson({ defaultValue: inputs[id] });
    const res = await sendChecked(patch, ctx);
    if (!res.ok) {
      return res;
    }
  }
  return sendChecked(ctx.newRequest("GET", fieldsUrl), ctx);
}

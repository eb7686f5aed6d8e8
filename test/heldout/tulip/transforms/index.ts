import { defineTransforms, HttpError, type Ctx, type Req, type Res } from "csxc";
import { recordSchema, type Schema, type Table } from "./schema";

// Tulip tables: the columns differ per table, so the record operations declare
// `x-ms-dynamic-schema` and these operations answer the schema. GetRecordSchema and
// GetRecordListSchema read the table's columns (one GET); GetFilterSchema needs no backend call.

/** `https://acme.tulip.co/api/v3` of any URL of the instance. */
function apiBase(url: string): string {
  const at = url.indexOf("/api/v3");
  if (at < 0) throw new HttpError(400, `expected a Tulip API URL (…/api/v3/…), got ${url}`);
  return url.slice(0, at + "/api/v3".length);
}

/** Reads the table's columns and answers its record schema, or a list of such records. */
async function tableSchema(req: Req, ctx: Ctx, asList: boolean): Promise<Res> {
  const tableId = req.query.get("tableId")?.trim() ?? "";
  if (tableId === "") throw new HttpError(400, "Choose a table: tableId is required");
  const mode = req.query.get("mode") === "read" ? "read" : "write";

  const lookup = ctx.newRequest("GET", `${apiBase(req.url)}/tables/${encodeURIComponent(tableId)}`);
  lookup.headers.set("Accept", "application/json");
  const res = await ctx.send(lookup);
  if (res.status === 404) throw new HttpError(404, `Table '${tableId}' was not found; it may have been deleted`);
  if (!res.ok) return res;

  const table = await res.json<Table>();
  const warnings: string[] = [];
  const schema = recordSchema(table, mode, warnings);
  for (const warning of warnings) ctx.log.warn(`${table.id}: ${warning}`);
  return ctx.respond(200, { schema: asList ? { type: "array", items: schema } : schema });
}

async function getRecordSchema(req: Req, ctx: Ctx): Promise<Res> {
  return await tableSchema(req, ctx, false);
}

async function getRecordListSchema(req: Req, ctx: Ctx): Promise<Res> {
  return await tableSchema(req, ctx, true);
}

const OPERATORS: { [name: string]: string } = {
  equal: "equals",
  notEqual: "does not equal",
  greaterThan: "is greater than",
  lessThan: "is less than",
  contains: "contains",
  startsWith: "starts with",
  isNull: "is empty",
};

/** The filter object of ListRecords, computed here: no backend call. */
function getFilterSchema(req: Req, ctx: Ctx): Res {
  const multiple = req.query.get("multiple") === "true";
  const filter: Schema = {
    type: "object",
    properties: {
      field: { type: "string", title: "Column", "x-ms-summary": "Column" },
      functionType: { type: "string", title: "Operator", description: Object.keys(OPERATORS).map((k) => `${k}: ${OPERATORS[k]}`).join("; ") },
      arg: { type: "string", title: "Value", "x-ms-summary": "Value" },
    },
    required: ["field", "functionType"],
  };
  return ctx.respond(200, { schema: multiple ? { type: "array", items: filter } : filter });
}

export default defineTransforms({
  GetRecordSchema: { handle: getRecordSchema },
  GetRecordListSchema: { handle: getRecordListSchema },
  GetFilterSchema: { handle: getFilterSchema },
});

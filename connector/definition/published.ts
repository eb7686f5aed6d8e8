// Version 1.1.1 of the connector as it was published ("Clockify (Independent Publisher)", in
// connector/published-1.1.1/). This version is its next one: its operations keep their ids, paths,
// parameters and response fields (test/connector/compatibility.test.ts checks that).

import type { Schema } from "./dsl";
import published from "../published-1.1.1/apiDefinition.swagger.json";

export const PUBLISHED: Schema = published as unknown as Schema;

type Operation = { [key: string]: any };

/** The published operation `operationId` with its `#/parameters/...` references written out. */
export function publishedOperation(operationId: string): { path: string; method: string; operation: Operation } {
  const doc = published as unknown as { paths: Record<string, Record<string, Operation>>; parameters: Record<string, Schema> };
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (operation.operationId !== operationId) continue;
      const parameters = (operation.parameters ?? []).map((p: Schema) =>
        typeof p.$ref === "string" ? structuredClone(doc.parameters[p.$ref.replace("#/parameters/", "")]) : structuredClone(p),
      );
      return { path, method, operation: { ...structuredClone(operation), parameters } };
    }
  }
  throw new Error(`version 1.1.1 has no operation ${operationId}`);
}

/**
 * A schema of 1.1.1 with a description on every property that lacks one (the designer shows it;
 * the certification asks for it). Names and types stay as published.
 */
export function described(schema: Schema, note: string, title = "Item"): Schema {
  const out: Schema = { ...schema };
  if (out.properties && typeof out.properties === "object" && !Array.isArray(out.properties)) {
    const props: Schema = {};
    for (const [key, value] of Object.entries(out.properties)) props[key] = described(value as Schema, note, titleOf(key));
    out.properties = props;
  }
  if (!out.description) out.description = note;
  if (!out["x-ms-summary"]) out["x-ms-summary"] = title;
  if (out.items && typeof out.items === "object" && !Array.isArray(out.items)) out.items = described(out.items as Schema, note, title);
  return out;
}

/** "workingDays" -> "Working Days". */
const titleOf = (key: string): string => key.replace(/([a-z])([A-Z])/g, "$1 $2").replace(/^./, (c) => c.toUpperCase());

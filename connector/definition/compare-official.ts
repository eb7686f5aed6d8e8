// Checks the connector's definitions against Clockify's official OpenAPI document: every property
// of every definition must exist in the official schema named by SOURCE (schemas.ts), with the
// same JSON type, unless CORRECTIONS lists that place; every correction must name a property that
// exists. The official field names and types are read from tools/official-fields.json, extracted
// from the 1 MB official document by `extract` so that the check runs offline.

import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { Schema } from "./dsl";
import { CORRECTIONS, DEFINITIONS, SOURCE } from "./schemas";

export const EXTRACT = join(__dirname, "..", "tools", "official-fields.json");

type Described = { type: string; ref?: string; enumObject?: string; items?: Described };
type AnySchema = { [key: string]: any };

function refName(schema: AnySchema | undefined): string | null {
  return schema && typeof schema.$ref === "string" ? schema.$ref.split("/").pop()! : null;
}

/** An enum modelled as an object with `oneOf: [{type: string, enum}]`: a string on the wire. */
function isEnumObject(schema: AnySchema | undefined): boolean {
  return Array.isArray(schema?.oneOf) && schema!.oneOf.some((s: AnySchema) => s.type === "string");
}

function describe(schema: AnySchema, all: Record<string, AnySchema>): Described {
  const name = refName(schema);
  if (name) {
    const target = all[name];
    if (isEnumObject(target)) return { type: "string", enumObject: name };
    if (target?.type && target.type !== "object") return { type: target.type };
    return { type: "object", ref: name };
  }
  if (schema.type === "array") return { type: "array", items: schema.items ? describe(schema.items, all) : { type: "any" } };
  return { type: schema.type ?? "any" };
}

/** Rewrites official-fields.json from the official document at `officialPath`. */
export function extract(officialPath: string): string {
  const raw = readFileSync(officialPath);
  const all = JSON.parse(raw.toString("utf8")).components.schemas as Record<string, AnySchema>;
  const wanted = [...new Set(Object.values(SOURCE).filter((s): s is string => Boolean(s)))];
  const out: Record<string, { required: string[]; properties: Record<string, Described> }> = {};
  const queue = [...wanted];
  while (queue.length) {
    const name = queue.shift()!;
    if (out[name] || !all[name]) continue;
    const props: Record<string, Described> = {};
    for (const [key, value] of Object.entries((all[name].properties ?? {}) as Record<string, AnySchema>)) {
      const d = describe(value, all);
      props[key] = d;
      const nested = d.ref ?? d.items?.ref;
      if (nested) queue.push(nested);
    }
    out[name] = { required: all[name].required ?? [], properties: props };
  }
  const sorted = Object.fromEntries(Object.keys(out).sort().map((k) => [k, out[k]]));
  const document = {
    note: "Field names and JSON types of schemas in Clockify's official OpenAPI document, for compare-official.ts. Generated; do not edit.",
    source: { file: basename(officialPath), sha256: createHash("sha256").update(raw).digest("hex") },
    schemas: sorted,
  };
  writeFileSync(EXTRACT, JSON.stringify(document, null, 2) + "\n");
  return `wrote ${EXTRACT}: ${Object.keys(sorted).length} schemas`;
}

const ourType = (schema: AnySchema): string => (schema.$ref ? "object" : schema.type ?? "any");
const resolve = (schema: Schema): AnySchema => (typeof schema.$ref === "string" ? DEFINITIONS[schema.$ref.split("/").pop()!] : schema);

export function compare(): { problems: string[]; definitions: number; corrections: number } {
  const { schemas } = JSON.parse(readFileSync(EXTRACT, "utf8")) as { schemas: Record<string, { properties: Record<string, Described> }> };
  const corrected = new Set(CORRECTIONS.map((c) => c.at));
  const problems: string[] = [];
  const seenPlaces = new Set<string>();

  const walk = (ours: AnySchema, officialName: string, at: string): void => {
    const official = schemas[officialName];
    if (!official) {
      problems.push(`${at}: official schema ${officialName} is not in official-fields.json (run the extract)`);
      return;
    }
    for (const [key, value] of Object.entries((ours.properties ?? {}) as Record<string, AnySchema>)) {
      const place = `${at}.${key}`;
      seenPlaces.add(place);
      const theirs = official.properties[key];
      if (!theirs) {
        if (!corrected.has(place)) problems.push(`${place}: not a field of ${officialName} and not listed in CORRECTIONS`);
        continue;
      }
      const mine = ourType(value);
      if (mine !== theirs.type && !corrected.has(place)) {
        problems.push(`${place}: type ${mine} but ${officialName}.${key} is ${theirs.type}, and CORRECTIONS does not list it`);
      }
      // Inline objects are compared against the official schema they stand for; references
      // to our own definitions are compared on their own, through SOURCE.
      if (!value.$ref && mine === "object" && theirs.ref) walk(value, theirs.ref, place);
      if (mine === "array" && value.items && !value.items.$ref && ourType(value.items) === "object" && theirs.items?.ref) {
        walk(value.items, theirs.items.ref, place);
      }
    }
  };

  for (const [name, schema] of Object.entries(DEFINITIONS)) {
    if (!(name in SOURCE)) {
      problems.push(`${name}: no SOURCE entry`);
      continue;
    }
    const source = SOURCE[name];
    // A definition without an official source (webhook payloads) records every place as seen.
    if (source === null) {
      for (const key of Object.keys(resolve(schema).properties ?? {})) seenPlaces.add(`${name}.${key}`);
      continue;
    }
    walk(schema, source, name);
  }
  for (const c of CORRECTIONS) {
    if (!seenPlaces.has(c.at)) problems.push(`CORRECTIONS names ${c.at}, which is not a property of the definitions`);
  }
  return { problems, definitions: Object.keys(DEFINITIONS).length, corrections: CORRECTIONS.length };
}

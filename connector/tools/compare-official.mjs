#!/usr/bin/env node
// Checks the connector's definitions against Clockify's official OpenAPI document.
//
//   node connector/tools/compare-official.mjs [--json]
//       Every property of every definition must exist in the official schema named by
//       definitions.mjs SOURCE, with the same JSON type, unless CORRECTIONS lists that place;
//       every correction must name a property that exists. Exit 1 on any problem.
//   node connector/tools/compare-official.mjs --extract PATH/clockify-openapi.official.json
//       Rewrites official-fields.json: the field names and types of the official schemas the
//       definitions use (and the schemas they reference), so the check runs without the
//       1 MB official document.

import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { CORRECTIONS, DEFINITIONS, SOURCE } from "./definitions.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const EXTRACT = join(here, "official-fields.json");

// ------------------------------------------------------------------------------------------
// Extraction

function refName(schema) {
  return schema && typeof schema.$ref === "string" ? schema.$ref.split("/").pop() : null;
}

/** An enum modelled as an object with `oneOf: [{type: string, enum}]`: a string on the wire. */
function isEnumObject(schema) {
  return Array.isArray(schema?.oneOf) && schema.oneOf.some((s) => s.type === "string");
}

function describe(schema, all) {
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

function extract(officialPath) {
  const raw = readFileSync(officialPath);
  const all = JSON.parse(raw.toString("utf8")).components.schemas;
  const wanted = [...new Set(Object.values(SOURCE).filter(Boolean))];
  const out = {};
  const queue = [...wanted];
  while (queue.length) {
    const name = queue.shift();
    if (out[name] || !all[name]) continue;
    const props = {};
    for (const [key, value] of Object.entries(all[name].properties ?? {})) {
      const d = describe(value, all);
      props[key] = d;
      const nested = d.ref ?? d.items?.ref;
      if (nested) queue.push(nested);
    }
    out[name] = { required: all[name].required ?? [], properties: props };
  }
  const sorted = Object.fromEntries(Object.keys(out).sort().map((k) => [k, out[k]]));
  const document = {
    note: "Field names and JSON types of schemas in Clockify's official OpenAPI document, for compare-official.mjs. Generated; do not edit.",
    source: { file: basename(officialPath), sha256: createHash("sha256").update(raw).digest("hex") },
    schemas: sorted,
  };
  writeFileSync(EXTRACT, JSON.stringify(document, null, 2) + "\n");
  console.log(`wrote ${EXTRACT}: ${Object.keys(sorted).length} schemas`);
}

// ------------------------------------------------------------------------------------------
// Comparison

function ourType(schema) {
  if (schema.$ref) return "object";
  return schema.type ?? "any";
}

function resolve(schema) {
  if (schema.$ref) return DEFINITIONS[schema.$ref.split("/").pop()];
  return schema;
}

export function compare() {
  const { schemas } = JSON.parse(readFileSync(EXTRACT, "utf8"));
  const corrected = new Set(CORRECTIONS.map((c) => c.at));
  const problems = [];
  const seenPlaces = new Set();

  const walk = (ours, officialName, at) => {
    const official = schemas[officialName];
    if (!official) {
      problems.push(`${at}: official schema ${officialName} is not in official-fields.json (run --extract)`);
      return;
    }
    for (const [key, value] of Object.entries(ours.properties ?? {})) {
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

function main() {
  const args = process.argv.slice(2);
  const at = args.indexOf("--extract");
  if (at >= 0) {
    if (!args[at + 1]) {
      console.error("usage: compare-official.mjs --extract PATH/clockify-openapi.official.json");
      process.exit(2);
    }
    extract(args[at + 1]);
    return;
  }
  const result = compare();
  if (args.includes("--json")) {
    console.log(JSON.stringify(result, null, 2));
  } else {
    for (const p of result.problems) console.error(p);
    console.log(`${result.definitions} definitions, ${result.corrections} corrections, ${result.problems.length} problems`);
  }
  process.exit(result.problems.length ? 1 : 0);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();

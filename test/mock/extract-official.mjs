// Writes official-openapi.extract.json beside this file: Clockify's official OpenAPI document
// (https://docs.clockify.me/openapi.json; provenance in shared/clockify/SOURCES.md) reduced to what
// the spec test reads — paths and component schemas, without prose (descriptions, examples,
// summaries) — so the test runs offline, as connector/tools/official-fields.json does for the
// connector. After a new official document:
//
//   node test/mock/extract-official.mjs path/to/clockify-openapi.official.json

import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

const source = process.argv[2];
if (source === undefined) {
  console.error("usage: node test/mock/extract-official.mjs path/to/clockify-openapi.official.json");
  process.exit(2);
}
const text = fs.readFileSync(source, "utf8");
const doc = JSON.parse(text);

const PROSE = new Set(["description", "example", "examples", "summary", "tags", "servers", "externalDocs"]);

/** The node without its prose keys (a `properties` map keeps every property name, even "description"). */
function strip(node) {
  if (Array.isArray(node)) return node.map(strip);
  if (node === null || typeof node !== "object") return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key]) => !PROSE.has(key))
      .map(([key, value]) => [key, key === "properties" ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, strip(v)])) : strip(value)]),
  );
}

// One path or schema per line, so a new document's changes read as a diff.
const entries = (obj) => Object.entries(obj).map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(strip(v))}`).join(",\n");
const out = `{
  "x-extracted-from": ${JSON.stringify({ title: doc.info.title, version: doc.info.version, sha256: createHash("sha256").update(text).digest("hex") })},
  "paths": {
${entries(doc.paths)}
  },
  "components": {
    "schemas": {
${entries(doc.components.schemas).replace(/^ {4}/gm, "      ")}
    }
  }
}
`;
const target = path.join(path.dirname(fileURLToPath(import.meta.url)), "official-openapi.extract.json");
fs.writeFileSync(target, out);
console.log(`wrote ${target} (${Object.keys(doc.paths).length} paths, ${Object.keys(doc.components.schemas).length} schemas, ${out.length} bytes)`);

// The definition's command line, run by connector/tools/build-definition.mjs:
//   build [--check]        write connector/apiDefinition.swagger.json, or exit 1 if it differs
//   compare [--json]       the definitions against Clockify's official document
//   extract PATH           refresh tools/official-fields.json from the official document

import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildDocument, serialize } from "./document";
import { compare, extract } from "./compare-official";

export const OUTPUT = join(__dirname, "..", "apiDefinition.swagger.json");

/** Runs one command; returns the exit code. */
export function main(args: string[]): number {
  const [command, ...rest] = args;
  if (command === "build") {
    const text = serialize(buildDocument());
    if (rest.includes("--check")) {
      let current = "";
      try {
        current = readFileSync(OUTPUT, "utf8");
      } catch {
        // missing: reported below
      }
      if (current !== text) {
        console.error(`${OUTPUT} is out of date: run node connector/tools/build-definition.mjs`);
        return 1;
      }
      console.log(`${OUTPUT} is up to date.`);
      return 0;
    }
    writeFileSync(OUTPUT, text);
    console.log(`wrote ${OUTPUT}`);
    return 0;
  }
  if (command === "compare") {
    const result = compare();
    if (rest.includes("--json")) console.log(JSON.stringify(result, null, 2));
    else {
      for (const p of result.problems) console.error(p);
      console.log(`${result.definitions} definitions, ${result.corrections} corrections, ${result.problems.length} problems`);
    }
    return result.problems.length ? 1 : 0;
  }
  if (command === "extract" && rest[0]) {
    console.log(extract(rest[0]));
    return 0;
  }
  console.error("usage: build [--check] | compare [--json] | extract PATH/clockify-openapi.official.json");
  return 2;
}

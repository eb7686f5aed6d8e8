#!/usr/bin/env node
// Runs the connector definition's command line (connector/definition/main.ts), which is
// TypeScript under the repository's type check: esbuild bundles it to a temporary file first.
//
//   node connector/tools/build-definition.mjs [--check]      write (or check) apiDefinition.swagger.json
//   node connector/tools/build-definition.mjs compare [--json]
//   node connector/tools/build-definition.mjs extract PATH/clockify-openapi.official.json

import { build } from "esbuild";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const definition = join(dirname(fileURLToPath(import.meta.url)), "..", "definition");
const dir = mkdtempSync(join(tmpdir(), "clockify-definition-"));
try {
  const file = join(dir, "main.cjs");
  // __dirname inside the bundle must be the definition folder, not the temporary one.
  await build({
    entryPoints: [join(definition, "main.ts")],
    outfile: file,
    bundle: true,
    platform: "node",
    format: "cjs",
    logLevel: "warning",
    define: { __dirname: JSON.stringify(definition) },
  });
  const args = process.argv.slice(2);
  const command = args[0] === "compare" || args[0] === "extract" ? args : ["build", ...args];
  process.exitCode = createRequire(import.meta.url)(file).main(command);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

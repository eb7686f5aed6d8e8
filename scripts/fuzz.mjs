// `npm run fuzz -- --count N --seed S`: runs test/fuzz/cli.ts (the author-program fuzzer) with
// TypeScript compiled on the fly by esbuild (a dependency already), files kept in place so that
// the runner finds the package and the .NET harness as it does under jest.
import { createRequire } from "node:module";
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const { transformSync } = require("esbuild");
const Module = require("node:module");
process.env.TZ = "UTC";

Module._extensions[".ts"] = (module, filename) => {
  const { code } = transformSync(fs.readFileSync(filename, "utf8"), { loader: "ts", format: "cjs", target: "node20", sourcefile: filename });
  module._compile(code, filename);
};
require(path.join(root, "test", "fuzz", "cli.ts"));

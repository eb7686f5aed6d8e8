// Bundles the CLI and the runtime into dist/ with esbuild. The compiler (ts-morph) stays external.
import { build } from "esbuild";
import { fileURLToPath } from "node:url";
import * as fs from "node:fs";
import Module from "node:module";
import * as path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/**
 * One authoring runtime for all of dist/: cli.js and testing.js load dist/index.js instead of
 * bundling their own copy, so that an HttpError a transform throws (made by the `csxc` module an
 * installed project imports) is the class runOperation tests with instanceof.
 */
const sharedRuntime = {
  name: "csxc-shared-runtime",
  setup(b) {
    const index = path.join(root, "src", "index.ts");
    const api = path.join(root, "src", "runtime", "api.ts");
    b.onResolve({ filter: /(^|\/)(index|api)$/ }, (args) => {
      if (args.kind === "entry-point" || args.importer === index) return undefined;
      const target = path.resolve(args.resolveDir, args.path) + ".ts";
      return target === index || target === api ? { path: "./index.js", external: true } : undefined;
    });
  },
};

// Several csxc processes may find dist/ stale at once (jest workers spawning bin/csxc.js): each
// file is written beside its place and renamed over it, so a reader never sees half a file.
export async function buildDist() {
  const result = await build({
    absWorkingDir: root,
    // node-worker: the node side of verify, bundled again with each transforms entry (src/verify/node-pool.ts).
    entryPoints: { cli: "src/cli/main.ts", index: "src/index.ts", testing: "src/testing/index.ts", "node-worker": "src/verify/node-worker.ts" },
    outdir: "dist",
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    sourcemap: true,
    external: ["ts-morph", "typescript", "esbuild", "chokidar", "fsevents", "jsonc-parser"],
    logLevel: "warning",
    plugins: [sharedRuntime],
    write: false,
  });
  fs.mkdirSync(path.join(root, "dist"), { recursive: true });
  for (const file of result.outputFiles) writeAtomically(file.path, file.contents);
  await precompile();
}

function writeAtomically(file, contents) {
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, contents);
  fs.renameSync(temp, file);
}

/**
 * What no run should compute again (src/precompile.ts): the connector files' JSON Schema
 * validators as ajv standalone code, bundled into dist/validators.js, and the C# names the
 * runtime reserves, dist/reserved-names.js. Each carries the hash of its sources, so a run whose
 * sources changed since computes its own (src/precompiled.ts).
 */
async function precompile() {
  const bundled = await build({ absWorkingDir: root, entryPoints: ["src/precompile.ts"], bundle: true, platform: "node", target: "node20", format: "cjs", packages: "external", write: false, logLevel: "warning" });
  const module = new Module(path.join(root, "scripts", "precompile.cjs"));
  module.filename = module.id;
  module.paths = Module._nodeModulePaths(path.join(root, "scripts"));
  module._compile(bundled.outputFiles[0].text, module.filename);
  const { validators, reservedNames } = module.exports.precompile();
  const names = Object.keys(validators.modules);
  const virtual = {
    name: "csxc-validators",
    setup(b) {
      b.onResolve({ filter: /^csxc-validator:/ }, (args) => ({ path: args.path.slice("csxc-validator:".length), namespace: "csxc-validator" }));
      b.onLoad({ filter: /.*/, namespace: "csxc-validator" }, (args) => ({ contents: validators.modules[args.path], resolveDir: root, loader: "js" }));
    },
  };
  const entry = [`exports.key = ${JSON.stringify(validators.key)};`, ...names.map((n) => `exports[${JSON.stringify(n)}] = require("csxc-validator:${n}");`)].join("\n");
  const out = await build({ absWorkingDir: root, stdin: { contents: entry, resolveDir: root, loader: "js" }, bundle: true, platform: "node", target: "node20", format: "cjs", write: false, logLevel: "warning", plugins: [virtual] });
  writeAtomically(path.join(root, "dist", "validators.js"), out.outputFiles[0].contents);
  // .js, not .json: package.json ships dist/*.js.
  writeAtomically(path.join(root, "dist", "reserved-names.js"), `module.exports = ${JSON.stringify(reservedNames)};\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildDist();
}

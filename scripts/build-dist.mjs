// Bundles the CLI and the runtime into dist/ with esbuild. The compiler (ts-morph) stays external.
import { build } from "esbuild";
import { fileURLToPath } from "node:url";
import * as fs from "node:fs";
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
  for (const file of result.outputFiles) {
    const temp = `${file.path}.${process.pid}.tmp`;
    fs.writeFileSync(temp, file.contents);
    fs.renameSync(temp, file.path);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildDist();
}

// Bundles the CLI and the runtime into dist/ with esbuild. The compiler (ts-morph) stays external.
import { build } from "esbuild";
import { fileURLToPath } from "node:url";
import * as fs from "node:fs";
import * as path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

// Several csxc processes may find dist/ stale at once (jest workers spawning bin/csxc.js): each
// file is written beside its place and renamed over it, so a reader never sees half a file.
export async function buildDist() {
  const result = await build({
    absWorkingDir: root,
    entryPoints: { cli: "src/cli/main.ts", index: "src/index.ts", testing: "src/testing/index.ts" },
    outdir: "dist",
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    sourcemap: true,
    external: ["ts-morph", "typescript", "esbuild", "chokidar", "fsevents"],
    logLevel: "warning",
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

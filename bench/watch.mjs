// The watch loop: `csxc build --watch` on a copy of a project, a one-line edit to a transform, and
// the time from the file write to the new script.csx on disk (its content changed), median of N edits.
//
//   node bench/watch.mjs [--project DIR] [--edits 3]     (also used by bench/run.mjs: watchEdits)

import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Waits until `test()` holds, polling every 5 ms; the time it held, or throws after `limit` ms. */
async function until(test, limit) {
  const start = Date.now();
  while (!test()) {
    if (Date.now() - start > limit) throw new Error(`no new script.csx within ${limit} ms`);
    await sleep(5);
  }
  return process.hrtime.bigint();
}

/**
 * Copies `project` (transforms/ and connector/), watches it and makes `edits` one-line edits to
 * `file` (a transform, relative to the project): each appends a constant, which the emitted C#
 * carries. Returns the times from each write to the new script on disk, in ms.
 */
export async function watchEdits(project, file, { edits = 3, limit = 600000 } = {}) {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), "csxc-watch-"));
  for (const dir of ["transforms", "connector"]) fs.cpSync(path.join(project, dir), path.join(copy, dir), { recursive: true });
  const out = path.join(copy, "build");
  const script = path.join(out, "script.csx");
  const child = spawn(process.execPath, [path.join(root, "bin", "csxc.js"), "build", "--watch", "--project", copy, "--out", out], { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, FORCE_COLOR: "0" } });
  let log = "";
  child.stdout.on("data", (d) => (log += d));
  child.stderr.on("data", (d) => (log += d));
  try {
    await until(() => fs.existsSync(script), 2 * limit).catch((e) => {
      throw new Error(`${e.message} (the first build)\n${log}`);
    });
    const times = [];
    const target = path.join(copy, file);
    for (let i = 0; i < edits; i++) {
      const before = fs.readFileSync(script, "utf8");
      await sleep(300);
      const written = process.hrtime.bigint();
      fs.appendFileSync(target, `\nexport const benchEdit${i} = "edit ${i}";\n`);
      const seen = await until(() => {
        try {
          const now = fs.readFileSync(script, "utf8");
          return now !== before && now.includes(`edit ${i}`);
        } catch {
          return false;
        }
      }, limit).catch((e) => {
        throw new Error(`${e.message}\n${log}`);
      });
      times.push(Number(seen - written) / 1e6);
    }
    return times;
  } finally {
    child.kill("SIGTERM");
    await sleep(200);
    fs.rmSync(copy, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : fallback;
  };
  const project = path.resolve(option("project", root));
  const file = option("file", "transforms/time-entries.ts");
  const times = await watchEdits(project, file, { edits: Number(option("edits", 3)) });
  console.log(`write → new script.csx: ${times.map((t) => `${t.toFixed(0)} ms`).join(", ")}`);
}

// The result of a clean `csxc check` or `csxc build`, kept so that running it again on unchanged
// files costs a hash of the files rather than a compile. It is looked up before the compiler is
// even loaded (src/cli/main.ts), so a hit loads neither TypeScript nor the validators.
//
// Never stale: the key is a hash of the content of every file under transforms/ and connector/,
// of csxc itself (its dist/, its runtime sources and the TypeScript it bundles, by size and time),
// of the options, and of where it runs (diagnostics and the summary name paths relative to it).
// Only a result without errors is kept: a clean build reads no file outside transforms/ (an
// import from outside is an error, CSX4008), so those files are all it depends on.
//
// Where: $CSXC_BUILD_CACHE_DIR, or builds/ in csxc's per-user cache next to the .NET harness
// ($CSXC_CACHE_DIR, else ~/.cache/csxc); one entry per project, command and output folder, the 32
// most recent; never in the project or the bundle.

import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { Diagnostic } from "../check/diagnostics";
import { packageRoot } from "../package-root";
import type { ProjectPaths } from "./project";

export interface CachedResult {
  diagnostics: Diagnostic[];
  /** The bundle (build only): text, or base64 for binary files such as the icon. */
  files?: Record<string, { text: string } | { base64: string }>;
  /** The lines build printed after writing. */
  summary?: string[];
}

export function buildCacheDir(): string {
  if (process.env.CSXC_BUILD_CACHE_DIR) return path.resolve(process.env.CSXC_BUILD_CACHE_DIR);
  // csxc's per-user cache folder, as scripts/setup-dotnet.mjs finds it for the .NET harness.
  const root = process.env.CSXC_CACHE_DIR
    ? path.resolve(process.env.CSXC_CACHE_DIR)
    : process.platform === "win32" && process.env.LOCALAPPDATA
      ? path.join(process.env.LOCALAPPDATA, "csxc")
      : process.platform === "darwin"
        ? path.join(os.homedir(), "Library", "Caches", "csxc")
        : path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), ".cache"), "csxc");
  return path.join(root, "builds");
}

/** Every file under dir, with its content, sorted (a rename or a new file changes the key too). */
function contents(dir: string, hash: ReturnType<typeof createHash>, shown: string): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    hash.update(`${shown}: unreadable\n`);
    return;
  }
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const full = path.join(dir, entry.name);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(full);
    } catch {
      hash.update(`${shown}/${entry.name}: dangling\n`);
      continue;
    }
    if (stat.isDirectory()) contents(full, hash, `${shown}/${entry.name}`);
    else hash.update(`${shown}/${entry.name} ${stat.size}\n`).update(fs.readFileSync(full));
  }
}

/** csxc's own files, by size and modification time: any rebuild or edit of them changes the key. */
function stamps(hash: ReturnType<typeof createHash>, file: string): void {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    hash.update(`${file}: missing\n`);
    return;
  }
  if (stat.isDirectory()) for (const name of fs.readdirSync(file).sort()) stamps(hash, path.join(file, name));
  else hash.update(`${file} ${stat.size} ${stat.mtimeMs}\n`);
}

export function cacheKey(paths: ProjectPaths, command: string, options: Record<string, unknown>): string {
  const hash = createHash("sha256");
  hash.update(JSON.stringify({ command, options, dir: paths.dir, out: paths.outDir, cwd: process.cwd(), node: process.version }));
  const root = packageRoot();
  for (const own of ["dist", path.join("src", "index.ts"), path.join("src", "runtime"), "script.csx.template", "package.json", path.join("node_modules", "@ts-morph", "common", "dist")]) {
    stamps(hash, path.join(root, own));
  }
  contents(path.join(paths.dir, "transforms"), hash, "transforms");
  contents(paths.connectorDir, hash, "connector");
  return hash.digest("hex");
}

function entryFile(paths: ProjectPaths, command: string): string {
  const id = createHash("sha256").update(`${command}\0${paths.dir}\0${paths.outDir}`).digest("hex").slice(0, 32);
  return path.join(buildCacheDir(), `${id}.json`);
}

export function readCached(paths: ProjectPaths, command: string, key: string): CachedResult | undefined {
  try {
    const entry = JSON.parse(fs.readFileSync(entryFile(paths, command), "utf8")) as { key: string; result: CachedResult };
    return entry.key === key ? entry.result : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps a result without errors; a cache that cannot be written is only a slower next run. */
export function storeCached(paths: ProjectPaths, command: string, key: string, result: CachedResult): void {
  if (result.diagnostics.some((d) => d.severity === "error")) return;
  try {
    const file = entryFile(paths, command);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temp, JSON.stringify({ key, result }));
    fs.renameSync(temp, file);
    evict(path.dirname(file));
  } catch {
    // read-only home, full disk: nothing to report
  }
}

/** Projects come and go (tests build hundreds of temporary ones): the most recent entries are kept. */
const KEPT_ENTRIES = 32;

function evict(dir: string): void {
  const entries = fs.readdirSync(dir).filter((f) => f.endsWith(".json")).map((f) => ({ f, t: fs.statSync(path.join(dir, f)).mtimeMs }));
  for (const { f } of entries.sort((a, b) => b.t - a.t).slice(KEPT_ENTRIES)) fs.rmSync(path.join(dir, f), { force: true });
}

export function toCachedFiles(files: Record<string, string | Buffer>): CachedResult["files"] {
  return Object.fromEntries(Object.entries(files).map(([name, v]) => [name, typeof v === "string" ? { text: v } : { base64: v.toString("base64") }]));
}

export function fromCachedFiles(files: NonNullable<CachedResult["files"]>): Record<string, string | Buffer> {
  return Object.fromEntries(Object.entries(files).map(([name, v]) => [name, "text" in v ? v.text : Buffer.from(v.base64, "base64")]));
}

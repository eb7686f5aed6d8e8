// `csxc build`: check, emit script.csx, write the connector bundle. Quiet on success.

import * as path from "node:path";
import { diagnostics as make, type Diagnostic } from "../check/diagnostics";
import { checkProject, type CheckOutcome, type ConnectorCheck } from "../check/check";
import type { Project } from "ts-morph";
import { bundleFiles, writeAtomically } from "../bundle/bundle";
import { certificationFiles } from "../bundle/certification";
import { renderScript } from "../emit/script";
import { reportDiagnostics, type Io } from "./report";
import { usageError } from "./cli-error";
import { kindOf, projectPaths, requireProjectDir, type ProjectPaths } from "./project";
import { validateScript } from "../validate";
import { deployCommand, keptIds, PACONN_PROPERTIES, settingsFile, type KeptIds } from "./upload-commands";
import { displayPath } from "../display-path";
import { cacheKey, fromCachedFiles, readCached, storeCached, toCachedFiles } from "./build-cache";

const MAX_SCRIPT_BYTES = 1024 * 1024;

export interface BuildOutcome {
  diagnostics: Diagnostic[];
  /** The check pass's result (undefined only when it did not run). */
  checked?: CheckOutcome;
  script?: string;
  files?: Record<string, string | Buffer>;
}

/** Everything `build` produces, in memory; nothing is written. */
export interface BuildOptions {
  /** Also apply the certification rules (contact, metadata, publisher, ...). */
  certification?: boolean;
  /** The environment and connector id for the bundle's settings.json (default: kept in connector/settings.json). */
  ids?: KeptIds;
  /** Compile the script with Roslyn before writing (when dotnet is installed); default true. */
  csharpCheck?: boolean;
  /** A TypeScript project kept warm between builds (src/cli/watch.ts). */
  project?: Project;
  /** The connector's findings of the last build, when its files have not changed since. */
  previousConnector?: ConnectorCheck;
}

export async function buildProject(paths: ProjectPaths, options: BuildOptions = {}): Promise<BuildOutcome> {
  const checked = await checkProject(paths, { certification: options.certification, project: options.project, previous: options.previousConnector });
  return { ...(await buildFromCheck(paths, checked, options)), checked };
}

/** Build's own part, after the check pass: the script, the guard, the script's rules, the bundle. */
export async function buildFromCheck(paths: ProjectPaths, checked: CheckOutcome, options: BuildOptions = {}): Promise<BuildOutcome> {
  const { diagnostics, emitted: result } = checked;
  const rel = (file: string) => path.relative(paths.dir, file) || file;
  if (diagnostics.some((d) => d.severity === "error") || !checked.connector) return { diagnostics };
  const { swagger, properties, icon, validation } = checked.connector;
  const { text } = renderScript(result);
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes >= MAX_SCRIPT_BYTES) return { diagnostics: [make.scriptTooLarge("script.csx", bytes)] };
  // Every C# error is a csxc bug, caught here before build/ is touched (src/verify/csharp-guard.ts).
  if (options.csharpCheck !== false) {
    const { checkCSharp } = await import("../verify/csharp-guard");
    const guard = await checkCSharp(text, paths.dir);
    if (guard.diagnostics.length) return { diagnostics: [...diagnostics, ...guard.diagnostics] };
  }
  diagnostics.push(...validateScript(validation?.context, text, rel(path.join(paths.outDir, "script.csx"))));
  if (diagnostics.some((d) => d.severity === "error")) return { diagnostics };
  // A "*" entry runs for every operation, so the script must too: an empty scriptOperations says so.
  const hasFallback = "*" in result.operationSpans;
  const files = bundleFiles({
    outDir: paths.outDir,
    script: text,
    swagger: swagger!,
    properties,
    icon: icon as Buffer | null,
    scriptOperations: hasFallback ? null : result.operations,
  });
  // settings.json is the deploy tools' file (src/cli/deploy-command.ts): the kept ids, paths relative
  // to the bundle folder; paconn gets a copy of apiProperties without stackOwner, which breaks its update.
  const inner = (properties as { properties?: Record<string, unknown> }).properties ?? {};
  const paconnProperties = "stackOwner" in inner;
  files["connector/settings.json"] = settingsFile(options.ids ?? keptIds(paths), { icon: icon !== null, paconnProperties });
  if (paconnProperties) {
    const bundled = JSON.parse(String(files["connector/apiProperties.json"])) as { properties: Record<string, unknown> };
    delete bundled.properties.stackOwner;
    files[`connector/${PACONN_PROPERTIES}`] = JSON.stringify(bundled, null, 2) + "\n";
  }
  // What a pull request to the connector repository needs, stackOwner included (src/bundle/certification.ts).
  Object.assign(files, certificationFiles({ swagger: swagger!, properties: JSON.parse(String(files["connector/apiProperties.json"])), script: text, connectorDir: paths.connectorDir }));
  return { diagnostics, script: text, files };
}

function size(content: string | Buffer): string {
  const bytes = typeof content === "string" ? Buffer.byteLength(content, "utf8") : content.length;
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`;
}

/** esbuild-like: what was written, and the exact commands that upload it. */
function summary(paths: ProjectPaths, files: Record<string, string | Buffer>, ids: KeptIds): string[] {
  const bundleDir = path.join(paths.outDir, "connector");
  const listed = (folder: string) => {
    const names = Object.keys(files).filter((f) => f.startsWith(`${folder}/`)).map((f) => f.slice(folder.length + 1)).sort();
    const dir = path.relative(process.cwd(), path.join(paths.outDir, folder)) || ".";
    return names.length ? [`  ${dir}/  ${names.map((n) => `${n} ${size(files[`${folder}/${n}`])}`).join(", ")}`] : [];
  };
  const mode = ids.connectorId ? "update" : "create";
  return [
    ...listed("connector"),
    // The files of a pull request to the connector repository (stackOwner included).
    ...listed("certification"),
    "",
    `  paconn:  ${deployCommand("paconn", mode, bundleDir, ids).display}`,
    `  pac:     ${deployCommand("pac", mode, bundleDir, ids).display}`,
    `  (or: csxc deploy --tool paconn|pac${ids.environment ? "" : " --environment ID"}${mode === "update" ? "" : " --create"})`,
  ];
}

/** `--out` is replaced as a whole, so it must not hold the project or its sources. */
function checkOutDir(paths: ProjectPaths): void {
  const inside = (child: string, parent: string) => {
    const r = path.relative(parent, child);
    return r === "" || (!r.startsWith("..") && !path.isAbsolute(r));
  };
  const shown = displayPath(paths.outDir);
  if (inside(paths.dir, paths.outDir)) throw usageError(`--out '${shown}' holds the project itself; name a folder of its own (the default is build/)`);
  for (const source of [path.dirname(paths.entry), paths.connectorDir]) {
    if (inside(paths.outDir, source)) throw usageError(`--out '${shown}' is inside ${path.relative(paths.dir, source)}/, which build reads; name a folder of its own (the default is build/)`);
  }
  const kind = kindOf(paths.outDir);
  if (kind === "file" || kind === "other") throw usageError(`--out '${shown}' is a file; name a folder for the build output (it is replaced as a whole)`);
}

/**
 * What `build --watch` keeps from one build to the next (src/cli/watch.ts): the TypeScript project
 * (its changed files refreshed by the watcher), and the connector's findings while its files are
 * unchanged. With `guard`, the C# guard does not hold up the write: it gets the script afterwards.
 */
export interface WarmBuild {
  project?: Project;
  connector?: ConnectorCheck;
  guard?: (script: string) => void;
}

export async function runBuild(
  opts: { project?: string; out?: string; json?: boolean; certification?: boolean; quiet?: boolean; ids?: KeptIds; csharpCheck?: boolean; cache?: boolean },
  io: Io,
  warm?: WarmBuild,
): Promise<number> {
  const paths = projectPaths(opts.project, opts.out);
  requireProjectDir(paths);
  checkOutDir(paths);
  const ids = opts.ids ?? keptIds(paths);
  // Unchanged files since a clean build: its output again, without a compile (src/cli/build-cache.ts).
  const key = opts.cache ? cacheKey(paths, "build", { certification: !!opts.certification, ids, csharpCheck: opts.csharpCheck !== false }) : undefined;
  const hit = key ? readCached(paths, "build", key) : undefined;
  if (hit?.files) {
    reportDiagnostics(hit.diagnostics, io, { json: opts.json, projectDir: paths.dir });
    writeAtomically(paths.outDir, fromCachedFiles(hit.files));
    if (!opts.json && !opts.quiet && hit.summary) io.out(hit.summary.join("\n"));
    return 0;
  }
  const background = warm?.guard && opts.csharpCheck !== false;
  const outcome = await buildProject(paths, {
    certification: opts.certification,
    ids,
    csharpCheck: background ? false : opts.csharpCheck,
    project: warm?.project,
    previousConnector: warm?.connector,
  });
  if (warm) {
    warm.project = outcome.checked?.emitted.project;
    warm.connector = outcome.checked?.connector;
  }
  reportDiagnostics(outcome.diagnostics, io, { json: opts.json, projectDir: paths.dir });
  if (!outcome.files) return 1;
  writeAtomically(paths.outDir, outcome.files);
  if (background && outcome.script) warm.guard!(outcome.script);
  const lines = summary(paths, outcome.files, ids);
  if (key) storeCached(paths, "build", key, { diagnostics: outcome.diagnostics, files: toCachedFiles(outcome.files), summary: lines });
  if (!opts.json && !opts.quiet) io.out(lines.join("\n"));
  return 0;
}

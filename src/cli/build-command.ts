// `csxc build`: check, emit script.csx, write the connector bundle. Quiet on success.

import * as fs from "node:fs";
import * as path from "node:path";
import { diagnostics as make, type Diagnostic } from "../check/diagnostics";
import { checkProject } from "../check/check";
import { bundleFiles, writeAtomically } from "../bundle/bundle";
import { certificationFiles } from "../bundle/certification";
import { loadSwagger } from "../bundle/swagger";
import { renderScript } from "../emit/script";
import { checkCSharp } from "../verify/csharp-guard";
import { reportDiagnostics, type Io } from "./report";
import { describeJson, readJsonFile } from "../bundle/json-file";
import { usageError } from "./cli-error";
import { kindOf, projectPaths, requireProjectDir, type ProjectPaths } from "./project";
import { atField, validateConnector, validateScript } from "../validate";
import { deployCommand, keptIds, PACONN_PROPERTIES, settingsFile, type KeptIds } from "./deploy-command";
import { displayPath } from "../display-path";

const MAX_SCRIPT_BYTES = 1024 * 1024;

export interface BuildOutcome {
  diagnostics: Diagnostic[];
  script?: string;
  files?: Record<string, string | Buffer>;
}

function closest(word: string, candidates: string[]): string {
  const distance = (a: string, b: string) => {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
      let prev = row[0]++;
      for (let j = 1; j <= b.length; j++) {
        const cur = row[j];
        row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
        prev = cur;
      }
    }
    return row[b.length];
  };
  const best = [...candidates].sort((x, y) => distance(word, x) - distance(word, y))[0];
  return best && distance(word, best) <= Math.max(2, word.length / 3) ? best : "";
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The icon's bytes, null when there is none (it is optional), or what is wrong with it. */
function readIcon(file: string): Buffer | null | string {
  const kind = kindOf(file);
  if (kind === "missing") return null;
  if (kind !== "file") return kind === "folder" ? "is a folder, not a file" : "is not a regular file";
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    return `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
  }
  return bytes.subarray(0, 8).equals(PNG_SIGNATURE) ? bytes : "is not a PNG image";
}

/** Everything `build` produces, in memory; nothing is written. */
export interface BuildOptions {
  /** Also apply the certification rules (contact, metadata, publisher, ...). */
  certification?: boolean;
  /** The environment and connector id for the bundle's settings.json (default: kept in connector/settings.json). */
  ids?: KeptIds;
  /** Compile the script with Roslyn before writing (when dotnet is installed); default true. */
  csharpCheck?: boolean;
  /** `check` of a project that has transforms but no connector/ folder yet: check the transforms alone. */
  connectorOptional?: boolean;
}

export async function buildProject(paths: ProjectPaths, options: BuildOptions = {}): Promise<BuildOutcome> {
  const result = checkProject(paths);
  const diagnostics = [...result.diagnostics];
  if (options.connectorOptional && kindOf(paths.connectorDir) === "missing") return { diagnostics };
  const rel = (file: string) => path.relative(paths.dir, file) || file;
  let swagger: Record<string, unknown> | undefined;
  if (kindOf(paths.swagger) === "missing") {
    diagnostics.push(make.badSwagger(rel(paths.swagger), "(file)", "the connector's swagger is missing"));
  } else {
    const loaded = await loadSwagger(paths.swagger);
    if (!loaded.ok) {
      for (const p of loaded.problems) diagnostics.push(atField(make.badSwagger(rel(paths.swagger), p.field, p.problem), paths.swagger, p.field));
    } else {
      swagger = loaded.info.document;
      for (const id of result.operations) {
        if (!loaded.info.operationIds.includes(id)) {
          diagnostics.push(make.unknownOperation(result.operationSpans[id] ?? { file: rel(paths.entry), line: 1, column: 1 }, id, closest(id, loaded.info.operationIds)));
        }
      }
    }
  }
  let properties: Record<string, unknown> = { properties: {} };
  if (kindOf(paths.properties) !== "missing") {
    const read = readJsonFile(paths.properties);
    if (!read.ok) diagnostics.push(make.badSwagger(rel(paths.properties), "(file)", read.problem));
    else if (typeof read.value !== "object" || read.value === null || Array.isArray(read.value)) {
      diagnostics.push(make.badSwagger(rel(paths.properties), "(document)", `must be a JSON object, found ${describeJson(read.value)}`));
    } else {
      properties = read.value as Record<string, unknown>;
      if (typeof properties.properties !== "object" || properties.properties === null || Array.isArray(properties.properties)) {
        diagnostics.push(make.badSwagger(rel(paths.properties), "properties", "apiProperties.json must have a \"properties\" object"));
      }
    }
  }
  const icon = readIcon(paths.icon);
  if (typeof icon === "string") diagnostics.push(make.badIcon(rel(paths.icon), icon));
  // The connector's files against the platform's rules (src/validate): errors stop the build.
  const connectorFiles = { dir: paths.dir, swagger: paths.swagger, properties: paths.properties, settings: path.join(paths.connectorDir, "settings.json") };
  const validation = await validateConnector(connectorFiles, { transformKeys: Object.keys(result.operationSpans), certification: options.certification, structureOk: swagger !== undefined });
  diagnostics.push(...validation.diagnostics);
  if (diagnostics.some((d) => d.severity === "error")) return { diagnostics };
  const { text } = renderScript(result);
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes >= MAX_SCRIPT_BYTES) return { diagnostics: [make.scriptTooLarge("script.csx", bytes)] };
  // Every C# error is a csxc bug, caught here before build/ is touched (src/verify/csharp-guard.ts).
  if (options.csharpCheck !== false) {
    const guard = await checkCSharp(text, paths.dir);
    if (guard.diagnostics.length) return { diagnostics: [...diagnostics, ...guard.diagnostics] };
  }
  diagnostics.push(...validateScript(validation.context, text, rel(path.join(paths.outDir, "script.csx"))));
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

export async function runBuild(
  opts: { project?: string; out?: string; json?: boolean; certification?: boolean; quiet?: boolean; ids?: KeptIds; csharpCheck?: boolean },
  io: Io,
): Promise<number> {
  const paths = projectPaths(opts.project, opts.out);
  requireProjectDir(paths);
  checkOutDir(paths);
  const ids = opts.ids ?? keptIds(paths);
  const outcome = await buildProject(paths, { certification: opts.certification, ids, csharpCheck: opts.csharpCheck });
  reportDiagnostics(outcome.diagnostics, io, { json: opts.json, projectDir: paths.dir });
  if (!outcome.files) return 1;
  writeAtomically(paths.outDir, outcome.files);
  if (!opts.json && !opts.quiet) io.out(summary(paths, outcome.files, ids).join("\n"));
  return 0;
}

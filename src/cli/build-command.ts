// `csxc build`: check, emit script.csx, write the connector bundle. Quiet on success.

import * as fs from "node:fs";
import * as path from "node:path";
import { diagnostics as make, type Diagnostic } from "../check/diagnostics";
import { checkProject } from "../check/check";
import { bundleFiles, writeAtomically } from "../bundle/bundle";
import { loadSwagger } from "../bundle/swagger";
import { renderScript } from "../emit/script";
import { reportDiagnostics, type Io } from "./report";
import { projectPaths, type ProjectPaths } from "./project";

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

/** Everything `build` produces, in memory; nothing is written. */
export async function buildProject(paths: ProjectPaths): Promise<BuildOutcome> {
  const result = checkProject(paths);
  const diagnostics = [...result.diagnostics];
  const rel = (file: string) => path.relative(paths.dir, file) || file;
  let swagger: Record<string, unknown> | undefined;
  if (!fs.existsSync(paths.swagger)) {
    diagnostics.push(make.badSwagger(rel(paths.swagger), "(file)", "the connector's swagger is missing"));
  } else {
    const loaded = await loadSwagger(paths.swagger);
    if (!loaded.ok) {
      for (const p of loaded.problems) diagnostics.push(make.badSwagger(rel(paths.swagger), p.field, p.problem));
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
  if (fs.existsSync(paths.properties)) {
    try {
      properties = JSON.parse(fs.readFileSync(paths.properties, "utf8")) as Record<string, unknown>;
      if (typeof properties.properties !== "object" || properties.properties === null) {
        diagnostics.push(make.badSwagger(rel(paths.properties), "properties", "apiProperties.json must have a \"properties\" object"));
      }
    } catch (error) {
      diagnostics.push(make.badSwagger(rel(paths.properties), "(file)", `not valid JSON: ${(error as Error).message}`));
    }
  }
  if (diagnostics.some((d) => d.severity === "error")) return { diagnostics };
  const { text } = renderScript(result);
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes >= MAX_SCRIPT_BYTES) return { diagnostics: [make.scriptTooLarge("script.csx", bytes)] };
  // A "*" entry runs for every operation, so the script must too: an empty scriptOperations says so.
  const hasFallback = "*" in result.operationSpans;
  const files = bundleFiles({
    outDir: paths.outDir,
    script: text,
    swagger: swagger!,
    properties,
    icon: fs.existsSync(paths.icon) ? fs.readFileSync(paths.icon) : null,
    scriptOperations: hasFallback ? null : result.operations,
  });
  return { diagnostics, script: text, files };
}

export async function runBuild(opts: { project?: string; out?: string; json?: boolean }, io: Io): Promise<number> {
  const paths = projectPaths(opts.project, opts.out);
  const outcome = await buildProject(paths);
  reportDiagnostics(outcome.diagnostics, io, { json: opts.json, projectDir: paths.dir });
  if (!outcome.files) return 1;
  writeAtomically(paths.outDir, outcome.files);
  return 0;
}

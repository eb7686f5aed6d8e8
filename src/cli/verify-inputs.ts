// What `csxc verify` runs: the transforms entry and the case files, from --project, --transforms and
// --cases. A wrong path is a mistake in the invocation (exit 2), said in one line; a folder given to
// --transforms means its index.ts, a folder given to --cases means every *.json under it.

import * as path from "node:path";
import { findCaseFiles } from "../verify/verify";
import { usageError } from "./cli-error";
import { kindOf, requireCompilablePath, requireProjectDir, type ProjectPaths } from "./project";
import { displayPath } from "../display-path";

export interface VerifyInputs {
  entry: string;
  projectDir: string;
  caseFiles: string[];
}

const shown = (file: string) => displayPath(file);

function transformsEntry(option: string): string {
  const given = path.resolve(option);
  requireCompilablePath(given, "--transforms");
  const kind = kindOf(given);
  if (kind === "file") return given;
  if (kind === "missing") throw usageError(`--transforms '${shown(given)}' does not exist; name the transforms entry (e.g. transforms/index.ts)`);
  const index = path.join(given, "index.ts");
  if (kind === "folder" && kindOf(index) === "file") return index;
  throw usageError(`--transforms '${shown(given)}' is a folder without an index.ts; name the transforms entry file`);
}

function caseFilesOf(options: string[]): string[] {
  const files: string[] = [];
  for (const option of options) {
    const given = path.resolve(option);
    const kind = kindOf(given);
    if (kind === "file") files.push(given);
    else if (kind === "missing") throw usageError(`--cases '${shown(given)}' does not exist`);
    else if (kind === "folder") {
      const found = findCaseFiles([given]);
      if (!found.length) throw usageError(`--cases '${shown(given)}' is a folder with no .json case files in it`);
      files.push(...found);
    } else throw usageError(`--cases '${shown(given)}' is not a file or a folder`);
  }
  return files;
}

export function verifyInputs(paths: ProjectPaths, opts: { transforms?: string; cases?: string[] }): VerifyInputs {
  requireProjectDir(paths);
  const entry = opts.transforms ? transformsEntry(opts.transforms) : paths.entry;
  const projectDir = opts.transforms ? path.dirname(entry) : paths.dir;
  const caseFiles = opts.cases?.length ? caseFilesOf(opts.cases) : findCaseFiles(paths.casesDirs);
  return { entry, projectDir, caseFiles };
}

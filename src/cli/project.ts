// Where a connector project keeps its pieces (design.md's layout), resolved from --project.

import * as fs from "node:fs";
import * as path from "node:path";
import { usageError } from "./cli-error";
import { displayPath } from "../display-path";

export interface ProjectPaths {
  dir: string;
  entry: string;
  connectorDir: string;
  swagger: string;
  properties: string;
  icon: string;
  outDir: string;
  casesDirs: string[];
}

export function projectPaths(projectDir: string | undefined, outDir?: string): ProjectPaths {
  const dir = path.resolve(projectDir ?? ".");
  const connectorDir = path.join(dir, "connector");
  return {
    dir,
    entry: path.join(dir, "transforms", "index.ts"),
    connectorDir,
    swagger: path.join(connectorDir, "apiDefinition.swagger.json"),
    properties: path.join(connectorDir, "apiProperties.json"),
    icon: path.join(connectorDir, "icon.png"),
    outDir: path.resolve(dir, outDir ?? "build"),
    casesDirs: [path.join(dir, "test", "cases"), path.join(dir, "build", "cases")],
  };
}

/** What a path is on disk, without following the question further than lstat/stat need. */
export function kindOf(file: string): "missing" | "file" | "folder" | "other" {
  try {
    const stat = fs.statSync(file);
    return stat.isFile() ? "file" : stat.isDirectory() ? "folder" : "other";
  } catch {
    return "missing";
  }
}

/** TypeScript takes `\` for a path separator everywhere, so on Linux and macOS a folder whose name
 *  holds one cannot be compiled (ts-morph looks for a different path): say so instead of failing. */
export function requireCompilablePath(file: string, option: string): void {
  if (process.platform !== "win32" && file.includes("\\")) {
    throw usageError(`${option} '${displayPath(file)}' has a backslash in its path, which TypeScript reads as a separator; rename the folder or file without it`);
  }
}

/** `--project` must name an existing folder; anything else is a mistake in the invocation (exit 2). */
export function requireProjectDir(paths: ProjectPaths, option = "--project"): void {
  requireCompilablePath(paths.dir, option);
  const kind = kindOf(paths.dir);
  if (kind === "folder") return;
  const shown = displayPath(paths.dir);
  if (kind === "missing") throw usageError(`${option} '${shown}' does not exist; name the connector project's folder`);
  throw usageError(`${option} '${shown}' is a file, not a folder; name the connector project's folder (the one holding transforms/ and connector/)`);
}

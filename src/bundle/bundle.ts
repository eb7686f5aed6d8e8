// Writes the connector bundle for paconn / pac: the swagger, apiProperties.json with the
// scriptOperations the transforms cover, script.csx, the icon and a paconn settings.json.
// Everything is written into a sibling folder first and swapped in whole by renaming, so a failure
// never leaves a half-written bundle or loses the previous one.

import * as fs from "node:fs";
import * as path from "node:path";
import { CliError, usageError } from "../cli/cli-error";
import { CERTIFICATION_DIR } from "./certification";
import { displayPath } from "../display-path";

export interface BundleInput {
  outDir: string;
  script: string;
  swagger: Record<string, unknown>;
  properties: Record<string, unknown>;
  icon: Buffer | null;
  /** Operations with their own transform; null when "*" makes the script run for all. */
  scriptOperations: string[] | null;
}

export interface BundleFiles {
  [relativePath: string]: string | Buffer;
}

export function bundleFiles(input: BundleInput): BundleFiles {
  const properties = structuredClone(input.properties) as { properties?: Record<string, unknown> };
  properties.properties = { ...(properties.properties ?? {}), scriptOperations: input.scriptOperations ?? [] };
  const files: BundleFiles = {
    "script.csx": input.script,
    "connector/apiDefinition.swagger.json": JSON.stringify(input.swagger, null, 2) + "\n",
    "connector/apiProperties.json": JSON.stringify(properties, null, 2) + "\n",
    "connector/script.csx": input.script,
    "connector/settings.json":
      JSON.stringify(
        {
          connectorId: "",
          environment: "",
          apiProperties: "apiProperties.json",
          apiDefinition: "apiDefinition.swagger.json",
          icon: "icon.png",
          script: "script.csx",
          powerAppsUrl: "https://api.powerapps.com",
          powerAppsApiVersion: "2016-11-01",
        },
        null,
        2,
      ) + "\n",
  };
  if (input.icon) files["connector/icon.png"] = input.icon;
  return files;
}

/** What `build` owns in its output folder; anything else there (build/cases/ that jest records,
 *  a file the user keeps) is carried over into the new output untouched. */
function ownedEntries(files: BundleFiles): Set<string> {
  // What some build writes, even when this one does not: a folder dropped from the output must go.
  return new Set(["script.csx", "connector", CERTIFICATION_DIR, ...Object.keys(files).map((rel) => rel.split("/")[0])]);
}

const shown = (file: string) => displayPath(file);

/** Why a folder could not be written, in words: "a file is in the way", "permission denied"… */
function whyNot(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case "ENOTDIR":
    case "EEXIST":
      return "a file is in the way";
    case "EACCES":
    case "EPERM":
    case "EROFS":
      return "it is not writable";
    case "ENOENT":
      return "it cannot be created there";
    case "ENOSPC":
      return "the disk is full";
    default:
      return code ?? (error as Error).message;
  }
}

/** mkdir -p, one level at a time: node's recursive mkdir spins forever under /proc, for one. */
function makeFolders(dir: string): void {
  const missing: string[] = [];
  let at = dir;
  while (!fs.existsSync(at)) {
    missing.unshift(at);
    const up = path.dirname(at);
    if (up === at) break;
    at = up;
  }
  for (const folder of missing) fs.mkdirSync(folder);
}

/**
 * Replaces the output folder as a whole: the new output is written into a sibling temporary folder
 * and swapped in by renaming, so a failure at any point leaves the previous output exactly as it was
 * and nothing outside the output folder (and its short-lived sibling) is touched.
 */
export function writeAtomically(outDir: string, files: BundleFiles): void {
  const kind = fs.existsSync(outDir) ? (fs.statSync(outDir).isDirectory() ? "folder" : "file") : "missing";
  if (kind === "file") throw usageError(`--out '${shown(outDir)}' is a file; name a folder for the build output (it is replaced as a whole)`);
  const parent = path.dirname(outDir);
  let staging: string;
  try {
    makeFolders(parent);
    staging = fs.mkdtempSync(path.join(parent, `.${path.basename(outDir)}.csxc-new-`));
  } catch (error) {
    throw usageError(`--out '${shown(outDir)}' cannot be written: ${whyNot(error)}`);
  }
  const carried: string[] = [];
  let swapped = false;
  try {
    for (const [rel, content] of Object.entries(files)) {
      const target = path.join(staging, rel);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, content);
    }
    if (kind === "missing") {
      fs.renameSync(staging, outDir);
      swapped = true;
      return;
    }
    const owned = ownedEntries(files);
    for (const entry of fs.readdirSync(outDir)) {
      if (owned.has(entry)) continue;
      fs.renameSync(path.join(outDir, entry), path.join(staging, entry));
      carried.push(entry);
    }
    const old = path.join(parent, path.basename(staging).replace("csxc-new-", "csxc-old-"));
    fs.renameSync(outDir, old);
    try {
      fs.renameSync(staging, outDir);
    } catch (error) {
      fs.renameSync(old, outDir);
      throw error;
    }
    swapped = true;
    // The new output is in place: failing to delete the old one is not a failed build.
    try {
      fs.rmSync(old, { recursive: true, force: true });
    } catch {
      // left beside build/ as .build.csxc-old-*, harmless
    }
  } catch (error) {
    // Put back what was carried over, so the previous output is whole again.
    if (!swapped) for (const entry of carried) fs.renameSync(path.join(staging, entry), path.join(outDir, entry));
    if (error instanceof CliError) throw error;
    throw usageError(`--out '${shown(outDir)}' cannot be written: ${whyNot(error)}; the previous output is unchanged`);
  } finally {
    if (!swapped) fs.rmSync(staging, { recursive: true, force: true });
  }
}

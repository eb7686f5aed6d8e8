// Writes the connector bundle for paconn / pac: the swagger, apiProperties.json with the
// scriptOperations the transforms cover, script.csx, the icon and a paconn settings.json.
// Everything is written into a fresh directory first and moved into place only when complete,
// so a failure never leaves a half-written bundle or loses the previous one.

import * as fs from "node:fs";
import * as path from "node:path";

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

/** Writes all files or none: staged in a sibling directory, then renamed into place one by one. */
export function writeAtomically(outDir: string, files: BundleFiles): void {
  fs.mkdirSync(outDir, { recursive: true });
  const staging = fs.mkdtempSync(path.join(outDir, ".staging-"));
  try {
    for (const [rel, content] of Object.entries(files)) {
      const target = path.join(staging, rel);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, content);
    }
    for (const rel of Object.keys(files)) {
      const target = path.join(outDir, rel);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.renameSync(path.join(staging, rel), target);
    }
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

// Where a connector project keeps its pieces (design.md's layout), resolved from --project.

import * as path from "node:path";

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

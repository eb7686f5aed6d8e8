// `csxc deploy`: builds, then hands the bundle to paconn or pac. The API key is never part of the
// bundle: paconn and pac ask for credentials themselves.

import { spawnSync } from "node:child_process";
import * as path from "node:path";
import { runBuild } from "./build-command";
import { projectPaths } from "./project";
import type { Io } from "./report";

export function deployCommand(tool: string, mode: "create" | "update", connectorDir: string): string[] {
  const file = (name: string) => path.join(connectorDir, name);
  if (tool === "paconn") return ["paconn", mode, "--settings", file("settings.json")];
  return [
    "pac", "connector", mode,
    "--api-definition-file", file("apiDefinition.swagger.json"),
    "--api-properties-file", file("apiProperties.json"),
    "--icon-file", file("icon.png"),
    "--script-file", file("script.csx"),
  ];
}

export async function runDeploy(
  opts: { project: string; tool: string; create?: boolean; update?: boolean; dryRun?: boolean },
  io: Io,
): Promise<number> {
  if (opts.tool !== "paconn" && opts.tool !== "pac") {
    io.err(`csxc deploy: --tool must be paconn or pac, got '${opts.tool}'`);
    return 2;
  }
  if (opts.create && opts.update) {
    io.err("csxc deploy: give --create or --update, not both");
    return 2;
  }
  const built = await runBuild({ project: opts.project }, io);
  if (built !== 0) return built;
  const paths = projectPaths(opts.project);
  const command = deployCommand(opts.tool, opts.create ? "create" : "update", path.join(paths.outDir, "connector"));
  if (opts.dryRun) {
    io.out(command.join(" "));
    return 0;
  }
  const result = spawnSync(command[0], command.slice(1), { stdio: "inherit" });
  if (result.error) {
    io.err(`csxc deploy: cannot run ${command[0]} (${(result.error as NodeJS.ErrnoException).code ?? result.error.message}); install it, or run with --dry-run to see the command`);
    return 1;
  }
  return result.status === 0 ? 0 : 1;
}

// `csxc deploy`: builds (an invalid bundle is never uploaded), then hands the bundle to paconn or pac.
//
// Paths: paconn resolves the paths in settings.json from the folder it runs in, not from the
// settings file's folder. So the tool always runs inside the bundle folder (build/connector), where
// settings.json's plain file names are right, and the command csxc prints says so: `cd
// build/connector && paconn update --settings settings.json` works from wherever it is printed.
//
// Ids: the environment and the connector id are kept in the project's connector/settings.json
// (never in build/, which each build replaces). --environment and --connector-id set them; a
// `create` records the id the tool reports; later runs reuse them, so an update runs unattended.
// The API key is never part of the bundle: paconn and pac ask for credentials themselves.

import { spawn } from "node:child_process";
import * as path from "node:path";
import { runBuild } from "./build-command";
import { projectPaths, requireProjectDir } from "./project";
import { deployCommand, GUID, INSTALL_HINT, keepIds, keptIds, type DeployCommand, type KeptIds, type Mode, type Tool } from "./upload-commands";
import type { Io } from "./report";

/** What is missing for the tool to run without asking questions, or undefined. */
function missingForUnattended(tool: Tool, mode: Mode, ids: KeptIds): string | undefined {
  if (mode === "update" && !ids.connectorId) return "no connector id is known: pass --connector-id ID (it is kept in connector/settings.json for the next runs), or --create for a new connector";
  if (tool === "pac" && ids.connectorId && mode === "update" && !GUID.test(ids.connectorId)) {
    return `pac needs the connector's GUID, but the kept connector id '${ids.connectorId}' is paconn's; pass --connector-id with the GUID (pac connector list shows it)`;
  }
  if (tool === "paconn" && !ids.environment) return "no environment is known: pass --environment ID (the environment's GUID; it is kept in connector/settings.json), or paconn would ask for it interactively";
  return undefined;
}

function run(command: DeployCommand): Promise<{ code: number | null; out: string; error?: NodeJS.ErrnoException }> {
  return new Promise((resolve) => {
    const child = spawn(command.argv[0], command.argv.slice(1), { cwd: command.cwd, env: process.env, stdio: ["inherit", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString("utf8");
      process.stdout.write(chunk);
    });
    child.on("error", (error: NodeJS.ErrnoException) => resolve({ code: null, out, error }));
    child.on("close", (code) => resolve({ code, out }));
  });
}

export interface DeployOptions {
  project: string;
  tool: string;
  create?: boolean;
  update?: boolean;
  dryRun?: boolean;
  environment?: string;
  connectorId?: string;
  certification?: boolean;
}

export async function runDeploy(opts: DeployOptions, io: Io): Promise<number> {
  if (opts.tool !== "paconn" && opts.tool !== "pac") {
    io.err(`csxc deploy: --tool must be paconn or pac, got '${opts.tool}'`);
    return 2;
  }
  if (opts.create && opts.update) {
    io.err("csxc deploy: give --create or --update, not both");
    return 2;
  }
  const tool = opts.tool as Tool;
  const paths = projectPaths(opts.project);
  requireProjectDir(paths);
  // The ids given now are kept first, so that the build writes them into the bundle's settings.json.
  if (!opts.dryRun) keepIds(paths, { environment: opts.environment, connectorId: opts.connectorId });
  const ids = { ...keptIds(paths), ...Object.fromEntries(Object.entries({ environment: opts.environment, connectorId: opts.connectorId }).filter(([, v]) => v)) } as KeptIds;
  const mode: Mode = opts.create ? "create" : opts.update ? "update" : ids.connectorId ? "update" : "create";
  const missing = missingForUnattended(tool, mode, ids);
  if (missing) {
    io.err(`csxc deploy: ${missing}`);
    return 2;
  }
  const built = await runBuild({ project: opts.project, certification: opts.certification, quiet: true, ids }, io);
  if (built !== 0) {
    io.err("csxc deploy: the bundle has errors (above); nothing was uploaded");
    return built;
  }
  const bundleDir = path.join(paths.outDir, "connector");
  const command = deployCommand(tool, mode, bundleDir, ids);
  if (opts.dryRun) {
    io.out(command.display);
    return 0;
  }
  const result = await run(command);
  if (result.error) {
    io.err(result.error.code === "ENOENT"
      ? `csxc deploy: ${command.argv[0]} was not found on PATH; ${INSTALL_HINT[tool]}. To see the command without running it: csxc deploy --dry-run`
      : `csxc deploy: cannot run ${command.argv[0]} (${result.error.code ?? result.error.message})`);
    return 1;
  }
  if (result.code !== 0) {
    io.err(`csxc deploy: ${command.argv[0]} failed (exit ${result.code ?? "signal"}); the command was: ${command.display}`);
    return 1;
  }
  if (mode === "create") {
    // paconn create writes the new id into settings.json where it ran; pac prints it.
    const created: KeptIds = tool === "paconn" ? keptIds({ connectorDir: bundleDir }) : { connectorId: GUID_IN_TEXT.exec(result.out)?.[0] };
    if (created.connectorId) {
      keepIds(paths, { connectorId: created.connectorId, environment: ids.environment ?? created.environment });
      io.out(`csxc deploy: created connector ${created.connectorId}; kept in ${path.relative(process.cwd(), path.join(paths.connectorDir, "settings.json"))} for the next update`);
    }
  }
  return 0;
}

const GUID_IN_TEXT = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

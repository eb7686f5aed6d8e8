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
import * as fs from "node:fs";
import * as path from "node:path";
import { runBuild } from "./build-command";
import { projectPaths, requireProjectDir, type ProjectPaths } from "./project";
import type { Io } from "./report";

export type Tool = "paconn" | "pac";
export type Mode = "create" | "update";

export interface KeptIds {
  environment?: string;
  connectorId?: string;
}

/** apiProperties without stackOwner, for paconn (its update fails on stackOwner; README "Limitations"). */
export const PACONN_PROPERTIES = "apiProperties.paconn.json";

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const INSTALL_HINT: Record<Tool, string> = {
  paconn: "install it with `pip install paconn` (Python 3), then sign in once with `paconn login`",
  pac: "install the Power Platform CLI (`dotnet tool install --global Microsoft.PowerApps.CLI.Tool`, or the Power Platform Tools extension for VS Code), then sign in with `pac auth create`",
};

/** The ids kept in the project's connector/settings.json (missing or unreadable: none). */
export function keptIds(paths: Pick<ProjectPaths, "connectorDir">): KeptIds {
  try {
    const value = JSON.parse(fs.readFileSync(path.join(paths.connectorDir, "settings.json"), "utf8")) as Record<string, unknown>;
    const str = (v: unknown) => (typeof v === "string" && v.trim() ? v.trim() : undefined);
    return { environment: str(value.environment), connectorId: str(value.connectorId) };
  } catch {
    return {};
  }
}

/** Merges new ids into connector/settings.json, keeping every other key the author wrote. */
export function keepIds(paths: Pick<ProjectPaths, "connectorDir">, ids: KeptIds): void {
  const file = path.join(paths.connectorDir, "settings.json");
  let value: Record<string, unknown> = {};
  try {
    value = JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, unknown>;
  } catch {
    // none yet (or unreadable: check reports that); start afresh
  }
  const next = { ...value, ...Object.fromEntries(Object.entries(ids).filter(([, v]) => v)) };
  if (JSON.stringify(next) !== JSON.stringify(value)) fs.writeFileSync(file, JSON.stringify(next, null, 2) + "\n");
}

/** The bundle's settings.json: paths relative to the bundle folder, where the tool runs. */
export function settingsFile(ids: KeptIds, options: { icon: boolean; paconnProperties: boolean }): string {
  const settings: Record<string, string> = {};
  if (ids.connectorId) settings.connectorId = ids.connectorId;
  if (ids.environment) settings.environment = ids.environment;
  settings.apiProperties = options.paconnProperties ? PACONN_PROPERTIES : "apiProperties.json";
  settings.apiDefinition = "apiDefinition.swagger.json";
  if (options.icon) settings.icon = "icon.png";
  settings.script = "script.csx";
  settings.powerAppsUrl = "https://api.powerapps.com";
  settings.powerAppsApiVersion = "2016-11-01";
  return JSON.stringify(settings, null, 2) + "\n";
}

export interface DeployCommand {
  /** The folder the tool runs in (the bundle). */
  cwd: string;
  argv: string[];
  /** What to type, from the current folder. */
  display: string;
}

const quote = (arg: string) => (/^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, "'\\''")}'`);

/** The command for one tool and mode on the bundle in `bundleDir`, with the ids to pass. */
export function deployCommand(tool: Tool, mode: Mode, bundleDir: string, ids: KeptIds): DeployCommand {
  let argv: string[];
  if (tool === "paconn") {
    // paconn ignores --env/--cid once a settings file is given: the ids travel in settings.json.
    argv = ["paconn", mode, "--settings", "settings.json"];
    if (mode === "create") argv.push("--overwrite-settings");
  } else {
    argv = ["pac", "connector", mode];
    if (mode === "update" && ids.connectorId) argv.push("--connector-id", ids.connectorId);
    if (ids.environment) argv.push("--environment", ids.environment);
    argv.push("--api-definition-file", "apiDefinition.swagger.json", "--api-properties-file", "apiProperties.json");
    if (fs.existsSync(path.join(bundleDir, "icon.png"))) argv.push("--icon-file", "icon.png");
    argv.push("--script-file", "script.csx");
  }
  const rel = path.relative(process.cwd(), bundleDir);
  const line = argv.map(quote).join(" ");
  return { cwd: bundleDir, argv, display: rel ? `cd ${quote(rel)} && ${line}` : line };
}

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

// The upload commands csxc prints and runs, and the connector ids they need, kept in the project's
// connector/settings.json. Build prints them and deploy runs them; both import this file, so that
// neither command imports the other.

import * as fs from "node:fs";
import * as path from "node:path";
import type { ProjectPaths } from "./project";

export type Tool = "paconn" | "pac";
export type Mode = "create" | "update";

export interface KeptIds {
  environment?: string;
  connectorId?: string;
}

/** apiProperties without stackOwner, for paconn (its update fails on stackOwner; README "Limitations"). */
export const PACONN_PROPERTIES = "apiProperties.paconn.json";

export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

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

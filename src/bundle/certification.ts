// The folder a pull request to microsoft/PowerPlatformConnectors needs for an independent-publisher
// connector: the definition, apiProperties.json with stackOwner (certification wants it; paconn's
// update fails with it, so the paconn bundle leaves it out), the script, and a readme.md in the
// repository's independent-publisher format with a table of the operations.

import * as fs from "node:fs";
import * as path from "node:path";
import type { BundleFiles } from "./bundle";

export const CERTIFICATION_DIR = "certification";
/** An optional file beside the connector's definition whose text becomes the readme's "Known Issues and Limitations". */
export const KNOWN_ISSUES_FILE = "known-issues.md";

type Obj = { [key: string]: any };

export interface CertificationInput {
  swagger: Obj;
  /** apiProperties.json as bundled: with scriptOperations, and with stackOwner when the source has it. */
  properties: Obj;
  script: string;
  /** The connector's folder, where known-issues.md may be. */
  connectorDir: string;
}

const METHODS = ["get", "put", "post", "patch", "delete"];

interface Row {
  summary: string;
  id: string;
  description: string;
}

/** A table cell: one line, pipes escaped. */
const cell = (text: unknown) => String(text ?? "").replace(/\s+/g, " ").replace(/\|/g, "\\|").trim();

function table(rows: Row[]): string {
  const lines = ["| Operation | Operation ID | What it does |", "|---|---|---|"];
  for (const r of rows) lines.push(`| ${cell(r.summary)} | \`${r.id}\` | ${cell(r.description)} |`);
  return lines.join("\n");
}

/** The readme in the independent-publisher format, from the definition and the properties. */
export function certificationReadme(swagger: Obj, properties: Obj, knownIssues: string | null): string {
  const actions: Row[] = [];
  const triggers: Row[] = [];
  const deprecated: Row[] = [];
  for (const item of Object.values((swagger.paths ?? {}) as Obj)) {
    for (const method of METHODS) {
      const op = (item as Obj)[method];
      if (!op?.operationId || op["x-ms-visibility"] === "internal") continue;
      const row = { summary: op.summary ?? op.operationId, id: op.operationId, description: op.description ?? "" };
      (op.deprecated ? deprecated : op["x-ms-trigger"] ? triggers : actions).push(row);
    }
  }
  const props = (properties.properties ?? {}) as Obj;
  const info = (swagger.info ?? {}) as Obj;
  const credentials = Object.values((props.connectionParameters ?? {}) as Obj)
    .map((p) => (p as Obj).uiDefinition?.tooltip ?? (p as Obj).uiDefinition?.description)
    .filter(Boolean);
  const website = ((swagger["x-ms-connector-metadata"] ?? []) as Obj[]).find((m) => m.propertyName === "Website")?.propertyValue;
  const parts = [
    `# ${info.title}`,
    String(info.description ?? ""),
    `## Publisher: ${props.publisher ?? info.contact?.name ?? ""}`,
    "## Prerequisites",
    ["- A Power Automate or Power Apps plan that includes custom connectors.", website ? `- An account with ${info.title} (${website}).` : `- An account with ${info.title}.`].join("\n"),
    "## Supported Operations",
    `### Actions\n\n${table(actions)}`,
    triggers.length ? `### Triggers\n\n${table(triggers)}` : "",
    deprecated.length ? `### Deprecated\n\nKept so that existing flows keep running; use the operation each description names instead.\n\n${table(deprecated)}` : "",
    "## Obtaining Credentials",
    credentials.length ? credentials.map((c) => `- ${c}`).join("\n") : "No credentials are needed.",
    "## Known Issues and Limitations",
    knownIssues?.trim() || "There are no known issues at the time of publishing.",
    "## Deployment Instructions",
    "Run `paconn create --api-def apiDefinition.swagger.json --api-prop apiProperties.json --script script.csx` in this folder, " +
      "or follow the [custom connector import instructions](https://learn.microsoft.com/connectors/custom-connectors/paconn-cli).",
  ];
  return parts.filter((p) => p !== "").join("\n\n") + "\n";
}

/** The files of the certification folder, to be written with the rest of the build. */
export function certificationFiles(input: CertificationInput): BundleFiles {
  const notes = path.join(input.connectorDir, KNOWN_ISSUES_FILE);
  const knownIssues = fs.existsSync(notes) ? fs.readFileSync(notes, "utf8") : null;
  return {
    [`${CERTIFICATION_DIR}/apiDefinition.swagger.json`]: JSON.stringify(input.swagger, null, 2) + "\n",
    [`${CERTIFICATION_DIR}/apiProperties.json`]: JSON.stringify(input.properties, null, 2) + "\n",
    [`${CERTIFICATION_DIR}/script.csx`]: input.script,
    [`${CERTIFICATION_DIR}/readme.md`]: certificationReadme(input.swagger, input.properties, knownIssues),
  };
}

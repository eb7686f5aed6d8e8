// `csxc check`: the pass every build starts with, and all that `check` runs. It reads the
// transforms (the TypeScript diagnostics and the subset rules, src/emit/program.ts) and the
// connector's files (the swagger's structure, transform keys against its operationIds,
// apiProperties.json, the icon, the platform's rules of src/validate), and builds no script:
// the C# is not printed, the runtime not pruned, the bundle not made. `csxc build` runs this pass,
// then emits from what it returns (src/cli/build-command.ts); nothing is computed twice.
//
// Why the transforms still go through the emitter's walk: the subset rules live in the visitors
// that build the C# tree (each construct is checked where it is translated, so a rule and its
// translation cannot drift apart). A second, check-only set of visitors would copy every rule.
// The walk's C# tree is a few small objects per node; the costs that made check slow (printing,
// pruning the runtime, the bundle, the definition's schemas compiled per run) are the ones skipped.
// What check therefore does not report: the rules about the emitted script itself (its size,
// CSX4006; its namespaces and secrets, CSX5331 and CSX5335), which build reports.

import * as fs from "node:fs";
import * as path from "node:path";
import type { Project } from "ts-morph";
import { diagnostics as make, type Diagnostic } from "./diagnostics";
import { emitProgram, type EmitResult } from "../emit/program";
import { loadSwagger } from "../bundle/swagger";
import { describeJson, readJsonFile } from "../bundle/json-file";
import { kindOf, type ProjectPaths } from "../cli/project";
import { atField, validateConnector, type Validation } from "../validate";
import { closest } from "./closest";

export interface CheckOptions {
  /** Also apply the certification rules (contact, metadata, publisher, ...). */
  certification?: boolean;
  /** A project that has transforms but no connector/ folder yet: check the transforms alone. */
  connectorOptional?: boolean;
  /** A TypeScript project kept warm between passes (`build --watch`), its changed files refreshed. */
  project?: Project;
  /**
   * The connector's findings of an earlier pass, when the caller knows its files are unchanged
   * since (`build --watch`): reused if the transform keys and the certification option are the same.
   */
  previous?: ConnectorCheck;
}

/** What the pass found in the connector's files, for build to bundle. */
export interface ConnectorCheck {
  diagnostics: Diagnostic[];
  swagger?: Record<string, unknown>;
  operationIds?: string[];
  properties: Record<string, unknown>;
  icon: Buffer | null | string;
  validation?: Validation;
  /** What the findings depend on besides the files. */
  inputs: { transformKeys: string[]; certification: boolean };
}

export interface CheckOutcome {
  diagnostics: Diagnostic[];
  emitted: EmitResult;
  /** Undefined when connector/ is missing and connectorOptional allowed it. */
  connector?: ConnectorCheck;
}

export async function checkProject(paths: ProjectPaths, options: CheckOptions = {}): Promise<CheckOutcome> {
  const emitted = emitProgram({ projectDir: paths.dir, entry: paths.entry, project: options.project });
  const diagnostics = [...emitted.diagnostics];
  if (options.connectorOptional && kindOf(paths.connectorDir) === "missing") return { diagnostics, emitted };
  const keys = Object.keys(emitted.operationSpans);
  const previous = options.previous;
  const reusable = previous && previous.inputs.certification === !!options.certification && previous.inputs.transformKeys.join("\0") === keys.join("\0");
  const connector = reusable ? previous : await checkConnector(paths, keys, options.certification);
  diagnostics.push(...connector.diagnostics);
  // Every transform key must be an operationId of the definition (CSX4004), at the key.
  if (connector.operationIds) {
    for (const id of emitted.operations) {
      if (connector.operationIds.includes(id)) continue;
      const at = emitted.operationSpans[id] ?? { file: path.relative(paths.dir, paths.entry) || paths.entry, line: 1, column: 1 };
      diagnostics.push(make.unknownOperation(at, id, closest(id, connector.operationIds)));
    }
  }
  return { diagnostics, emitted, connector };
}

/** The connector's files alone: their findings depend on the transforms only through the keys. */
export async function checkConnector(paths: ProjectPaths, transformKeys: string[], certification?: boolean): Promise<ConnectorCheck> {
  const diagnostics: Diagnostic[] = [];
  const rel = (file: string) => path.relative(paths.dir, file) || file;
  let swagger: Record<string, unknown> | undefined;
  let operationIds: string[] | undefined;
  if (kindOf(paths.swagger) === "missing") {
    diagnostics.push(make.badSwagger(rel(paths.swagger), "(file)", "the connector's swagger is missing"));
  } else {
    const loaded = await loadSwagger(paths.swagger);
    if (!loaded.ok) {
      for (const p of loaded.problems) diagnostics.push(atField(make.badSwagger(rel(paths.swagger), p.field, p.problem), paths.swagger, p.field));
    } else {
      swagger = loaded.info.document;
      operationIds = loaded.info.operationIds;
    }
  }
  let properties: Record<string, unknown> = { properties: {} };
  if (kindOf(paths.properties) !== "missing") {
    const read = readJsonFile(paths.properties);
    if (!read.ok) diagnostics.push(make.badSwagger(rel(paths.properties), "(file)", read.problem));
    else if (typeof read.value !== "object" || read.value === null || Array.isArray(read.value)) {
      diagnostics.push(make.badSwagger(rel(paths.properties), "(document)", `must be a JSON object, found ${describeJson(read.value)}`));
    } else {
      properties = read.value as Record<string, unknown>;
      if (typeof properties.properties !== "object" || properties.properties === null || Array.isArray(properties.properties)) {
        diagnostics.push(make.badSwagger(rel(paths.properties), "properties", "apiProperties.json must have a \"properties\" object"));
      }
    }
  }
  const icon = readIcon(paths.icon);
  if (typeof icon === "string") diagnostics.push(make.badIcon(rel(paths.icon), icon));
  // The connector's files against the platform's rules (src/validate).
  const files = { dir: paths.dir, swagger: paths.swagger, properties: paths.properties, settings: path.join(paths.connectorDir, "settings.json") };
  const validation = await validateConnector(files, { transformKeys, certification, structureOk: swagger !== undefined });
  diagnostics.push(...validation.diagnostics);
  return { diagnostics, swagger, operationIds, properties, icon, validation, inputs: { transformKeys, certification: !!certification } };
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The icon's bytes, null when there is none (it is optional), or what is wrong with it. */
function readIcon(file: string): Buffer | null | string {
  const kind = kindOf(file);
  if (kind === "missing") return null;
  if (kind !== "file") return kind === "folder" ? "is a folder, not a file" : "is not a regular file";
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    return `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
  }
  return bytes.subarray(0, 8).equals(PNG_SIGNATURE) ? bytes : "is not a PNG image";
}

// Offline validation of a connector's files, run by `csxc check` and `csxc build`: the definition
// (apiDefinition.swagger.json), apiProperties.json and the project's settings.json, against the
// Swagger 2.0 structure, the official JSON Schemas, and the rule tables of this folder. Each
// finding points at the JSON path's own line: `file(line,col): error CSX5nnn: message [RuleId]`.

import * as fs from "node:fs";
import * as path from "node:path";
import { diagnostics as make, type Diagnostic, type Span } from "../check/diagnostics";
import { loadSwagger } from "../bundle/swagger";
import { certificationRules } from "./certification";
import { dynamicRules } from "./definition-dynamic";
import { operationRules } from "./definition-operations";
import { triggerRules } from "./definition-triggers";
import { readJsonDoc, type JsonDoc, type Pointer } from "./json-doc";
import { projectRules } from "./project";
import { propertiesRules } from "./properties";
import { isObj, METHODS, type At, type ConnectorContext, type Obj, type Operation, type Rule, type Where } from "./rule";
import { schemaFindings, type SchemaFile } from "./schemas";

/** Every rule, in code order: the table docs/validation.md lists. */
export const RULES: Rule[] = [...operationRules, ...triggerRules, ...dynamicRules, ...propertiesRules, ...certificationRules, ...projectRules].sort((a, b) => a.code - b.code);

/** Rules about whole files rather than a table entry: parse errors and schema violations. */
export const FILE_RULES = {
  invalidJson: { id: "InvalidJson", code: 5100, severity: "error" as const, summary: "the file is strict JSON (no comments, no trailing commas)" },
  schema: {
    definition: { id: "apiDefinition.schema", code: 5101, severity: "error" as const, summary: "the definition follows the official apiDefinition.swagger.schema.json" },
    properties: { id: "apiProperties.schema", code: 5102, severity: "error" as const, summary: "apiProperties.json follows the official paconn-apiProperties.schema.json" },
    settings: { id: "settings.schema", code: 5103, severity: "error" as const, summary: "settings.json follows the official paconn-settings.schema.json" },
  },
};

export interface ConnectorFiles {
  /** The project folder: file names in findings are relative to it. */
  dir: string;
  swagger: string;
  properties: string;
  /** The project's own settings.json (connector/settings.json), where deploy keeps ids. */
  settings: string;
}

export interface ValidateOptions {
  /** The transforms map's keys; omitted when the transforms could not be read. */
  transformKeys?: string[];
  certification?: boolean;
  /**
   * Whether the Swagger 2.0 structure was already checked (by build, which reports CSX4007 itself);
   * when undefined, it is checked here.
   */
  structureOk?: boolean;
}

export interface Validation {
  diagnostics: Diagnostic[];
  /** Set when the definition could be read, for the script stage. */
  context?: ConnectorContext;
}

const exists = (file: string) => fs.existsSync(file) && fs.statSync(file).isFile();

/** Follows "paths./v1.0/items.get" (swagger-parser's dotted field) back to a pointer, through keys that hold dots. */
function fieldToPointer(value: unknown, field: string): Pointer {
  const parts = field.split(".");
  const pointer: Pointer = [];
  let here: unknown = value;
  for (let i = 0; i < parts.length; ) {
    let matched = false;
    for (let j = parts.length; j > i; j--) {
      const key = parts.slice(i, j).join(".");
      if (isObj(here) && key in here) {
        pointer.push(key);
        here = here[key];
        i = j;
        matched = true;
        break;
      }
      if (Array.isArray(here) && /^\d+$/.test(key) && Number(key) < here.length) {
        pointer.push(Number(key));
        here = here[Number(key)];
        i = j;
        matched = true;
        break;
      }
    }
    if (!matched) break;
  }
  return pointer;
}

function operationsOf(swagger: Obj, resolveParam: (p: unknown) => Obj | undefined): Operation[] {
  const list: Operation[] = [];
  for (const [p, item] of Object.entries(isObj(swagger.paths) ? (swagger.paths as Obj) : {})) {
    if (!isObj(item)) continue;
    const shared = Array.isArray(item.parameters) ? item.parameters : [];
    for (const method of METHODS) {
      const op = item[method];
      if (!isObj(op)) continue;
      const pointer: Pointer = ["paths", p, method];
      const parameters: Operation["parameters"] = [];
      const own = Array.isArray(op.parameters) ? op.parameters : [];
      const ownNames = new Set(own.map((x) => resolveParam(x)).filter(Boolean).map((x) => `${x!.in}:${x!.name}`));
      shared.forEach((x: unknown, i: number) => {
        const r = resolveParam(x);
        if (r && !ownNames.has(`${r.in}:${r.name}`)) parameters.push({ p: r, pointer: ["paths", p, "parameters", i] });
      });
      own.forEach((x: unknown, i: number) => {
        const r = resolveParam(x);
        if (r) parameters.push({ p: r, pointer: [...pointer, "parameters", i] });
      });
      list.push({ id: typeof op.operationId === "string" ? op.operationId : undefined, method, path: p, op, item, pointer, parameters });
    }
  }
  return list;
}

function makeContext(definition: JsonDoc, properties: JsonDoc | undefined, settings: JsonDoc | undefined, options: ValidateOptions): ConnectorContext {
  const swagger = (isObj(definition.value) ? definition.value : {}) as Obj;
  const refTarget = (ref: string): { schema: Obj; pointer: Pointer } | undefined => {
    if (!ref.startsWith("#/")) return undefined;
    const pointer = ref.slice(2).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
    let here: unknown = swagger;
    for (const s of pointer) here = isObj(here) ? here[s] : undefined;
    return isObj(here) ? { schema: here, pointer } : undefined;
  };
  const resolveAt = (schema: Obj | undefined, pointer: Pointer) => {
    let at: { schema: Obj; pointer: Pointer } | undefined = isObj(schema) ? { schema, pointer } : undefined;
    for (let steps = 0; at && typeof at.schema.$ref === "string" && steps < 16; steps++) at = refTarget(at.schema.$ref);
    return at;
  };
  const operations = operationsOf(swagger, (p) => resolveAt(p as Obj, [])?.schema);
  const props = isObj(properties?.value) && isObj((properties!.value as Obj).properties) ? ((properties!.value as Obj).properties as Obj) : {};
  return {
    definition,
    properties,
    settings,
    swagger,
    props,
    operations,
    byId: new Map(operations.filter((o) => o.id).map((o) => [o.id!, o])),
    transforms: options.transformKeys ? { keys: options.transformKeys } : undefined,
    certification: options.certification === true,
    structureOk: options.structureOk !== false,
    resolve: (schema) => resolveAt(schema, [])?.schema,
    resolveAt,
  };
}

function finding(rule: { id: string; code: number; severity: "error" | "warning" }, span: Span, message: string): Diagnostic {
  return make.connectorRule(span, rule, message);
}

function spanIn(doc: JsonDoc, at: At): Span {
  const pos = Array.isArray(at) ? doc.locate(at) : doc.positionAt(at.offset);
  return { file: doc.file, line: pos.line, column: pos.column, length: pos.length };
}

/** Runs the rule table's rules of one stage on a context. */
export function runRules(c: ConnectorContext, stage: "files" | "script", scriptFile = "build/script.csx"): Diagnostic[] {
  const found: Diagnostic[] = [];
  let scriptDoc: JsonDoc | undefined;
  for (const rule of RULES) {
    if (rule.certification && !c.certification) continue;
    if ((rule.stage === "script") !== (stage === "script")) continue;
    const report = (where: Where, at: At, message: string) => {
      let doc: JsonDoc | undefined;
      if (where === "script") {
        scriptDoc ??= scriptAsDoc(scriptFile, c.script ?? "");
        doc = scriptDoc;
      } else doc = where === "definition" ? c.definition : where === "properties" ? c.properties : c.settings;
      if (doc) found.push(finding(rule, spanIn(doc, at), message));
    };
    try {
      rule.check(c, report);
    } catch (error) {
      // Rules also run on a definition whose Swagger structure is wrong (that is reported on its
      // own), where a shape a rule relies on may be missing; on a sound one a crash is a csxc bug.
      if (c.structureOk) throw error;
    }
  }
  return found;
}

/** The script as a document, only for its positions. */
function scriptAsDoc(file: string, text: string): JsonDoc {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  const positionAt = (offset: number) => {
    let line = 0;
    while (line + 1 < starts.length && starts[line + 1] <= offset) line++;
    return { line: line + 1, column: offset - starts[line] + 1, length: 1 };
  };
  return { file, text, value: undefined, errors: [], locate: () => ({ line: 1, column: 1, length: 1 }), positionAt };
}

function readDoc(file: string, dir: string, out: Diagnostic[]): JsonDoc | undefined {
  const shown = path.relative(dir, file) || file;
  const doc = readJsonDoc(file, shown);
  if ("readError" in doc) {
    out.push(make.badSwagger(shown, "(file)", `cannot be read: ${doc.readError}`));
    return undefined;
  }
  for (const e of doc.errors) out.push(finding(FILE_RULES.invalidJson, { file: shown, ...e.position }, `not valid JSON: ${e.message}`));
  return doc.errors.length ? undefined : doc;
}

function schemaDiagnostics(kind: SchemaFile, doc: JsonDoc): Diagnostic[] {
  const rule = FILE_RULES.schema[kind];
  return schemaFindings(kind, doc.value).map((f) => {
    const pos = doc.locate(f.pointer);
    return finding({ ...rule, severity: f.severity }, { file: doc.file, ...pos }, `${f.pointer.length ? f.pointer.join(".") + ": " : ""}${f.message}`);
  });
}

/**
 * Moves a finding about `field` of a JSON file (swagger-parser's dotted path, as CSX4007 names it)
 * to that field's line and column; unchanged when the file cannot be read or parsed.
 */
export function atField(d: Diagnostic, file: string, field: string): Diagnostic {
  const doc = readJsonDoc(file, d.file);
  if ("readError" in doc || doc.errors.length || /^\(/.test(field)) return d;
  const pos = doc.locate(fieldToPointer(doc.value, field));
  return { ...d, line: pos.line, column: pos.column, length: pos.length };
}

/** Validates the connector's files; the context is returned for the script stage (`validateScript`). */
export async function validateConnector(files: ConnectorFiles, options: ValidateOptions = {}): Promise<Validation> {
  const diagnostics: Diagnostic[] = [];
  if (!exists(files.swagger)) {
    if (options.structureOk === undefined) diagnostics.push(make.badSwagger(path.relative(files.dir, files.swagger), "(file)", "the connector's swagger is missing"));
    return { diagnostics };
  }
  const definition = readDoc(files.swagger, files.dir, diagnostics);
  const properties = exists(files.properties) ? readDoc(files.properties, files.dir, diagnostics) : undefined;
  const settings = exists(files.settings) ? readDoc(files.settings, files.dir, diagnostics) : undefined;
  if (!definition) return { diagnostics };
  let structureOk = options.structureOk;
  if (structureOk === undefined) {
    const loaded = await loadSwagger(files.swagger);
    structureOk = loaded.ok;
    if (!loaded.ok) {
      for (const p of loaded.problems) {
        const pos = definition.locate(fieldToPointer(definition.value, p.field));
        diagnostics.push({ ...make.badSwagger(definition.file, p.field, p.problem), line: pos.line, column: pos.column, length: pos.length });
      }
    }
  }
  diagnostics.push(...schemaDiagnostics("definition", definition));
  if (properties) diagnostics.push(...schemaDiagnostics("properties", properties));
  if (settings) diagnostics.push(...schemaDiagnostics("settings", settings));
  if (!isObj(definition.value)) return { diagnostics };
  const context = makeContext(definition, properties, settings, { ...options, structureOk });
  diagnostics.push(...runRules(context, "files"));
  return { diagnostics, context };
}

/** The rules on the emitted script (namespaces, secrets), with the context of validateConnector. */
export function validateScript(context: ConnectorContext | undefined, script: string, scriptFile: string): Diagnostic[] {
  const c: ConnectorContext = context ? { ...context, script } : ({ script, certification: false } as ConnectorContext);
  return runRules(c, "script", scriptFile);
}

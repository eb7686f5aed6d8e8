// The official JSON Schemas of the three connector files, as Microsoft's connector repository ships
// them for editors (vendored in ./schemas with their provenance, SOURCES.md). They are JSONC and
// mix drafts: the definition's is draft-04, the others draft-07 with draft-04's `id`.
//
// They date from 2020 and miss keys the tools accept today (scriptOperations and
// connectionParameterSets in apiProperties, script in settings.json): an "additional property"
// finding about those is dropped, and any other one is a warning, since the schema may simply be
// behind. Every other violation is an error.

import type { default as Ajv, ErrorObject, Options, ValidateFunction } from "ajv";
import * as fs from "node:fs";
import * as path from "node:path";
import { parse } from "jsonc-parser";
import { packageRoot } from "../package-root";
import { loadPrecompiled, sourceKey } from "../precompiled";
import type { Pointer } from "./json-doc";

export type SchemaFile = "definition" | "properties" | "settings";

const FILES: Record<SchemaFile, string> = {
  definition: "apiDefinition.swagger.schema.json",
  properties: "paconn-apiProperties.schema.json",
  settings: "paconn-settings.schema.json",
};

/**
 * Where the schema is stricter than the platform, found in shipped connectors: a finding there is
 * a warning. (x-ms-api-annotation.revision 0 is used by live deprecated operations.)
 */
const STRICTER_THAN_PLATFORM: Array<{ keyword: string; under: string }> = [{ keyword: "minimum", under: "x-ms-api-annotation" }];

/** Keys the tools accept that the 2020 schemas do not know. */
const KNOWN_KEYS = new Set(["scriptOperations", "connectionParameterSets", "script", "$schema"]);

export function schemaDir(): string {
  return path.join(packageRoot(), "src", "validate", "schemas");
}

const texts = new Map<SchemaFile, string>();

function schemaText(file: SchemaFile): string {
  let text = texts.get(file);
  if (text === undefined) texts.set(file, (text = fs.readFileSync(path.join(schemaDir(), FILES[file]), "utf8")));
  return text;
}

const SCHEMA_FILES = Object.keys(FILES) as SchemaFile[];

/** What the precompiled validators (dist/validators.js) are keyed by: the schemas as vendored. */
export function schemaKey(): string {
  return sourceKey(SCHEMA_FILES.map(schemaText));
}

/** The one ajv setup, for the run-time compile and for the standalone code of the dist build alike. */
function compile(file: SchemaFile, source: boolean): { ajv: Ajv; validate: ValidateFunction } {
  // Loaded here, not at the top: a run that finds dist/validators.js never loads ajv at all.
  const ajvModule = require("ajv") as { default: new (o: Options) => Ajv };
  const AjvDraft04 = (require("ajv-draft-04") as { default: new (o: Options) => Ajv }).default;
  const addFormats = (require("ajv-formats") as { default: (ajv: Ajv) => void }).default;
  const schema = parse(schemaText(file), [], { allowTrailingComma: true }) as Record<string, unknown>;
  delete schema.id; // draft-04's id; ajv would otherwise register it as this schema's $id and refuse a second compile
  const options = { allErrors: true, strict: false, code: { source } };
  const ajv = file === "definition" ? new AjvDraft04(options) : new ajvModule.default(options);
  addFormats(ajv);
  return { ajv, validate: ajv.compile(schema) };
}

/**
 * The validators as standalone CommonJS modules (ajv's standalone code), which the dist build
 * bundles into dist/validators.js: compiling the schemas took a fifth of a `csxc check`.
 */
export function standaloneValidators(): Record<SchemaFile, string> {
  return Object.fromEntries(
    SCHEMA_FILES.map((file) => {
      const { ajv, validate } = compile(file, true);
      const standaloneCode = (require("ajv/dist/standalone") as { default: (ajv: Ajv, v: ValidateFunction) => string }).default;
      return [file, standaloneCode(ajv, validate)];
    }),
  ) as Record<SchemaFile, string>;
}

type Precompiled = { key: string } & Record<SchemaFile, ValidateFunction>;

const compiled = new Map<SchemaFile, ValidateFunction>();

function validator(file: SchemaFile): ValidateFunction {
  let v = compiled.get(file);
  if (v) return v;
  v = loadPrecompiled<Precompiled>("validators.js", schemaKey())?.[file] ?? compile(file, false).validate;
  compiled.set(file, v);
  return v;
}

export interface SchemaFinding {
  pointer: Pointer;
  message: string;
  severity: "error" | "warning";
}

function pointerOf(error: ErrorObject): Pointer {
  const parts = error.instancePath.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
  const extra = error.params as { additionalProperty?: string; missingProperty?: string };
  if (extra.additionalProperty !== undefined) parts.push(extra.additionalProperty);
  return parts;
}

function describe(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "additionalProperties":
      return `'${params.additionalProperty}' is not a property the official schema knows here`;
    case "required":
      return `'${params.missingProperty}' is required here`;
    case "enum":
      return `must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`;
    case "type":
      return `must be of type ${params.type}`;
    case "pattern":
      return `does not match the pattern ${params.pattern}`;
    default:
      return error.message ?? error.keyword;
  }
}

/** The value's violations of the file's official schema, one per path and message. */
export function schemaFindings(file: SchemaFile, value: unknown): SchemaFinding[] {
  const validate = validator(file);
  if (validate(value)) return [];
  const seen = new Set<string>();
  const findings: SchemaFinding[] = [];
  // An anyOf/oneOf failure is reported once per branch; the branches' own errors say more than the
  // summary, so the summary is kept only when nothing more precise was found at that path.
  const errors = validate.errors ?? [];
  const precise = new Set(errors.filter((e) => !["anyOf", "oneOf", "if", "not"].includes(e.keyword)).map((e) => e.instancePath));
  for (const error of errors) {
    if (["anyOf", "oneOf", "if", "not"].includes(error.keyword) && precise.has(error.instancePath)) continue;
    const pointer = pointerOf(error);
    let severity: "error" | "warning" = "error";
    if (error.keyword === "additionalProperties") {
      if (KNOWN_KEYS.has(String((error.params as { additionalProperty?: string }).additionalProperty))) continue;
      if (file !== "definition") severity = "warning";
    }
    if (STRICTER_THAN_PLATFORM.some((s) => s.keyword === error.keyword && pointer.includes(s.under))) severity = "warning";
    const message = describe(error);
    const key = `${pointer.join("/")}\0${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push({ pointer, message, severity });
    if (findings.length >= 25) break;
  }
  return findings;
}

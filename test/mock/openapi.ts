// Clockify's official OpenAPI document as validators for the mock's answers: the response schema of
// each (method, path) — `$ref`s resolved by ajv — after the corrections of spec-corrections.ts, and
// held strictly: every property a schema lists must be present, and no other may appear.

import * as fs from "node:fs";
import * as path from "node:path";
import Ajv, { type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import { CORRECTIONS, type JsonSchema } from "./spec-corrections";

/** The official document's paths and schemas, extracted by extract-official.mjs (prose left out). */
export const OFFICIAL = path.join(__dirname, "official-openapi.extract.json");

type Schemas = Record<string, JsonSchema>;

interface Operation {
  operationId: string;
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
  responses?: Record<string, { content?: Record<string, { schema?: JsonSchema }> }>;
}

interface Document {
  paths: Record<string, Record<string, Operation | unknown>>;
  components: { schemas: Schemas };
}

const REF = "#/components/schemas/";

function propertiesOf(schemas: Schemas, name: string): Record<string, JsonSchema> {
  const schema = schemas[name];
  if (schema === undefined) throw new Error(`correction names an unknown schema ${name}`);
  const props = schema.properties as Record<string, JsonSchema> | undefined;
  if (props === undefined) throw new Error(`correction: ${name} has no properties`);
  return props;
}

/** Applies the corrections; returns the names of properties they made optional, per schema. */
function correct(schemas: Schemas): Map<string, Set<string>> {
  const optional = new Map<string, Set<string>>();
  const markOptional = (schema: string, prop: string) => optional.set(schema, (optional.get(schema) ?? new Set()).add(prop));
  const nullableRefs = new Set<string>();
  for (const { at, fix } of CORRECTIONS) {
    const [name, prop] = at.split(".");
    if (prop === undefined) {
      if (fix.kind === "string-enum") {
        const oneOf = schemas[name].oneOf as JsonSchema[];
        schemas[name] = { ...oneOf[0] };
      } else if (fix.kind === "replace") schemas[name] = fix.schema;
      else if (fix.kind === "nullable-refs") nullableRefs.add(name);
      else throw new Error(`${at}: ${fix.kind} needs a property`);
      continue;
    }
    const props = propertiesOf(schemas, name);
    if (fix.kind !== "add" && props[prop] === undefined) throw new Error(`correction ${at}: no such property in the official document`);
    switch (fix.kind) {
      case "replace":
        props[prop] = fix.schema;
        break;
      case "nullable":
        props[prop] = { anyOf: [props[prop], { type: "null" }] };
        break;
      case "optional":
        markOptional(name, prop);
        break;
      case "add":
        props[prop] = fix.schema;
        if (!fix.required) markOptional(name, prop);
        break;
      case "rename":
        props[fix.to] = props[prop];
        delete props[prop];
        break;
      default:
        throw new Error(`${at}: ${fix.kind} applies to a schema, not a property`);
    }
  }
  // Wrap references to the nullable schemas everywhere (after the property fixes above).
  const wrap = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(wrap);
    if (typeof node !== "object" || node === null) return node;
    const obj = node as JsonSchema;
    if (typeof obj.$ref === "string" && nullableRefs.has(obj.$ref.slice(REF.length))) return { anyOf: [obj, { type: "null" }] };
    return Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, wrap(v)]));
  };
  for (const name of Object.keys(schemas)) schemas[name] = wrap(schemas[name]) as JsonSchema;
  return optional;
}

/** Every object schema with properties: all of them required (but the optional ones), none other allowed. */
function strict(node: unknown, optional: Set<string> | undefined): unknown {
  if (Array.isArray(node)) return node.map((n) => strict(n, undefined));
  if (typeof node !== "object" || node === null) return node;
  const obj = Object.fromEntries(Object.entries(node as JsonSchema).map(([k, v]) => [k, k === "properties" ? v : strict(v, undefined)])) as JsonSchema;
  if (obj.properties !== undefined && typeof obj.properties === "object") {
    const props = Object.fromEntries(Object.entries(obj.properties as JsonSchema).map(([k, v]) => [k, strict(v, undefined)]));
    obj.properties = props;
    obj.required = Object.keys(props).filter((p) => !optional?.has(p));
    obj.additionalProperties = false;
  }
  return obj;
}

export interface SpecResponse {
  /** The official operation id. */
  operationId: string;
  /** Undefined when the official response has no body. */
  validate: ValidateFunction | undefined;
}

export class OfficialSpec {
  readonly #ajv: Ajv;
  readonly #doc: Document;
  /** The document as published, for the request schemas. */
  readonly #raw: Document;
  readonly #validators = new Map<string, ValidateFunction>();

  constructor(file = OFFICIAL) {
    const text = fs.readFileSync(file, "utf8");
    this.#raw = JSON.parse(text) as Document;
    this.#doc = JSON.parse(text) as Document;
    const schemas = this.#doc.components.schemas;
    const optional = correct(schemas);
    for (const name of Object.keys(schemas)) schemas[name] = strict(schemas[name], optional.get(name)) as JsonSchema;
    this.#ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
    addFormats(this.#ajv);
    const int = (bits: number) => ({ type: "number" as const, validate: (n: number) => Number.isInteger(n) && Math.abs(n) < 2 ** (bits - 1) });
    this.#ajv.addFormat("int32", int(32));
    this.#ajv.addFormat("int64", int(64));
    this.#ajv.addFormat("double", { type: "number", validate: () => true });
    this.#ajv.addFormat("float", { type: "number", validate: () => true });
    this.#ajv.addFormat("binary", true);
    this.#ajv.addSchema({ $id: "clockify", components: { schemas } });
  }

  /** The official path template for a mock route (`/workspaces/{workspaceId}/...` → `/v1/workspaces/{workspaceId}/...`), matched by shape. */
  #pathOf(pattern: string): string {
    const shape = (p: string) => p.replace(/\{[^}]+\}/g, "{}");
    const wanted = shape(`/v1${pattern}`);
    const found = Object.keys(this.#doc.paths).find((p) => shape(p) === wanted);
    if (found === undefined) throw new Error(`the official document has no path like ${wanted}`);
    return found;
  }

  #operation(doc: Document, method: string, pattern: string): Operation {
    const path = this.#pathOf(pattern);
    const op = doc.paths[path][method.toLowerCase()] as Operation | undefined;
    if (op === undefined) throw new Error(`the official document has no ${method} ${path}`);
    return op;
  }

  /** The official JSON request schema of an operation, as published (one level of `$ref` resolved). */
  requestSchema(method: string, pattern: string): { properties: Record<string, JsonSchema>; required: string[] } | undefined {
    const content = this.#operation(this.#raw, method, pattern).requestBody?.content["application/json"];
    if (content === undefined) return undefined;
    const resolve = (s: JsonSchema): JsonSchema => (typeof s.$ref === "string" ? this.#raw.components.schemas[s.$ref.slice(REF.length)] : s);
    const schema = resolve(content.schema);
    const properties = Object.fromEntries(Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>).map(([k, v]) => [k, resolve(v)]));
    return { properties, required: (schema.required as string[] | undefined) ?? [] };
  }

  response(method: string, pattern: string, status: number): SpecResponse {
    const path = this.#pathOf(pattern);
    const op = this.#operation(this.#doc, method, pattern);
    const response = op.responses?.[String(status)];
    if (response === undefined) throw new Error(`the official ${method} ${path} (${op.operationId}) documents no ${status} answer`);
    const content = Object.values(response.content ?? {})[0];
    if (content?.schema === undefined) return { operationId: op.operationId, validate: undefined };
    const key = `${method} ${path} ${status}`;
    let validate = this.#validators.get(key);
    if (validate === undefined) {
      const schema = JSON.parse(JSON.stringify(content.schema).replaceAll(`"${REF}`, `"clockify${REF}`)) as JsonSchema;
      validate = this.#ajv.compile(schema);
      this.#validators.set(key, validate);
    }
    return { operationId: op.operationId, validate };
  }
}

/** ajv's errors, short: "/0/timeInterval/end must be string". */
export function describeErrors(validate: ValidateFunction): string {
  return (validate.errors ?? [])
    .slice(0, 8)
    .map((e) => `${e.instancePath || "/"} ${e.message}${e.params && "additionalProperty" in e.params ? ` (${String(e.params.additionalProperty)})` : ""}`)
    .join("; ");
}

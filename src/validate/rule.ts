// What a connector rule is and what it is given. Each rule group (definition-*.ts, properties.ts,
// certification.ts, project.ts) exports its rules as a table: a stable id (the official Power
// Platform validator's rule name where it is known, else csxc's own), a code in CSX5100-5399, a
// severity and a check. Errors stop the build; warnings are printed and the build goes on.

import type { JsonDoc, Pointer } from "./json-doc";

export type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export const METHODS = ["get", "put", "post", "delete", "patch", "head", "options"] as const;

export interface Operation {
  id: string | undefined;
  method: string;
  path: string;
  op: Obj;
  item: Obj;
  pointer: Pointer;
  /** The operation's own parameters after the path item's, with their pointers ($ref resolved). */
  parameters: Array<{ p: Obj; pointer: Pointer }>;
}

export interface Transforms {
  /** Keys of the transforms map ("*" included) with where each is written. */
  keys: string[];
}

export interface ConnectorContext {
  definition: JsonDoc;
  properties?: JsonDoc;
  settings?: JsonDoc;
  swagger: Obj;
  props: Obj;
  operations: Operation[];
  byId: Map<string, Operation>;
  transforms?: Transforms;
  /** The emitted script, when the build has one. */
  script?: string;
  certification: boolean;
  /** Whether the Swagger 2.0 structure is sound (rules also run when it is not, to say more). */
  structureOk: boolean;
  /** A schema with a local `$ref` followed (once per step, loops stop). */
  resolve(schema: Obj | undefined): Obj | undefined;
  /** The same, with the pointer of where the resolved schema is written. */
  resolveAt(schema: Obj | undefined, pointer: Pointer): { schema: Obj; pointer: Pointer } | undefined;
}

export type Where = "definition" | "properties" | "settings" | "script";

/** Where a finding is: a JSON path, or a character offset (in the script, or in a file's raw text). */
export type At = Pointer | { offset: number };

export type Report = (where: Where, at: At, message: string) => void;

export interface Rule {
  id: string;
  code: number;
  severity: "error" | "warning";
  /** Only with `--certification`. */
  certification?: boolean;
  /** "script": runs once the build has emitted script.csx (c.script is set); others run on the files. */
  stage?: "script";
  /** One line for docs/validation.md and `--json`. */
  summary: string;
  check(c: ConnectorContext, report: Report): void;
}

export const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

/** Every object node under `value`, with its pointer (definitions, parameters, schemas, ...). */
export function everyNode(value: unknown, pointer: Pointer, visit: (node: Obj, pointer: Pointer) => void): void {
  if (Array.isArray(value)) value.forEach((v, i) => everyNode(v, [...pointer, i], visit));
  else if (isObj(value)) {
    visit(value, pointer);
    for (const [k, v] of Object.entries(value)) everyNode(v, [...pointer, k], visit);
  }
}

/** The success responses (2xx) of an operation, by code. */
export function successCodes(op: Obj): string[] {
  return Object.keys(isObj(op.responses) ? op.responses : {}).filter((c) => /^2\d\d$/.test(c));
}

/** The schema of the first success response, resolved. */
export function successSchema(c: ConnectorContext, op: Obj): Obj | undefined {
  const code = successCodes(op)[0];
  return code ? c.resolve(op.responses[code]?.schema) : undefined;
}

/** Whether a webhook trigger: x-ms-trigger on an operation that is not a GET (a GET trigger polls). */
export const isWebhook = (o: Operation): boolean => Boolean(o.op["x-ms-trigger"]) && o.method !== "get";

// Small helpers that keep the connector definition readable: every property carries the
// `x-ms-summary` (a title) and `description` (a sentence) that Power Platform shows in the
// designer, and every path parameter carries the extensions the validator asks for.

/** A JSON value of the document. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
/** A schema, parameter or extension object of the document. */
export type Schema = { [key: string]: Json };

/** A JSON schema string property. */
export const string = (title: string, description: string, more: Schema = {}): Schema => ({ type: "string", "x-ms-summary": title, description, ...more });
export const dateTime = (title: string, description: string, more: Schema = {}): Schema => string(title, description, { format: "date-time", ...more });
export const integer = (title: string, description: string, more: Schema = {}): Schema => ({ type: "integer", format: "int32", "x-ms-summary": title, description, ...more });
export const int64 = (title: string, description: string, more: Schema = {}): Schema => ({ type: "integer", format: "int64", "x-ms-summary": title, description, ...more });
export const number = (title: string, description: string, more: Schema = {}): Schema => ({ type: "number", format: "double", "x-ms-summary": title, description, ...more });
export const boolean = (title: string, description: string, more: Schema = {}): Schema => ({ type: "boolean", "x-ms-summary": title, description, ...more });
export const array = (title: string, description: string, items: Schema, more: Schema = {}): Schema => ({ type: "array", "x-ms-summary": title, description, items, ...more });
export const strings = (title: string, description: string, more: Schema = {}): Schema => array(title, description, { type: "string" }, more);
export const object = (title: string, description: string, properties: Schema, more: Schema = {}): Schema => ({ type: "object", "x-ms-summary": title, description, properties, ...more });
/** A value whose JSON type varies (custom field values: text, number, list, boolean). */
export const any = (title: string, description: string, more: Schema = {}): Schema => ({ "x-ms-summary": title, description, ...more });
/** Clockify sends JSON null for this value in some states. Swagger 2.0 has no `nullable`. */
export const nullable = (schema: Schema): Schema => ({ ...schema, "x-nullable": true });
/** A reference. Nothing may stand beside `$ref` (AdditionalPropertyNotAllowedAdjacentToRef). */
export const ref = (name: string): Schema => ({ $ref: `#/definitions/${name}` });
/** An array of references. */
export const listOf = (name: string): Schema => ({ type: "array", items: ref(name) });

/** Where a drop-down's operation takes each of its parameters from. */
export type DynamicParameters = { [name: string]: { parameter: string } | { value: Json } };

/** `x-ms-dynamic-values`: a drop-down filled from another operation's answer. */
export function dynamicValues(
  operationId: string,
  parameters: DynamicParameters = {},
  { collection, valuePath = "id", valueTitle = "name" }: { collection?: string; valuePath?: string; valueTitle?: string } = {},
): Schema {
  const out: Schema = { operationId, parameters, "value-path": valuePath, "value-title": valueTitle };
  if (collection) out["value-collection"] = collection;
  return out;
}

export function pathParam(name: string, title: string, description: string, { dynamic, visibility = "important" }: { dynamic?: Schema; visibility?: string } = {}): Schema {
  const p: Schema = {
    name,
    in: "path",
    required: true,
    type: "string",
    "x-ms-summary": title,
    description,
    "x-ms-url-encoding": "single",
    "x-ms-visibility": visibility,
  };
  if (dynamic) p["x-ms-dynamic-values"] = dynamic;
  return p;
}

export function queryParam(name: string, type: string, title: string, description: string, more: Schema = {}): Schema {
  return { name, in: "query", required: false, type, "x-ms-summary": title, description, ...more };
}

export function formParam(name: string, type: string, title: string, description: string, more: Schema = {}): Schema {
  return { name, in: "formData", required: false, type, "x-ms-summary": title, description, ...more };
}

export function headerParam(name: string, type: string, title: string, description: string, more: Schema = {}): Schema {
  return { name, in: "header", required: false, type, "x-ms-summary": title, description, ...more };
}

export function bodyParam(schema: Schema, title: string, description: string): Schema {
  return { name: "body", in: "body", required: true, schema, "x-ms-summary": title, description };
}

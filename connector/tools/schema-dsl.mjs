// Small helpers that keep the connector definition readable: every property carries the
// `x-ms-summary` (a title) and `description` (a sentence) that Power Platform shows in the
// designer, and every path parameter carries the extensions the validator asks for.

/** A JSON schema string property. */
export const string = (title, description, more = {}) => ({ type: "string", "x-ms-summary": title, description, ...more });
export const dateTime = (title, description, more = {}) => string(title, description, { format: "date-time", ...more });
export const integer = (title, description, more = {}) => ({ type: "integer", format: "int32", "x-ms-summary": title, description, ...more });
export const int64 = (title, description, more = {}) => ({ type: "integer", format: "int64", "x-ms-summary": title, description, ...more });
export const number = (title, description, more = {}) => ({ type: "number", format: "double", "x-ms-summary": title, description, ...more });
export const boolean = (title, description, more = {}) => ({ type: "boolean", "x-ms-summary": title, description, ...more });
export const array = (title, description, items, more = {}) => ({ type: "array", "x-ms-summary": title, description, items, ...more });
export const strings = (title, description, more = {}) => array(title, description, { type: "string" }, more);
export const object = (title, description, properties, more = {}) => ({ type: "object", "x-ms-summary": title, description, properties, ...more });
/** A value whose JSON type varies (custom field values: text, number, list, boolean). */
export const any = (title, description, more = {}) => ({ "x-ms-summary": title, description, ...more });
/** Clockify sends JSON null for this value in some states. Swagger 2.0 has no `nullable`. */
export const nullable = (schema) => ({ ...schema, "x-nullable": true });
/** A reference. Nothing may stand beside `$ref` (AdditionalPropertyNotAllowedAdjacentToRef). */
export const ref = (name) => ({ $ref: `#/definitions/${name}` });

/** `x-ms-dynamic-values`: a drop-down filled from another operation's answer. */
export function dynamicValues(operationId, parameters = {}, { collection, valuePath = "id", valueTitle = "name" } = {}) {
  const out = { operationId, parameters, "value-path": valuePath, "value-title": valueTitle };
  if (collection) out["value-collection"] = collection;
  return out;
}

/** Maps every listed name to `{ parameter: name }` (same name in the caller and the callee). */
export const passing = (...names) => Object.fromEntries(names.map((n) => [n, { parameter: n }]));

export function pathParam(name, title, description, { dynamic, visibility = "important" } = {}) {
  const p = {
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

export function queryParam(name, type, title, description, more = {}) {
  return { name, in: "query", required: false, type, "x-ms-summary": title, description, ...more };
}

export function formParam(name, type, title, description, more = {}) {
  return { name, in: "formData", required: false, type, "x-ms-summary": title, description, ...more };
}

export function bodyParam(schema, title, description) {
  return { name: "body", in: "body", required: true, schema, "x-ms-summary": title, description };
}

// Request-body schemas: each parses an untyped JSON value into a typed one or throws the 400 that
// Clockify answers. Two failure families, as in Clockify's Spring back end (clockify.md 1.5):
// a value of the wrong JSON type cannot be deserialized (code 3000, "JSON parse error: …"), and a
// value of the right type that breaks a rule (missing, too long, not in the enum) fails bean
// validation (code 501). Unknown properties are ignored, as Jackson is configured to do there
// (sending `customFieldValues` instead of `customFields` is accepted and dropped, clockify.md 2.6).

import { errors } from "./errors";
import { parseInstant } from "./time";

export interface Schema<T> {
  /** The Java type named in deserialization errors. */
  readonly javaType: string;
  /** `value` is neither undefined nor null. */
  parse(value: unknown, path: string): T;
}

export type Infer<S> = S extends Schema<infer T> ? T : never;

function jsonKind(value: unknown): string {
  if (Array.isArray(value)) return "Array value (token `JsonToken.START_ARRAY`)";
  if (typeof value === "object") return "Object value (token `JsonToken.START_OBJECT`)";
  if (typeof value === "string") return `String "${value.length > 40 ? value.slice(0, 40) + "…" : value}"`;
  return `${typeof value === "number" ? "Number" : "Boolean"} value (${String(value)})`;
}

function typeError(schema: { javaType: string }, value: unknown, path: string) {
  return errors.unreadableBody(`Cannot deserialize value of type \`${schema.javaType}\` from ${jsonKind(value)} at [${path}]`);
}

export function str(rules: { min?: number; max?: number; pattern?: RegExp } = {}): Schema<string> {
  const schema: Schema<string> = {
    javaType: "java.lang.String",
    parse(value, path) {
      if (typeof value !== "string") throw typeError(schema, value, path);
      const { min, max, pattern } = rules;
      if ((min !== undefined && value.length < min) || (max !== undefined && value.length > max)) {
        throw errors.invalidField(path, `length must be between ${min ?? 0} and ${max ?? 2147483647}`);
      }
      if (pattern !== undefined && !pattern.test(value)) throw errors.invalidField(path, `must match "${pattern.source}"`);
      return value;
    },
  };
  return schema;
}

export function bool(): Schema<boolean> {
  const schema: Schema<boolean> = {
    javaType: "boolean",
    parse(value, path) {
      if (typeof value !== "boolean") throw typeError(schema, value, path);
      return value;
    },
  };
  return schema;
}

export function num(rules: { min?: number; max?: number; integer?: boolean } = {}): Schema<number> {
  const schema: Schema<number> = {
    javaType: rules.integer ? "int" : "double",
    parse(value, path) {
      if (typeof value !== "number" || !Number.isFinite(value) || (rules.integer && !Number.isInteger(value))) throw typeError(schema, value, path);
      if (rules.min !== undefined && value < rules.min) throw errors.invalidField(path, `must be greater than or equal to ${rules.min}`);
      if (rules.max !== undefined && value > rules.max) throw errors.invalidField(path, `must be less than or equal to ${rules.max}`);
      return value;
    },
  };
  return schema;
}

export const int = (rules: { min?: number; max?: number } = {}) => num({ ...rules, integer: true });

export function oneOf<const V extends string>(values: readonly V[]): Schema<V> {
  const schema: Schema<V> = {
    javaType: "java.lang.Enum",
    parse(value, path) {
      if (typeof value !== "string") throw typeError(schema, value, path);
      if (!(values as readonly string[]).includes(value)) {
        throw errors.invalidField(path, `Value must be from the following set: [${values.join(", ")}]`);
      }
      return value as V;
    },
  };
  return schema;
}

/** A date-time with Z or an offset, as epoch ms. */
export function instant(): Schema<number> {
  const schema: Schema<number> = {
    javaType: "java.time.Instant",
    parse(value, path) {
      const ms = typeof value === "string" ? parseInstant(value) : undefined;
      if (ms === undefined) throw typeError(schema, value, path);
      return ms;
    },
  };
  return schema;
}

export function arrayOf<T>(item: Schema<T>, rules: { max?: number } = {}): Schema<T[]> {
  const schema: Schema<T[]> = {
    javaType: "java.util.ArrayList",
    parse(value, path) {
      if (!Array.isArray(value)) throw typeError(schema, value, path);
      if (rules.max !== undefined && value.length > rules.max) throw errors.invalidField(path, `size must be between 0 and ${rules.max}`);
      return value.map((v, i) => {
        if (v === null || v === undefined) throw errors.invalidField(`${path}[${i}]`, "must not be null");
        return item.parse(v, `${path}[${i}]`);
      });
    },
  };
  return schema;
}

/** Any JSON value (custom-field values: text, number, boolean or list). */
export function anyJson(): Schema<unknown> {
  return { javaType: "java.lang.Object", parse: (value) => value };
}

type Fields = { readonly [name: string]: Schema<unknown> };
type ObjectOf<F extends Fields, R extends keyof F> = { [K in R]: Infer<F[K]> } & { [K in Exclude<keyof F, R>]?: Infer<F[K]> };

/**
 * An object whose listed fields are parsed; `required` fields may not be missing or null. Optional
 * fields that are missing or null come back as undefined (Jackson leaves them null).
 */
export function obj<F extends Fields, const R extends keyof F & string = never>(
  javaType: string,
  fields: F,
  required: readonly R[] = [],
): Schema<ObjectOf<F, R>> {
  const schema: Schema<ObjectOf<F, R>> = {
    javaType,
    parse(value, path) {
      if (typeof value !== "object" || value === null || Array.isArray(value)) throw typeError(schema, value, path);
      const input = value as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      for (const name of Object.keys(fields)) {
        const fieldPath = path === "" ? name : `${path}.${name}`;
        const raw = input[name];
        if (raw === undefined || raw === null) {
          if ((required as readonly string[]).includes(name)) throw errors.invalidField(fieldPath, "must not be null");
          continue;
        }
        out[name] = fields[name].parse(raw, fieldPath);
      }
      return out as ObjectOf<F, R>;
    },
  };
  return schema;
}

/** Parses a whole request body (the root path is empty). */
export function parseBody<T>(schema: Schema<T>, value: unknown): T {
  if (value === undefined || value === null) throw errors.missingBody();
  return schema.parse(value, "");
}

// Shapes shared by several areas.

export const ID = str({ min: 1, max: 100 });
export const COLOR = str({ pattern: /^#[0-9a-fA-F]{6}$/ });
export const RATE_REQUEST = obj("RateRequestV1", { amount: int({ min: 0 }), since: instant() }, ["amount"]);
export const CUSTOM_FIELD_VALUES = arrayOf(
  obj("UpdateCustomFieldRequest", { customFieldId: ID, sourceType: oneOf(["WORKSPACE", "PROJECT", "TIMEENTRY"]), value: anyJson() }, ["customFieldId"]),
);

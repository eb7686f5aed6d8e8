// Query parameters converted as Spring converts @RequestParam values: a value that does not convert
// is a 400 with code 3000 and Spring's wording (clockify.md 1.5: "Method parameter 'is-active':
// Failed to convert … Invalid boolean value [X]"). Absent parameters are undefined.

import { errors } from "./errors";

// Spring's StringToBooleanConverter accepts these, case-insensitively.
const TRUE = new Set(["true", "on", "yes", "1"]);
const FALSE = new Set(["false", "off", "no", "0"]);

export class Query {
  constructor(readonly params: URLSearchParams) {}

  has(name: string): boolean {
    return this.params.has(name);
  }

  /** The first value; an empty value counts as absent, as Spring treats it for optional params. */
  str(name: string): string | undefined {
    const value = this.params.get(name);
    return value === null || value === "" ? undefined : value;
  }

  bool(name: string): boolean | undefined {
    const value = this.str(name);
    if (value === undefined) return undefined;
    const lower = value.toLowerCase();
    if (TRUE.has(lower)) return true;
    if (FALSE.has(lower)) return false;
    throw errors.badQueryParam(name, "java.lang.Boolean", `Invalid boolean value [${value}]`);
  }

  int(name: string): number | undefined {
    const value = this.str(name);
    if (value === undefined) return undefined;
    if (!/^[+-]?\d{1,10}$/.test(value) || Math.abs(Number(value)) > 2147483647) {
      throw errors.badQueryParam(name, "int", `For input string: "${value}"`);
    }
    return Number(value);
  }

  oneOf<const V extends string>(name: string, values: readonly V[], javaType: string): V | undefined {
    const value = this.str(name);
    if (value === undefined) return undefined;
    if (!(values as readonly string[]).includes(value)) {
      throw errors.badQueryParam(name, javaType, `No enum constant ${javaType}.${value}`);
    }
    return value as V;
  }

  /** Repeated and comma-separated values (`tags=a&tags=b` or `tags=a,b`), as Spring binds a list. */
  list(name: string): string[] {
    return this.params
      .getAll(name)
      .flatMap((v) => v.split(","))
      .map((v) => v.trim())
      .filter((v) => v !== "");
  }
}

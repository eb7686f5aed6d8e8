// Reads and validates the connector's swagger (OpenAPI 2.0, as paconn and pac require) and answers
// what the rest of csxc asks of it: the operationIds and the header names that carry secrets.

import SwaggerParser from "@apidevtools/swagger-parser";
import { describeJson, readJsonFile } from "./json-file";
import { secretNamesOf } from "./secrets";

export interface SwaggerInfo {
  document: Record<string, unknown>;
  operationIds: string[];
  /** Header names of apiKey security definitions (e.g. X-Api-Key): always redacted. */
  secretHeaders: string[];
  /** Query parameter names of apiKey security definitions (`in: query`): always redacted. */
  secretQuery: string[];
}

export type SwaggerLoad = { ok: true; info: SwaggerInfo } | { ok: false; problems: Array<{ field: string; problem: string }> };

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch"];

/** A schema error as swagger-parser reports it: ajv's (instancePath) or z-schema's (path). */
interface SchemaProblem {
  instancePath?: string;
  path?: string[];
  message: string;
}

/** `/paths/~1workspaces/get` → `paths./workspaces.get`: the field as a reader finds it in the file. */
function fieldOf(problem: SchemaProblem): string {
  const segments = problem.instancePath !== undefined
    ? problem.instancePath.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
    : problem.path ?? [];
  return segments.join(".") || "(document)";
}

/** One line per field and message: a oneOf failure repeats itself for every branch. */
function uniqueProblems(details: SchemaProblem[]): Array<{ field: string; problem: string }> {
  const seen = new Set<string>();
  const problems: Array<{ field: string; problem: string }> = [];
  for (const d of details) {
    const problem = { field: fieldOf(d), problem: d.message };
    const key = `${problem.field}\0${problem.problem}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems;
}

/** `$ref`s that leave the document (a local file, a URL): `build` must not read or fetch them. */
function externalRefs(document: unknown): Array<{ field: string; ref: string }> {
  const found: Array<{ field: string; ref: string }> = [];
  const stack: Array<[unknown, string]> = [[document, ""]];
  while (stack.length) {
    const [value, at] = stack.pop()!;
    if (typeof value !== "object" || value === null) continue;
    for (const [key, child] of Object.entries(value)) {
      const field = at ? `${at}.${key}` : key;
      if (key === "$ref" && typeof child === "string" && !child.startsWith("#")) found.push({ field, ref: child });
      else stack.push([child, field]);
    }
  }
  return found.sort((a, b) => a.field.localeCompare(b.field));
}

/** The parser resolves only `#/...` pointers: reading files and fetching URLs are both turned off. */
const PARSER_OPTIONS = { resolve: { external: false, file: false, http: false } } as const;

export async function loadSwagger(file: string): Promise<SwaggerLoad> {
  const read = readJsonFile(file);
  if (!read.ok) return { ok: false, problems: [{ field: "(file)", problem: read.problem }] };
  if (typeof read.value !== "object" || read.value === null || Array.isArray(read.value)) {
    return { ok: false, problems: [{ field: "(document)", problem: `must be a JSON object (an OpenAPI 2.0 definition), found ${describeJson(read.value)}` }] };
  }
  const document = read.value as Record<string, unknown>;
  if (document.swagger !== "2.0") {
    return { ok: false, problems: [{ field: "swagger", problem: `must be "2.0" (custom connectors use OpenAPI 2.0), found ${JSON.stringify(document.swagger)}` }] };
  }
  const outside = externalRefs(document);
  if (outside.length) {
    return {
      ok: false,
      problems: outside.map((r) => ({
        field: r.field,
        problem: `${JSON.stringify(r.ref)} points outside the definition; the platform gets one file, so put the schema under definitions and write "#/definitions/Name"`,
      })),
    };
  }
  try {
    await SwaggerParser.validate(structuredClone(document) as never, PARSER_OPTIONS as never);
  } catch (error) {
    const details = (error as { details?: SchemaProblem[] }).details;
    if (details?.length) return { ok: false, problems: uniqueProblems(details) };
    return { ok: false, problems: [{ field: "(document)", problem: String((error as Error).message).split("\n")[0] }] };
  }
  const operationIds: string[] = [];
  const paths = (document.paths ?? {}) as Record<string, Record<string, { operationId?: string }>>;
  for (const [p, item] of Object.entries(paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      if (!op.operationId) return { ok: false, problems: [{ field: `paths.${p}.${method}.operationId`, problem: "every operation needs an operationId (transforms are keyed by it)" }] };
      operationIds.push(op.operationId);
    }
  }
  const secrets = secretNamesOf(document);
  return { ok: true, info: { document, operationIds, secretHeaders: secrets.headers, secretQuery: secrets.query } };
}

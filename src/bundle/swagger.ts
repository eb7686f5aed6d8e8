// Reads and validates the connector's swagger (OpenAPI 2.0, as paconn and pac require) and answers
// what the rest of csxc asks of it: the operationIds and the header names that carry secrets.

import SwaggerParser from "@apidevtools/swagger-parser";
import * as fs from "node:fs";

export interface SwaggerInfo {
  document: Record<string, unknown>;
  operationIds: string[];
  /** Header names of apiKey security definitions (e.g. X-Api-Key): always redacted. */
  secretHeaders: string[];
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

export async function loadSwagger(file: string): Promise<SwaggerLoad> {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    return { ok: false, problems: [{ field: "(file)", problem: `cannot read it: ${(error as Error).message}` }] };
  }
  let document: Record<string, unknown>;
  try {
    document = JSON.parse(text) as Record<string, unknown>;
  } catch (error) {
    return { ok: false, problems: [{ field: "(file)", problem: `not valid JSON: ${(error as Error).message}` }] };
  }
  if (document.swagger !== "2.0") {
    return { ok: false, problems: [{ field: "swagger", problem: `must be "2.0" (custom connectors use OpenAPI 2.0), found ${JSON.stringify(document.swagger)}` }] };
  }
  try {
    await SwaggerParser.validate(structuredClone(document) as never);
  } catch (error) {
    const details = (error as { details?: SchemaProblem[] }).details;
    if (details?.length) return { ok: false, problems: uniqueProblems(details) };
    return { ok: false, problems: [{ field: "(document)", problem: (error as Error).message }] };
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
  const secretHeaders = Object.values((document.securityDefinitions ?? {}) as Record<string, { type?: string; in?: string; name?: string }>)
    .filter((d) => d.type === "apiKey" && d.in === "header" && typeof d.name === "string")
    .map((d) => d.name!);
  return { ok: true, info: { document, operationIds, secretHeaders } };
}

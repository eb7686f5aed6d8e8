// The route table: (host, method, path pattern) → handler. A path no route matches is Spring's 404
// "No static resource …" with code 3000; a path that matches only under other methods is a 405 with
// an `Allow` header (clockify.md 1.5). Among the routes that match, the most specific wins (a literal
// segment beats a `{param}`), as Spring picks handler mappings: GET /expenses/categories lists
// categories, while DELETE /expenses/categories reaches "delete expense" with id "categories".

import type { RequestContext, Reply } from "./context";

/** Which Clockify host a route lives on: core (`/api/v1`) or reports (`/v1` on reports.api.clockify.me). */
export type Api = "core" | "reports";

export interface RouteOptions {
  /** "json": a JSON body is required; "optional-json": may be empty; "multipart": multipart/form-data. */
  body?: "json" | "optional-json" | "multipart";
  /** "optional": answers without credentials too (the handler decides, e.g. public shared reports). */
  auth?: "required" | "optional";
}

export type Handler = (ctx: RequestContext) => Reply;

export interface Route {
  readonly api: Api;
  readonly method: string;
  readonly pattern: string;
  readonly handle: Handler;
  readonly options: RouteOptions;
  readonly segments: readonly string[];
}

function makeRoute(api: Api, method: string, pattern: string, handle: Handler, options: RouteOptions = {}): Route {
  return { api, method, pattern, handle, options, segments: pattern.split("/").slice(1) };
}

export const core = (method: string, pattern: string, handle: Handler, options?: RouteOptions) => makeRoute("core", method, pattern, handle, options);
export const reports = (method: string, pattern: string, handle: Handler, options?: RouteOptions) => makeRoute("reports", method, pattern, handle, options);

const isParam = (segment: string) => segment.startsWith("{") && segment.endsWith("}");

function matchSegments(route: Route, parts: readonly string[]): Record<string, string> | undefined {
  if (route.segments.length !== parts.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < parts.length; i++) {
    const segment = route.segments[i];
    if (isParam(segment)) {
      if (parts[i] === "") return undefined;
      params[segment.slice(1, -1)] = parts[i];
    } else if (segment !== parts[i]) {
      return undefined;
    }
  }
  return params;
}

/** Negative when `a` is more specific: the first segment where one is literal and the other a param decides. */
function specificity(a: Route, b: Route): number {
  for (let i = 0; i < a.segments.length; i++) {
    const pa = isParam(a.segments[i]);
    const pb = isParam(b.segments[i]);
    if (pa !== pb) return pa ? 1 : -1;
  }
  return 0;
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export type Match = { kind: "found"; route: Route; params: Record<string, string> } | { kind: "method"; allow: string[] } | { kind: "none" };

export class Router {
  readonly routes: readonly Route[];

  constructor(routes: readonly Route[]) {
    const seen = new Set<string>();
    for (const r of routes) {
      const key = `${r.api} ${r.method} ${r.pattern}`;
      if (seen.has(key)) throw new Error(`route defined twice: ${key}`);
      seen.add(key);
    }
    this.routes = routes;
  }

  match(api: Api, method: string, path: string): Match {
    const parts = path.split("/").slice(1).map(decodeSegment);
    const candidates: Array<{ route: Route; params: Record<string, string> }> = [];
    for (const route of this.routes) {
      if (route.api !== api) continue;
      const params = matchSegments(route, parts);
      if (params !== undefined) candidates.push({ route, params });
    }
    if (candidates.length === 0) return { kind: "none" };
    const forMethod = candidates.filter((c) => c.route.method === method).sort((a, b) => specificity(a.route, b.route));
    if (forMethod.length > 0) return { kind: "found", ...forMethod[0] };
    return { kind: "method", allow: [...new Set(candidates.map((c) => c.route.method))].sort() };
  }
}

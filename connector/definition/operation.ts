// One operation of the definition, as the area files write it; document.ts places it in `paths`.

import type { Schema } from "./dsl";

export type Method = "get" | "post" | "put" | "patch" | "delete";

export interface OperationSpec {
  method: Method;
  /** The path under basePath /api: /v1/... for Clockify's v1 API. */
  path: string;
  id: string;
  summary: string;
  description: string;
  visibility?: "important" | "advanced" | "internal";
  parameters?: Schema[];
  /** [status, description, schema]: no schema means no body (204, or 200 with an empty body). */
  response: [string, string, Schema?];
  consumes?: string[];
  deprecated?: boolean;
  /** More keys of the operation object (x-ms-trigger, x-ms-pageable, ...). */
  extra?: Schema;
  /** Keys of the path item beside the method (x-ms-notification-content). */
  pathExtra?: Schema;
}

/** An operation of an area. */
export function op(method: Method, path: string, spec: Omit<OperationSpec, "method" | "path">): OperationSpec {
  return { method, path, ...spec };
}

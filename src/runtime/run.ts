// Executes one operation through a transforms map in node: the same routing and error policy that
// the generated ExecuteAsync implements in C#.

import type { Ctx, Json, Log, Req, Res, Transform, Transforms } from "./api";
import { HttpError } from "./api";
import { JSON_TYPE } from "./body";
import { NodeReq, NodeRes, CONTENT_HEADERS } from "./message";
import { textBody, type Upstream, type WireRequest, type WireResponse } from "./wire";

export interface LogEntry {
  level: "info" | "warn" | "error";
  message: string;
}

export interface RunContext {
  correlationId: string;
  originalUrl: string;
  notificationBase: string;
}

export interface RunInput {
  operationId: string;
  request: WireRequest;
  upstream: Upstream;
  context?: Partial<RunContext>;
}

export interface RunResult {
  response: WireResponse;
  /** Every request the code sent, as sent. */
  sent: WireRequest[];
  logs: LogEntry[];
}

export const DEFAULT_CORRELATION_ID = "00000000-0000-0000-0000-000000000000";
export const DEFAULT_NOTIFICATION_BASE = "https://notifications.invalid";

/** The platform sometimes passes the operationId base64-encoded; accept both spellings. */
export function resolveOperationId(raw: string, transforms: Transforms): string {
  if (Object.prototype.hasOwnProperty.call(transforms, raw)) return raw;
  if (/^[A-Za-z0-9+/]+={0,2}$/.test(raw) && raw.length % 4 === 0) {
    const decoded = Buffer.from(raw, "base64").toString("utf8");
    if (Object.prototype.hasOwnProperty.call(transforms, decoded)) return decoded;
  }
  return raw;
}

function pickTransform(transforms: Transforms, operationId: string): Transform | undefined {
  if (Object.prototype.hasOwnProperty.call(transforms, operationId)) return transforms[operationId];
  if (Object.prototype.hasOwnProperty.call(transforms, "*")) return transforms["*"];
  return undefined;
}

export function jsonResponse(status: number, body: Json): NodeRes {
  return new NodeRes({ status, headers: [["Content-Type", JSON_TYPE]], body: textBody(JSON.stringify(body)) });
}

function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

export async function runOperation(transforms: Transforms, input: RunInput): Promise<RunResult> {
  const sent: WireRequest[] = [];
  const logs: LogEntry[] = [];
  const incoming = new NodeReq(input.request);
  const operationId = resolveOperationId(input.operationId, transforms);
  const settings: RunContext = {
    correlationId: input.context?.correlationId ?? DEFAULT_CORRELATION_ID,
    originalUrl: input.context?.originalUrl ?? input.request.url,
    notificationBase: input.context?.notificationBase ?? DEFAULT_NOTIFICATION_BASE,
  };
  const log: Log = {
    info: (message) => logs.push({ level: "info", message: String(message) }),
    warn: (message) => logs.push({ level: "warn", message: String(message) }),
    error: (message) => logs.push({ level: "error", message: String(message) }),
  };
  const ctx: Ctx = {
    operationId,
    correlationId: settings.correlationId,
    originalUrl: settings.originalUrl,
    log,
    async send(req: Req): Promise<Res> {
      const wire = (req as NodeReq).toWire();
      sent.push(wire);
      return new NodeRes(await input.upstream(wire));
    },
    newRequest(method: string, url: string): Req {
      const headers = incoming.headers.list.filter(([name]) => !CONTENT_HEADERS.has(name.toLowerCase()));
      const req = new NodeReq({ method: "GET", url, headers, body: null });
      req.method = method;
      return req;
    },
    respond(status: number, body?: unknown): Res {
      const res = new NodeRes({ status: 200, headers: [], body: null });
      res.status = status;
      if (body !== undefined) res.setJson(body);
      return res;
    },
    notificationUrl(pathAndQuery: string): string {
      const base = settings.notificationBase.replace(/\/+$/, "");
      return new URL(base + (pathAndQuery.startsWith("/") ? pathAndQuery : "/" + pathAndQuery)).href;
    },
  };

  let response: Res;
  try {
    const transform = pickTransform(transforms, operationId);
    if (transform?.handle) {
      response = await transform.handle(incoming, ctx);
    } else {
      if (transform?.request) await transform.request(incoming, ctx);
      response = await ctx.send(incoming);
      if (transform?.response) await transform.response(response, ctx);
    }
  } catch (error) {
    if (error instanceof HttpError) {
      response = jsonResponse(error.status, { message: error.message });
    } else {
      const message = errorMessage(error);
      log.error(`${operationId}: ${message}`);
      response = jsonResponse(500, { message, operationId });
    }
  }
  return { response: (response as NodeRes).toWire(), sent, logs };
}

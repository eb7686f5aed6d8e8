// The node side of the runtime parity tests: each operation of support/driver/Driver.cs, run on the
// node runtime (src/runtime), answered in the same shape: {"v": value} or {"e": message}.

import { base64, hmacSha256Base64, hmacSha256Hex, isoDuration, searchParams, sha256Base64, sha256Hex } from "../../../src/runtime/helpers";
import { HeaderBag, NodeReq, NodeRes } from "../../../src/runtime/message";
import { jsonResponse, resolveOperationId, runOperation } from "../../../src/runtime/run";
import { normalizeHeaders } from "../../../src/verify/case";
import type { Json, Req, Res, Transforms } from "../../../src/runtime/api";
import type { HeaderList, WireRequest, WireResponse } from "../../../src/runtime/wire";
import type { DriverResult } from "./dotnet-driver";

export type Op = { op: string } & Record<string, unknown>;
type Step = unknown[];

export function bitsOf(x: number): string {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  return view.getBigUint64(0).toString(16).padStart(16, "0");
}

export function fromBits(bits: string): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt("0x" + bits));
  return view.getFloat64(0);
}

/** The JS value of a test value (see Value in Driver.cs). */
export function valueOf(spec: unknown): unknown {
  if (Array.isArray(spec)) return spec.map(valueOf);
  if (spec !== null && typeof spec === "object") {
    const tagged = spec as Record<string, unknown>;
    if (tagged.$ === "num") return fromBits(tagged.bits as string);
    if (tagged.$ === "int") return Number(tagged.v);
    if (tagged.$ === "undef") return undefined;
    return Object.fromEntries(Object.entries(tagged).map(([k, v]) => [k, valueOf(v)]));
  }
  return spec;
}

/** A parsed value with numbers as bits and keys in JS order (see Dump in Driver.cs). */
export function dump(value: unknown): unknown {
  if (value === undefined) return "$undefined";
  if (typeof value === "number") return { num: bitsOf(value) };
  if (Array.isArray(value)) return value.map(dump);
  if (value !== null && typeof value === "object") return { obj: Object.keys(value).map((k) => [k, dump((value as Record<string, unknown>)[k])]) };
  return value;
}

/** JSON.parse, V8's own: the C# runtime throws V8's SyntaxError messages too. */
function parse(text: string): unknown {
  return JSON.parse(text);
}

async function attempt(run: () => unknown): Promise<DriverResult> {
  try {
    const v = await run();
    return { v: v === undefined ? null : v };
  } catch (e) {
    return { e: e instanceof Error ? e.message : String(e) };
  }
}

function b64(bytes: Uint8Array | null): string | null {
  return bytes === null || bytes.length === 0 ? null : Buffer.from(bytes).toString("base64");
}

/** The wire form of a request as the C# driver describes the HttpRequestMessage it gets. */
function describeRequest(wire: WireRequest): object {
  return { method: wire.method, url: wire.url, headers: normalizeHeaders(wire.headers), body: b64(wire.body) };
}

function describeResponse(wire: WireResponse): object {
  return { status: wire.status, headers: normalizeHeaders(wire.headers), body: b64(wire.body) };
}

function wireHeaders(op: Op): HeaderList {
  return ((op.headers as [string, string][] | undefined) ?? []).map(([n, v]) => [n, v]);
}

function wireBody(op: Op): Uint8Array | null {
  return typeof op.bodyBase64 === "string" ? new Uint8Array(Buffer.from(op.bodyBase64, "base64")) : null;
}

async function reqStep(req: NodeReq, step: Step): Promise<unknown> {
  const [kind, a, b] = step as [string, string, string];
  switch (kind) {
    case "method": return req.method;
    case "setMethod": req.method = a; return null;
    case "url": return req.url;
    case "setUrl": req.url = a; return null;
    case "path": return req.path;
    case "setPath": req.path = a; return req.url;
    case "get": return req.query.get(a);
    case "getAll": return req.query.getAll(a);
    case "has": return req.query.has(a);
    case "set": req.query.set(a, b); return req.url;
    case "append": req.query.append(a, b); return req.url;
    case "delete": req.query.delete(a); return req.url;
    case "setForm": req.setForm(a as unknown as Record<string, string>); return null;
    case "setMultipart": req.setMultipart(a as unknown as Record<string, string>); return null;
    default: return messageStep(req, step);
  }
}

async function resStep(res: NodeRes, step: Step): Promise<unknown> {
  switch (step[0]) {
    case "status": return bitsOf(res.status);
    case "setStatus": res.status = fromBits(step[1] as string); return null;
    case "ok": return res.ok;
    default: return messageStep(res, step);
  }
}

async function messageStep(message: Req | Res, step: Step): Promise<unknown> {
  switch (step[0]) {
    case "text": return message.text();
    case "json": return dump(await message.json());
    case "setText": message.setText(step[1] as string, (step[2] as string | null) ?? undefined); return null;
    case "setJson": message.setJson(valueOf(step[1])); return null;
    default: return headerStep(message.headers as HeaderBag, step);
  }
}

function headerStep(headers: HeaderBag, step: Step): unknown {
  const [kind, a, b] = step as [string, string, string];
  switch (kind) {
    case "header.get": return headers.get(a);
    case "header.has": return headers.has(a);
    case "header.set": headers.set(a, b); return null;
    case "header.delete": headers.delete(a); return null;
    case "header.entries": return headers.list.map(([n, v]) => [n, v]);
    default: throw new Error(`unknown step ${kind}`);
  }
}

async function steps<T>(target: T, list: Step[], run: (target: T, step: Step) => Promise<unknown> | unknown): Promise<DriverResult[]> {
  const out: DriverResult[] = [];
  for (const step of list) out.push(await attempt(() => run(target, step)));
  return out;
}

/** The ctx steps of Driver.cs, run by runOperation as a `handle` transform. */
async function ctxOp(op: Op): Promise<unknown> {
  const results: DriverResult[] = [];
  const answer = op.answer as Op;
  const transforms: Transforms = {
    Op: {
      async handle(incoming, ctx) {
        for (const step of op.steps as Step[]) {
          results.push(
            await attempt(async () => {
              switch (step[0]) {
                case "ids": return [ctx.operationId, ctx.correlationId, ctx.originalUrl];
                case "newRequest": {
                  const made = ctx.newRequest(step[1] as string, step[2] as string) as NodeReq;
                  for (const change of step.slice(3) as Step[]) await reqStep(made, change);
                  return describeRequest(made.toWire());
                }
                case "respond": {
                  const res = step.length > 2 ? ctx.respond(fromBits(step[1] as string), valueOf(step[2]) as Json) : ctx.respond(fromBits(step[1] as string));
                  return describeResponse((res as NodeRes).toWire());
                }
                case "incoming": return reqStep(incoming as NodeReq, step[1] as Step);
                case "send": {
                  const res = await ctx.send(incoming);
                  return [bitsOf(res.status), await res.text(), res.headers.get("content-type")];
                }
                case "notificationUrl": return ctx.notificationUrl(step[1] as string);
                case "info": ctx.log.info(step[1] as string); return null;
                case "warn": ctx.log.warn(step[1] as string); return null;
                case "error": ctx.log.error(step[1] as string); return null;
                default: throw new Error(`unknown ctx step ${String(step[0])}`);
              }
            }),
          );
        }
        return ctx.respond(204);
      },
    },
  };
  const run = await runOperation(transforms, {
    operationId: "Op",
    request: { method: op.method as string, url: op.url as string, headers: wireHeaders(op), body: wireBody(op) },
    upstream: () => ({ status: answer.status as number, headers: wireHeaders(answer), body: wireBody(answer) }),
    context: { correlationId: op.correlationId as string },
  });
  const level = { info: "Information", warn: "Warning", error: "Error" };
  return [results, run.sent.map(describeRequest), run.logs.map((l) => `${level[l.level]}: ${l.message}`)];
}

export async function runNode(op: Op): Promise<DriverResult> {
  return attempt(async () => {
    switch (op.op) {
      case "num": return String(fromBits(op.bits as string));
      case "decimal":
      case "nearest": return bitsOf(Number(op.text));
      case "stringify": {
        const value = valueOf(op.value);
        const result = op.indent === undefined ? JSON.stringify(value) : JSON.stringify(value, null, valueOf(op.indent) as number | string);
        return result ?? null;
      }
      case "parse": return dump(parse(op.text as string));
      case "parse-depth": {
        let depth = 0;
        for (let value = parse(op.text as string); value !== null && typeof value === "object" && Object.keys(value).length > 0; value = Object.values(value)[0]) depth++;
        return depth;
      }
      case "stringify-parsed": return JSON.stringify(parse(op.text as string));
      case "dateParse": return bitsOf(Date.parse(op.text as string));
      case "query":
      case "req": {
        const req = new NodeReq({ method: (op.method as string) ?? "GET", url: op.url as string, headers: wireHeaders(op), body: wireBody(op) });
        const results = await steps(req, op.steps as Step[], reqStep);
        return [results, op.op === "query" ? req.url : describeRequest(req.toWire())];
      }
      case "res": {
        const res = new NodeRes({ status: op.status as number, headers: wireHeaders(op), body: wireBody(op) });
        const results = await steps(res, op.steps as Step[], resStep);
        return [results, describeResponse(res.toWire())];
      }
      case "json": return describeResponse(jsonResponse(fromBits(op.status as string), valueOf(op.body) as Json).toWire());
      case "headers": {
        const headers = new HeaderBag((op.pairs as HeaderList).map(([n, v]) => [n, v]));
        const results = await steps(headers, op.steps as Step[], headerStep);
        return [results, headers.list];
      }
      case "ctx": return ctxOp(op);
      case "toSeconds": return bitsOf(isoDuration.toSeconds(op.text as string));
      case "fromSeconds": return isoDuration.fromSeconds(fromBits(op.bits as string));
      case "searchParams": {
        const p = searchParams(op.init as string | Record<string, string>);
        if (op.append) p.append(...(op.append as [string, string]));
        return [p.entries(), p.toString()];
      }
      case "b64enc": return base64.encode(op.text as string);
      case "b64dec": return base64.decode(op.text as string);
      case "hmacHex": return hmacSha256Hex(op.key as string, op.message as string, op.enc as "utf8" | "base64");
      case "hmacB64": return hmacSha256Base64(op.key as string, op.message as string, op.enc as "utf8" | "base64");
      case "shaHex": return sha256Hex(op.message as string);
      case "shaB64": return sha256Base64(op.message as string);
      case "utf8dec": return Buffer.from(op.base64 as string, "base64").toString("utf8");
      case "utf8enc": return Buffer.from(op.text as string, "utf8").toString("base64");
      case "route": return resolveOperationId(op.raw as string, Object.fromEntries((op.known as string[]).map((k) => [k, {}])));
      default: throw new Error(`unknown op ${op.op}`);
    }
  });
}

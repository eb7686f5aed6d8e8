// The authoring API of design.md, as types. These names are a public contract.

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface Headers {
  /** Case-insensitive; repeated values are joined with ", "; null when absent. */
  get(name: string): string | null;
  set(name: string, value: string): void;
  delete(name: string): void;
  has(name: string): boolean;
}

export interface Query {
  /** Decodes %XX and "+"; null when absent. */
  get(name: string): string | null;
  getAll(name: string): string[];
  /** Encodes as encodeURIComponent does (upper-case hex); replaces every existing value. */
  set(name: string, value: string): void;
  append(name: string, value: string): void;
  delete(name: string): void;
  has(name: string): boolean;
}

/** A file part of a multipart body. */
export interface FilePart {
  filename: string;
  contentType: string;
  base64: string;
}

export interface Req {
  method: string;
  /** Absolute; setting it stores it as given. */
  url: string;
  path: string;
  readonly query: Query;
  readonly headers: Headers;
  text(): Promise<string>;
  json<T = Json>(): Promise<T>;
  setText(body: string, contentType?: string): void;
  setJson(value: unknown): void;
  setForm(fields: { [name: string]: string }): void;
  setMultipart(parts: { [name: string]: string | FilePart }): void;
}

export interface Res {
  status: number;
  readonly ok: boolean;
  readonly headers: Headers;
  text(): Promise<string>;
  json<T = Json>(): Promise<T>;
  setText(body: string, contentType?: string): void;
  setJson(value: unknown): void;
}

export interface Log {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface Ctx {
  readonly operationId: string;
  readonly correlationId: string;
  /** The platform's OriginalRequestUri. */
  readonly originalUrl: string;
  send(req: Req): Promise<Res>;
  /** A request carrying a copy of the incoming request's headers as they are now, content headers excepted. */
  newRequest(method: string, url: string): Req;
  /** A response made here, without a backend call. */
  respond(status: number, body?: Json): Res;
  notificationUrl(pathAndQuery: string): string;
  readonly log: Log;
}

type Awaitable<T> = T | Promise<T>;

export interface Transform {
  request?(req: Req, ctx: Ctx): Awaitable<void>;
  response?(res: Res, ctx: Ctx): Awaitable<void>;
  handle?(req: Req, ctx: Ctx): Promise<Res> | Res;
}

/** Keys are swagger operationIds; "*" is the fallback for every operation without its own entry. */
export type Transforms = { [operationId: string]: Transform };

type Exclusive<T> = T extends { handle: unknown } ? T & { request?: never; response?: never } : T;

/** Identity at run time; its type keeps `handle` apart from `request`/`response`. */
export function defineTransforms<T extends { [operationId: string]: Transform }>(
  transforms: { [K in keyof T]: Exclusive<T[K]> },
): Transforms {
  return transforms as Transforms;
}

/** Thrown by a transform, becomes that status with the JSON body {"message": ...}. */
export class HttpError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.name = "HttpError";
    this.status = status;
  }
}

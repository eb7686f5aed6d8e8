// The authoring API of design.md, as types. These names are a public contract.

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface Headers {
  /** Case-insensitive; repeated values are joined with ", "; null when absent. */
  get(name: string): string | null;
  set(name: string, value: string): void;
  delete(name: string): void;
  has(name: string): boolean;
  /**
   * The headers as [name, value] pairs, one per name: those received in the order .NET lists them
   * (a message's own headers before its content headers; names as .NET spells them, `Content-Type`
   * for `content-type`, others as first written; repeated values joined as get() joins them), then
   * those set since, in the order set. A copy: deleting while looping over it is safe.
   */
  entries(): Array<[string, string]>;
  /** The names of entries(). */
  keys(): string[];
  forEach(callback: (value: string, name: string) => void): void;
  /** `for (const [name, value] of req.headers)` loops over entries(). */
  [Symbol.iterator](): Iterator<[string, string]>;
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

/**
 * A query string, parsed and built as WHATWG's URLSearchParams does (node's own): made with
 * `searchParams(init)` from "csxc". Parsing splits on "&", reads "+" as a space and decodes %XX as
 * UTF-8 (a bad sequence as U+FFFD); toString() writes "+" for a space and escapes everything but
 * A-Z a-z 0-9 * - . _ with upper-case hex.
 */
export interface SearchParams {
  get(name: string): string | null;
  getAll(name: string): string[];
  has(name: string): boolean;
  /** Replaces the first value of `name` and drops the others; appends when there is none. */
  set(name: string, value: string): void;
  append(name: string, value: string): void;
  delete(name: string): void;
  /** Sorts by name (UTF-16 order), keeping the order of values of one name. */
  sort(): void;
  /** [name, value] pairs in order; a copy. */
  entries(): Array<[string, string]>;
  keys(): string[];
  toString(): string;
}

/** A file part of a multipart body. */
export interface FilePart {
  filename: string;
  contentType: string;
  base64: string;
}

/** The parts of a multipart body: by name (an array for a name that repeats), or as a list in order. */
export type MultipartParts =
  | { [name: string]: string | FilePart | Array<string | FilePart> }
  | Array<{ name: string; value: string | FilePart }>;

export interface Req {
  method: string;
  /** Absolute; setting it stores it as given. */
  url: string;
  path: string;
  readonly query: Query;
  readonly headers: Headers;
  text(): Promise<string>;
  json<T = Json>(): Promise<T>;
  /** The body's bytes as base64 (padded, no line breaks); "" when there is none. */
  base64(): Promise<string>;
  setText(body: string, contentType?: string): void;
  setJson(value: unknown): void;
  /** Bytes given as strict base64 (padding required, no white space) become the body. */
  setBase64(data: string, contentType: string): void;
  /** application/x-www-form-urlencoded, encoded as .NET's FormUrlEncodedContent encodes it. */
  setForm(fields: { [name: string]: string }): void;
  setMultipart(parts: MultipartParts): void;
}

export interface Res {
  status: number;
  readonly ok: boolean;
  readonly headers: Headers;
  text(): Promise<string>;
  json<T = Json>(): Promise<T>;
  /** The body's bytes as base64 (padded, no line breaks); "" when there is none. */
  base64(): Promise<string>;
  setText(body: string, contentType?: string): void;
  setJson(value: unknown): void;
  /** Bytes given as strict base64 (padding required, no white space) become the body. */
  setBase64(data: string, contentType: string): void;
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
  /** `body` is any JSON value: interfaces and type aliases of JSON shapes are welcome, as in `setJson`. */
  respond(status: number, body?: unknown): Res;
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

// Req and Res for the node runtime: thin objects over in-memory HTTP messages.

import type { FilePart, Headers, Json, Query, Req, Res } from "./api";
import { encodeForm, encodeMultipart, JSON_TYPE, TEXT_TYPE, type EncodedBody } from "./body";
import { dotnetUri } from "./dotnet-uri";
import { builtinError } from "./errors";
import { queryAppend, queryDelete, queryGetAll, querySet, splitUrl, joinUrl } from "./url";
import { bodyText, headerGet, textBody, type HeaderList, type WireRequest, type WireResponse } from "./wire";

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** Headers that .NET keeps on HttpContent rather than on the message. */
export const CONTENT_HEADERS = new Set([
  "allow", "content-disposition", "content-encoding", "content-language", "content-length",
  "content-location", "content-md5", "content-range", "content-type", "expires", "last-modified",
]);

export class HeaderBag implements Headers {
  constructor(readonly list: HeaderList) {}

  get(name: string): string | null {
    return headerGet(this.list, name);
  }

  set(name: string, value: string): void {
    if (!TOKEN.test(name) || /[\r\n]/.test(value)) throw builtinError("badHeader");
    this.delete(name);
    this.list.push([name, value]);
  }

  delete(name: string): void {
    const wanted = name.toLowerCase();
    for (let i = this.list.length - 1; i >= 0; i--) {
      if (this.list[i][0].toLowerCase() === wanted) this.list.splice(i, 1);
    }
  }

  has(name: string): boolean {
    return this.get(name) !== null;
  }
}

/** Body and headers, common to requests and responses. */
abstract class Message {
  readonly headers: HeaderBag;
  body: Uint8Array | null;

  constructor(headers: HeaderList, body: Uint8Array | null) {
    this.headers = new HeaderBag(headers.map(([n, v]) => [n, v] as [string, string]));
    this.body = body;
  }

  async text(): Promise<string> {
    return bodyText(this.body);
  }

  async json<T = Json>(): Promise<T> {
    try {
      return JSON.parse(bodyText(this.body)) as T;
    } catch {
      throw builtinError("bodyNotJson");
    }
  }

  protected setBody(encoded: EncodedBody): void {
    this.body = encoded.bytes;
    this.headers.set("Content-Type", encoded.contentType);
  }

  setText(body: string, contentType?: string): void {
    this.setBody({ bytes: textBody(body), contentType: contentType ?? TEXT_TYPE });
  }

  setJson(value: unknown): void {
    this.setBody({ bytes: textBody(JSON.stringify(value) ?? "null"), contentType: JSON_TYPE });
  }
}

export class NodeReq extends Message implements Req {
  private methodValue: string;
  url: string;
  readonly query: Query;

  constructor(wire: WireRequest) {
    super(wire.headers, wire.body);
    this.methodValue = wire.method.toUpperCase();
    this.url = wire.url;
    this.query = this.makeQuery();
  }

  get method(): string {
    return this.methodValue;
  }

  set method(value: string) {
    if (!TOKEN.test(value)) throw builtinError("badMethod");
    this.methodValue = value.toUpperCase();
  }

  get path(): string {
    return splitUrl(this.url).path;
  }

  set path(value: string) {
    const parts = splitUrl(this.url);
    this.url = joinUrl({ ...parts, path: value.startsWith("/") ? value : "/" + value });
  }

  setForm(fields: { [name: string]: string }): void {
    this.setBody(encodeForm(fields));
  }

  setMultipart(parts: { [name: string]: string | FilePart }): void {
    this.setBody(encodeMultipart(parts));
  }

  /**
   * The request as the platform sends it: .NET makes a System.Uri of the URL at that moment, which
   * rejects what is not an absolute http(s) URL and rewrites the rest (dotnet-uri.ts).
   */
  toWire(): WireRequest {
    const url = dotnetUri(this.url);
    if (url === undefined) throw builtinError("badUrl");
    return { method: this.methodValue, url, headers: [...this.headers.list], body: this.body };
  }

  private makeQuery(): Query {
    const edit = (change: (segments: string[] | null) => string[] | null) => {
      const parts = splitUrl(this.url);
      this.url = joinUrl({ ...parts, query: change(parts.query) });
    };
    const all = (name: string) => queryGetAll(splitUrl(this.url).query, name);
    return {
      get: (name) => all(name)[0] ?? null,
      getAll: (name) => all(name),
      has: (name) => all(name).length > 0,
      set: (name, value) => edit((q) => querySet(q, name, value)),
      append: (name, value) => edit((q) => queryAppend(q, name, value)),
      delete: (name) => edit((q) => queryDelete(q, name)),
    };
  }
}

export class NodeRes extends Message implements Res {
  private statusValue: number;

  constructor(wire: WireResponse) {
    super(wire.headers, wire.body);
    this.statusValue = wire.status;
  }

  get status(): number {
    return this.statusValue;
  }

  set status(value: number) {
    if (!Number.isInteger(value) || value < 100 || value > 599) throw builtinError("badStatus");
    this.statusValue = value;
  }

  get ok(): boolean {
    return this.statusValue >= 200 && this.statusValue <= 299;
  }

  toWire(): WireResponse {
    return { status: this.statusValue, headers: [...this.headers.list], body: this.body };
  }
}

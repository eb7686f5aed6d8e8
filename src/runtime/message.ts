// Req and Res for the node runtime: thin objects over in-memory HTTP messages.

import type { Headers, Json, MultipartParts, Query, Req, Res } from "./api";
import { decodeBase64Strict, encodeForm, encodeMultipart, JSON_TYPE, TEXT_TYPE, type EncodedBody } from "./body";
import { CONTENT_HEADERS, dotnetHeaders, type HeaderSide } from "./dotnet-headers";
import { dotnetUri } from "./dotnet-uri";
import { builtinError } from "./errors";
import { queryAppend, queryDelete, queryGetAll, querySet, splitUrl, joinUrl } from "./url";
import { bodyText, headerGet, textBody, type HeaderList, type WireRequest, type WireResponse } from "./wire";

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

export { CONTENT_HEADERS };

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

  /** The pairs held, a copy: one per name as received (dotnet-headers.ts), then those set since, in order. */
  entries(): Array<[string, string]> {
    return this.list.map(([name, value]) => [name, value]);
  }

  keys(): string[] {
    return this.entries().map(([name]) => name);
  }

  forEach(callback: (value: string, name: string) => void): void {
    for (const [name, value] of this.entries()) callback(value, name);
  }

  [Symbol.iterator](): Iterator<[string, string]> {
    return this.entries()[Symbol.iterator]();
  }
}

/** Body and headers, common to requests and responses. */
abstract class Message {
  readonly headers: HeaderBag;
  body: Uint8Array | null;

  /**
   * The headers as the C# runtime reads them from a .NET message (dotnet-headers.ts): grouped by
   * name, values parsed by .NET's rules. Applying them again changes nothing, so a message made
   * from another one's headers (ctx.newRequest) reads the same.
   */
  constructor(headers: HeaderList, body: Uint8Array | null, protected readonly side: HeaderSide) {
    this.headers = new HeaderBag(dotnetHeaders(headers, side));
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

  /** The headers as the .NET side puts them on the wire: what the harness reads back from the message. */
  protected wireHeaders(): HeaderList {
    return dotnetHeaders(this.headers.list, this.side);
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

  async base64(): Promise<string> {
    return this.body === null ? "" : Buffer.from(this.body).toString("base64");
  }

  setBase64(data: string, contentType: string): void {
    let bytes: Uint8Array;
    try {
      bytes = decodeBase64Strict(data);
    } catch {
      throw builtinError("badBase64Body");
    }
    this.setBody({ bytes, contentType });
  }
}

export class NodeReq extends Message implements Req {
  private methodValue: string;
  url: string;
  readonly query: Query;

  constructor(wire: WireRequest) {
    super(wire.headers, wire.body, "request");
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

  setMultipart(parts: MultipartParts): void {
    this.setBody(encodeMultipart(parts));
  }

  /**
   * The request as the platform sends it: .NET makes a System.Uri of the URL at that moment, which
   * rejects what is not an absolute http(s) URL and rewrites the rest (dotnet-uri.ts).
   */
  toWire(): WireRequest {
    const url = dotnetUri(this.url);
    if (url === undefined) throw builtinError("badUrl");
    return { method: this.methodValue, url, headers: this.wireHeaders(), body: this.body };
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
    super(wire.headers, wire.body, "response");
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
    return { status: this.statusValue, headers: this.wireHeaders(), body: this.body };
  }
}

// The HTTP messages that cross the boundary between a transform and the backend. Both the node
// runtime and the C# harness speak in these terms, so a case recorded by one replays on the other.

/** Header pairs in the order they were set; a name may repeat. */
export type HeaderList = Array<[name: string, value: string]>;

export interface WireRequest {
  method: string;
  /** Absolute URL. */
  url: string;
  headers: HeaderList;
  /** Raw bytes of the body, or null when there is none. */
  body: Uint8Array | null;
}

export interface WireResponse {
  status: number;
  headers: HeaderList;
  body: Uint8Array | null;
}

/** What `ctx.send` talks to: an in-process backend (the Clockify mock, a recorded case) or a real URL. */
export type Upstream = (request: WireRequest) => Promise<WireResponse> | WireResponse;

export function headerValues(headers: HeaderList, name: string): string[] {
  const wanted = name.toLowerCase();
  return headers.filter(([n]) => n.toLowerCase() === wanted).map(([, v]) => v);
}

/** Joins repeated values with ", " as fetch's Headers.get does; null when absent. */
export function headerGet(headers: HeaderList, name: string): string | null {
  const values = headerValues(headers, name);
  return values.length === 0 ? null : values.join(", ");
}

export function bodyText(body: Uint8Array | null): string {
  return body === null ? "" : Buffer.from(body).toString("utf8");
}

export function textBody(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, "utf8"));
}

// Body encodings shared by Req and Res. Every encoding is spelled out byte for byte so that the C#
// runtime (src/runtime/cs/Body.cs) sends exactly the same bytes.

import type { FilePart, MultipartParts } from "./api";
import { builtinError } from "./errors";
import { textBody } from "./wire";

export const TEXT_TYPE = "text/plain; charset=utf-8";
export const JSON_TYPE = "application/json; charset=utf-8";
export const FORM_TYPE = "application/x-www-form-urlencoded";
/** Deterministic, so node and C# send the same bytes. */
export const MULTIPART_BOUNDARY = "csxc-7f3c9a1e5b2d4860";

export interface EncodedBody {
  bytes: Uint8Array;
  contentType: string;
}

/**
 * application/x-www-form-urlencoded as .NET's FormUrlEncodedContent writes it (Uri.EscapeDataString,
 * then %20 as "+"): only A-Z a-z 0-9 - . _ ~ stay as they are, so !'()* are escaped too, unlike
 * encodeURIComponent. The same on .NET Framework 4.5+ and .NET Core; a lone surrogate throws.
 */
export function encodeForm(fields: { [name: string]: string }): EncodedBody {
  const encode = (s: string) =>
    encodeURIComponent(s)
      .replace(/[!'()*]/g, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase())
      .replace(/%20/g, "+");
  const text = Object.keys(fields)
    .map((name) => encode(name) + "=" + encode(fields[name]))
    .join("&");
  return { bytes: textBody(text), contentType: FORM_TYPE };
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Strict base64 (padding required, no whitespace), as .NET's Convert.FromBase64String accepts it. */
export function decodeBase64Strict(text: string): Uint8Array {
  if (!BASE64.test(text)) throw builtinError("badBase64");
  return new Uint8Array(Buffer.from(text, "base64"));
}

/** The parts in the order they are written: a record's keys in order, an array value part by part. */
function partList(parts: MultipartParts): Array<[string, string | FilePart]> {
  if (Array.isArray(parts)) return parts.map((p) => [p.name, p.value]);
  return Object.keys(parts).flatMap((name) => {
    const value = parts[name];
    return Array.isArray(value) ? value.map((v): [string, string | FilePart] => [name, v]) : [[name, value]];
  });
}

export function encodeMultipart(parts: MultipartParts): EncodedBody {
  const chunks: Buffer[] = [];
  const quote = (s: string) => s.replace(/\\/g, "\\\\").replace(/"/g, '\\"');
  for (const [name, part] of partList(parts)) {
    let head = `--${MULTIPART_BOUNDARY}\r\nContent-Disposition: form-data; name="${quote(name)}"`;
    let content: Buffer;
    if (typeof part === "string") {
      head += "\r\n\r\n";
      content = Buffer.from(part, "utf8");
    } else {
      head += `; filename="${quote(part.filename)}"\r\nContent-Type: ${part.contentType}\r\n\r\n`;
      content = Buffer.from(decodeBase64Strict(part.base64));
    }
    chunks.push(Buffer.from(head, "utf8"), content, Buffer.from("\r\n", "utf8"));
  }
  chunks.push(Buffer.from(`--${MULTIPART_BOUNDARY}--\r\n`, "utf8"));
  return {
    bytes: new Uint8Array(Buffer.concat(chunks)),
    contentType: `multipart/form-data; boundary=${MULTIPART_BOUNDARY}`,
  };
}

// multipart/form-data bodies (expenses are created and updated with them, clockify.md 2.7). Parsing
// is delegated to the platform's own parser (undici's Response.formData, built into Node ≥ 18), which
// handles boundaries, quoting and encodings; this file only adapts its answer.

import { errors } from "./errors";

export interface FilePart {
  readonly filename: string;
  readonly contentType: string;
  readonly bytes: Uint8Array;
}

export interface FormFields {
  /** The first text value of a field; undefined when absent (a file part is not text). */
  text(name: string): string | undefined;
  /** Every text value of a field (`changeFields` repeats). */
  texts(name: string): string[];
  file(name: string): FilePart | undefined;
}

export function isMultipart(contentType: string | null): boolean {
  return contentType !== null && /^multipart\/form-data\s*;/i.test(contentType);
}

export async function parseMultipart(body: Uint8Array, contentType: string): Promise<FormFields> {
  let data: FormData;
  try {
    data = await new Response(body, { headers: { "content-type": contentType } }).formData();
  } catch {
    // Spring's MultipartException surfaces as a generic 400 in Clockify's shape.
    throw errors.rejected("Failed to parse multipart servlet request");
  }
  const texts = new Map<string, string[]>();
  const files = new Map<string, FilePart>();
  for (const [name, value] of data.entries()) {
    if (typeof value === "string") {
      texts.set(name, [...(texts.get(name) ?? []), value]);
    } else if (!files.has(name)) {
      files.set(name, { filename: value.name, contentType: value.type || "application/octet-stream", bytes: new Uint8Array(await value.arrayBuffer()) });
    }
  }
  return {
    text: (name) => texts.get(name)?.[0],
    texts: (name) => texts.get(name) ?? [],
    file: (name) => files.get(name),
  };
}

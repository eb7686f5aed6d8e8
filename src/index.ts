// The module `csxc` that transforms import.
export { defineTransforms, HttpError } from "./runtime/api";
export type { Ctx, FilePart, Headers, Json, Log, MultipartParts, Query, Req, Res, SearchParams, Transform, Transforms } from "./runtime/api";
export { base64, hmacSha256Base64, hmacSha256Hex, isoDuration, searchParams, sha256Base64, sha256Hex } from "./runtime/helpers";
export type { KeyEncoding, TextEncoding } from "./runtime/helpers";
export { xml } from "./runtime/xml";

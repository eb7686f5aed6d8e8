// The module `csxc` that transforms import.
export { defineTransforms, HttpError } from "./runtime/api";
export type { Ctx, FilePart, Headers, Json, Log, Query, Req, Res, Transform, Transforms } from "./runtime/api";
export { base64, hmacSha256Base64, hmacSha256Hex, isoDuration, sha256Base64, sha256Hex } from "./runtime/helpers";
export type { KeyEncoding } from "./runtime/helpers";

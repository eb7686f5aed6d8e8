// Work the dist build does once so that no run repeats it (scripts/build-dist.mjs calls
// src/precompile.ts): each artifact in dist/ carries the hash of the sources it was computed from,
// and is used only while those sources hash the same. A run from src/ (the tests), a dist/ built
// before a runtime .cs or schema changed, or a missing file all fall back to computing it.

import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { packageRoot } from "./package-root";

/** The key of an artifact: a hash of every text it is computed from, in order. */
export function sourceKey(texts: readonly string[]): string {
  const hash = createHash("sha256");
  for (const text of texts) hash.update(String(text.length)).update("\0").update(text);
  return hash.digest("hex");
}

export function precompiledPath(name: string): string {
  return path.join(packageRoot(), "dist", name);
}

/** dist/<name> (a CommonJS module exporting `key`), when its key is `key`; undefined otherwise. */
export function loadPrecompiled<T extends { key: string }>(name: string, key: string): T | undefined {
  const file = precompiledPath(name);
  if (!fs.existsSync(file)) return undefined;
  try {
    // A computed path: esbuild leaves this require to node rather than bundling the artifact.
    const loaded = require(file) as T;
    return loaded.key === key ? loaded : undefined;
  } catch {
    return undefined;
  }
}

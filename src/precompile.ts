// What scripts/build-dist.mjs computes once and stores in dist/, each keyed by its sources
// (src/precompiled.ts reads them back, and ignores one whose sources changed since).

import { reservedNamesArtifact } from "./emit/naming";
import { schemaKey, standaloneValidators } from "./validate/schemas";

export function precompile(): { validators: { key: string; modules: Record<string, string> }; reservedNames: { key: string; names: string[] } } {
  return { validators: { key: schemaKey(), modules: standaloneValidators() }, reservedNames: reservedNamesArtifact() };
}

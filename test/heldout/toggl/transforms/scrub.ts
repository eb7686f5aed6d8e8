import type { Json } from "csxc";
import { defaultFor } from "./defaults";

/**
 * A copy of `value` with every null replaced by the default for its key (see defaults.ts), or
 * removed. Items of an array take the rule of one item of the array's key: `tag_ids: [null]` is
 * `[0]`; nulls at the top level are filled as text.
 */
export function scrub(value: Json, key: string): Json | undefined {
  if (value === null) return defaultFor(key);
  if (Array.isArray(value)) {
    const items: Json[] = [];
    for (const item of value) {
      const cleaned = scrub(item, itemKey(key));
      if (cleaned !== undefined) items.push(cleaned);
    }
    return items;
  }
  if (typeof value === "object") {
    const out: { [key: string]: Json } = {};
    for (const [name, field] of Object.entries(value)) {
      const cleaned = scrub(field, name);
      if (cleaned !== undefined) out[name] = cleaned;
    }
    return out;
  }
  return value;
}

/** The key one item of the array under `key` is read as: `tag_ids` → `tag_id`, `tags` → `tag`. */
function itemKey(key: string): string {
  if (key.endsWith("_ids")) return key.slice(0, -1);
  if (key.endsWith("s") && !key.endsWith("ss")) return key.slice(0, -1);
  return key;
}

/** How many nulls `value` holds, for the log. */
export function countNulls(value: Json): number {
  if (value === null) return 1;
  if (Array.isArray(value)) return value.reduce((n: number, item) => n + countNulls(item), 0);
  if (typeof value === "object") return Object.values(value).reduce((n: number, field) => n + countNulls(field), 0);
  return 0;
}

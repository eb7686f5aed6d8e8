// Paging as the core host does it (clockify.md 1.4): `page` (1-based, default 1) and `page-size`
// (default 50; at most 5000, Clockify support quoted in OscarValerock/Clockify-PowerBI#2), a bare
// array in the body and `Last-Page: true|false` on the lists that send it. A page past the end is
// `200 []` with `Last-Page: true`. Limits come from the official spec's `minimum`/`maximum`.

import { errors } from "./errors";
import type { Query } from "./query";

export interface Paging {
  page: number;
  pageSize: number;
}

export interface PagingRules {
  /** The page-size parameter's name: `page-size` on core lists, `pageSize` on shared reports. */
  sizeParam?: string;
  defaultSize?: number;
  maxSize?: number;
}

export const MAX_PAGE_SIZE = 5000;

export function readPaging(query: Query, rules: PagingRules = {}): Paging {
  const sizeParam = rules.sizeParam ?? "page-size";
  const page = query.int("page") ?? 1;
  const pageSize = query.int(sizeParam) ?? rules.defaultSize ?? 50;
  const maxSize = rules.maxSize ?? MAX_PAGE_SIZE;
  if (page < 1) throw errors.invalidField("page", "must be greater than or equal to 1");
  if (pageSize < 1) throw errors.invalidField(sizeParam, "must be greater than or equal to 1");
  if (pageSize > maxSize) throw errors.invalidField(sizeParam, `must be less than or equal to ${maxSize}`);
  return { page, pageSize };
}

export function pageOf<T>(items: readonly T[], paging: Paging): { items: T[]; lastPage: boolean } {
  const start = (paging.page - 1) * paging.pageSize;
  return { items: items.slice(start, start + paging.pageSize), lastPage: start + paging.pageSize >= items.length };
}

export type SortOrder = "ASCENDING" | "DESCENDING";
export const SORT_ORDERS = ["ASCENDING", "DESCENDING"] as const;

/** Sorts by a key (strings compare case-insensitively), ties broken by id so pages are stable. */
export function sortBy<T extends { readonly id: string }>(items: readonly T[], key: (item: T) => string | number, order: SortOrder = "ASCENDING"): T[] {
  const sign = order === "DESCENDING" ? -1 : 1;
  const norm = (v: string | number) => (typeof v === "string" ? v.toLowerCase() : v);
  return [...items].sort((a, b) => {
    const ka = norm(key(a));
    const kb = norm(key(b));
    if (ka < kb) return -sign;
    if (ka > kb) return sign;
    return a.id < b.id ? -sign : a.id > b.id ? sign : 0;
  });
}

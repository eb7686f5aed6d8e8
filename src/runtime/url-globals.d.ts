// The global URL and URLSearchParams classes as csxc compiles them (docs/language.md, "URL and
// URLSearchParams"): node's own classes, trimmed to what the C# runtime (WhatwgUrl.cs,
// SearchParams.cs) implements. Transforms are type-checked with ES2022's lib alone, which has
// neither, so the emitter adds this file to their program; csxc's own tsconfig excludes it, since
// @types/node declares the full classes there.

declare class URLSearchParams {
  /** From text (a leading "?" is skipped), a record of names and values, [name, value] pairs, or a copy. */
  constructor(init?: string);
  constructor(init: { [name: string]: string } | Array<[string, string]>);
  constructor(init: URLSearchParams);
  readonly size: number;
  get(name: string): string | null;
  getAll(name: string): string[];
  has(name: string): boolean;
  /** Replaces the first value of `name` and drops the others; appends when there is none. */
  set(name: string, value: string): void;
  append(name: string, value: string): void;
  delete(name: string): void;
  /** By name, in UTF-16 order, keeping the order of the values of one name. */
  sort(): void;
  forEach(callback: (value: string, name: string) => void): void;
  entries(): IterableIterator<[string, string]>;
  keys(): IterableIterator<string>;
  values(): IterableIterator<string>;
  [Symbol.iterator](): IterableIterator<[string, string]>;
  toString(): string;
}

declare class URL {
  /** An absolute http or https URL, or one relative to `base`; anything else throws TypeError "Invalid URL". */
  constructor(url: string, base?: string);
  href: string;
  readonly origin: string;
  /** "http:" or "https:"; set to switch between the two. */
  protocol: string;
  readonly username: string;
  readonly password: string;
  host: string;
  hostname: string;
  port: string;
  pathname: string;
  search: string;
  hash: string;
  readonly searchParams: URLSearchParams;
  toString(): string;
  toJSON(): string;
}

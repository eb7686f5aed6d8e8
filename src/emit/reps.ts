// How a TypeScript type is represented in C#. design.md: string, number and boolean become
// string, double and bool; JSON objects and arrays, unions and Json become JToken, in which C# null
// stands for `undefined` and a JValue of type Null for `null`.

import { ts } from "ts-morph";

export type RepKind = "string" | "number" | "boolean" | "json" | "api" | "task" | "func" | "void" | "exception";

export interface Rep {
  kind: RepKind;
  /** The C# type as printed. */
  cs: string;
  /** For a primitive that may also be null or undefined (never both: that is JSON). */
  nullish?: "null" | "undefined";
  /** TypeScript says the primitive, but the value may be undefined at run time (maybe-undefined.ts). */
  unchecked?: boolean;
  /** Task<T> and function results. */
  inner?: Rep;
  params?: Rep[];
}

export const REP = {
  string: { kind: "string", cs: "string" } as Rep,
  number: { kind: "number", cs: "double" } as Rep,
  boolean: { kind: "boolean", cs: "bool" } as Rep,
  json: { kind: "json", cs: "JToken" } as Rep,
  void: { kind: "void", cs: "void" } as Rep,
  exception: { kind: "exception", cs: "Exception" } as Rep,
  transform: { kind: "api", cs: "CsxTransform" } as Rep,
};

/** Types of the authoring API and the C# runtime class that stands for each. */
export const API_CLASSES: Record<string, string> = {
  Req: "CsxReq",
  Res: "CsxRes",
  Ctx: "CsxCtx",
  Headers: "CsxHeaders",
  Query: "CsxQuery",
  Log: "CsxLog",
  SearchParams: "CsxSearchParams",
  HttpError: "HttpError",
  // The global classes of url-globals.d.ts.
  URL: "CsxWhatwgUrl",
  URLSearchParams: "CsxSearchParams",
};

export function isApiFile(fileName: string): boolean {
  return /[\\/]src[\\/]runtime[\\/](api\.(d\.)?ts|url-globals\.d\.ts)$/.test(fileName) || /[\\/]csxc[\\/].*api\.d\.ts$/.test(fileName);
}

export function apiTypeName(type: ts.Type): string | undefined {
  const symbol = type.aliasSymbol ?? type.getSymbol();
  if (!symbol) return undefined;
  const decl = symbol.declarations?.[0];
  if (!decl || !isApiFile(decl.getSourceFile().fileName)) return undefined;
  return symbol.getName() in API_CLASSES ? symbol.getName() : undefined;
}

const PRIMITIVE_FLAGS = {
  string: ts.TypeFlags.StringLike,
  number: ts.TypeFlags.NumberLike,
  boolean: ts.TypeFlags.BooleanLike,
} as const;

function primitiveOf(type: ts.Type): "string" | "number" | "boolean" | undefined {
  for (const key of ["string", "number", "boolean"] as const) {
    if (type.flags & PRIMITIVE_FLAGS[key]) return key;
  }
  return undefined;
}

function nullableCs(kind: "string" | "number" | "boolean"): string {
  return kind === "string" ? "string" : kind === "number" ? "double?" : "bool?";
}

export function repOf(type: ts.Type, checker: ts.TypeChecker): Rep {
  if (type.flags & (ts.TypeFlags.Void | ts.TypeFlags.Never)) return REP.void;
  if (type.flags & (ts.TypeFlags.Unknown | ts.TypeFlags.Any)) return REP.json;
  const api = apiTypeName(type);
  if (api) return api === "HttpError" ? { kind: "exception", cs: "HttpError" } : { kind: "api", cs: API_CLASSES[api] };

  const parts = type.isUnion() ? type.types : [type];
  let hasNull = false;
  let hasUndefined = false;
  const rest: ts.Type[] = [];
  for (const part of parts) {
    if (part.flags & ts.TypeFlags.Null) hasNull = true;
    else if (part.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Void)) hasUndefined = true;
    else rest.push(part);
  }
  if (rest.length === 0 && !hasNull && parts.some((part) => part.flags & ts.TypeFlags.Void)) return REP.void;
  const kinds = new Set(rest.map(primitiveOf));
  if (rest.length > 0 && kinds.size === 1 && !kinds.has(undefined) && !(hasNull && hasUndefined)) {
    const kind = [...kinds][0]!;
    if (!hasNull && !hasUndefined) return REP[kind];
    return { kind, cs: nullableCs(kind), nullish: hasNull ? "null" : "undefined" };
  }
  if (rest.length === 1 && (hasNull || hasUndefined)) {
    // An optional callback: a delegate that may be null.
    const fn = functionRep(rest[0], checker);
    if (fn) return { ...fn, nullish: hasUndefined ? "undefined" : "null" };
  }
  if (rest.length === 1 && !hasNull && !hasUndefined) {
    const only = rest[0];
    const symbol = only.getSymbol();
    if (symbol?.getName() === "Promise") {
      const [arg] = checker.getTypeArguments(only as ts.TypeReference);
      const inner = arg ? repOf(arg, checker) : REP.void;
      return { kind: "task", cs: inner.kind === "void" ? "Task" : `Task<${inner.cs}>`, inner };
    }
    const fn = functionRep(only, checker);
    if (fn) return fn;
    if (symbol && (symbol.getName() === "Error" || (ERROR_CLASSES.includes(symbol.getName()) && isLibSymbol(symbol)))) return REP.exception;
    const builtin = symbol && BUILTIN_CLASSES[symbol.getName()];
    if (builtin && isLibSymbol(symbol)) return { kind: "api", cs: builtin };
    if (isHookObject(only, checker)) return REP.transform;
  }
  return REP.json;
}

/** The Error classes a program can make, throw and test with instanceof: all are the runtime's JsError, with their name. */
export const ERROR_CLASSES: readonly string[] = ["Error", "TypeError", "RangeError", "SyntaxError", "URIError"];

export const HOOK_NAMES = ["request", "response", "handle"] as const;

/**
 * A hook object (the authoring API's `Transform`, or any object type whose properties are among
 * request, response and handle, each a function): held as the runtime's CsxTransform, a value the
 * router can run, since functions are not JSON.
 */
function isHookObject(type: ts.Type, checker: ts.TypeChecker): boolean {
  if (!(type.flags & ts.TypeFlags.Object) || type.getCallSignatures().length || checker.isArrayLikeType(type)) return false;
  const props = type.getProperties();
  return (
    props.length > 0 &&
    props.every((p) => (HOOK_NAMES as readonly string[]).includes(p.getName()) && checker.getNonNullableType(checker.getTypeOfSymbol(p)).getCallSignatures().length > 0)
  );
}

/** JS built-in classes held as runtime objects of their own (src/runtime/cs/RegExps.cs, Dates.cs). */
const BUILTIN_CLASSES: Record<string, string> = { RegExp: "JsRegExp", Date: "JsDate" };

function isLibSymbol(symbol: ts.Symbol): boolean {
  return /[\\/]lib\.[^\\/]*\.d\.ts$/.test(symbol.declarations?.[0]?.getSourceFile().fileName ?? "");
}

/** A function type: `Func<…>` or `Action<…>` over the representations of its parameters and result. */
function functionRep(type: ts.Type, checker: ts.TypeChecker): Rep | undefined {
  const signatures = type.getCallSignatures();
  if (signatures.length !== 1 || type.getProperties().length !== 0) return undefined;
  const sig = signatures[0];
  const params = sig.getParameters().map((p) => repOf(checker.getTypeOfSymbol(p), checker));
  return funcRep(params, repOf(sig.getReturnType(), checker));
}

export function funcRep(params: Rep[], result: Rep): Rep {
  const cs =
    result.kind === "void"
      ? params.length === 0 ? "Action" : `Action<${params.map((p) => p.cs).join(", ")}>`
      : `Func<${[...params, result].map((p) => p.cs).join(", ")}>`;
  return { kind: "func", cs, inner: result, params };
}

/** The representation with `undefined` added: what a parameter with a default value receives. */
export function withUndefined(rep: Rep): Rep {
  if (rep.kind === "string" || rep.kind === "number" || rep.kind === "boolean") {
    if (!rep.nullish) return { kind: rep.kind, cs: rep.kind === "string" ? "string" : rep.kind === "number" ? "double?" : "bool?", nullish: "undefined" };
    return rep.nullish === "undefined" ? rep : REP.json;
  }
  if (rep.kind === "func") return { ...rep, nullish: "undefined" };
  return rep;
}

/** The representation without null and undefined (after an optional chain's test). */
export function nonNullish(rep: Rep): Rep {
  if (!rep.nullish) return rep;
  if (rep.kind === "string" || rep.kind === "number" || rep.kind === "boolean") return REP[rep.kind];
  return { ...rep, nullish: undefined };
}

export function taskRep(inner: Rep): Rep {
  return { kind: "task", cs: inner.kind === "void" ? "Task" : `Task<${inner.cs}>`, inner };
}

export function sameRep(a: Rep, b: Rep): boolean {
  return a.cs === b.cs;
}

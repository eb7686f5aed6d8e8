// Every diagnostic csxc reports is made by a named factory here, so codes stay stable and unique.
// Ranges: CSX1xxx TypeScript type errors; CSX2xxx unsupported syntax; CSX3xxx unsupported
// built-ins and APIs; CSX4xxx project layout and the transforms map; CSX5xxx C# compile errors
// reported by verify. A code is never reused once retired.

export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  code: string;
  message: string;
  /** Span length in characters, for the code frame. */
  length?: number;
  severity: "error" | "warning";
}

export interface Span {
  file: string;
  line: number;
  column: number;
  length?: number;
}

function make(code: number, span: Span, message: string): Diagnostic {
  return { ...span, code: `CSX${code}`, message, severity: "error" };
}

export const diagnostics = {
  typeError: (span: Span, message: string, tsCode: number) => make(1001, span, `${message} (TS${tsCode})`),

  unsupportedSyntax: (span: Span, construct: string, instead: string) =>
    make(2001, span, `${construct} is not supported; ${instead}`),
  classNotSupported: (span: Span) =>
    make(2002, span, "classes are not supported; use interfaces for shapes and functions for behaviour"),
  varNotSupported: (span: Span) => make(2003, span, "'var' is not supported; use 'let' or 'const'"),
  anyNotSupported: (span: Span, where: string) =>
    make(2004, span, `the type 'any' is not supported (${where}); use 'Json', 'unknown' with a check, or an interface`),
  looseEquality: (span: Span, op: string) =>
    make(2005, span, `'${op}' is only supported against null (x ${op} null); use '${op}=' for other comparisons`),
  generatorNotSupported: (span: Span) => make(2006, span, "generators are not supported; build and return an array"),
  accessorNotSupported: (span: Span) => make(2007, span, "getters and setters are not supported; use a plain property or a function"),
  labelNotSupported: (span: Span) => make(2008, span, "labelled statements are not supported; move the loop into a function and 'return'"),
  decoratorNotSupported: (span: Span) => make(2009, span, "decorators are not supported; call a function instead"),
  namespaceNotSupported: (span: Span) => make(2010, span, "namespaces and enums are not supported; use a module and 'as const' objects or string unions"),
  argumentsNotSupported: (span: Span) => make(2011, span, "'arguments' is not supported; declare rest parameters (...args)"),
  thisNotSupported: (span: Span) => make(2012, span, "'this' is not supported; pass values as parameters"),
  unsupportedType: (span: Span, type: string, where: string) =>
    make(2013, span, `values of type '${type}' cannot be represented in C# (${where}); use Json, an interface, or a primitive`),
  unsupportedOperator: (span: Span, op: string, instead: string) =>
    make(2014, span, `the operator '${op}' is not supported here; ${instead}`),
  unsupportedAssignmentTarget: (span: Span) =>
    make(2015, span, "this assignment target is not supported; assign to a variable, a property or an element"),
  prototypeNotSupported: (span: Span, what: string) =>
    make(2016, span, `prototypes are not supported (${what}); objects are plain JSON: build them with object literals and spread`),
  withNotSupported: (span: Span) => make(2017, span, "'with' is not supported; name the object in a const and read its properties"),
  debuggerNotSupported: (span: Span) => make(2018, span, "'debugger' is not supported; remove it and debug the TypeScript under jest"),
  commaNotSupported: (span: Span) =>
    make(2019, span, "the comma operator is not supported; write separate statements (commas between the updates of a for loop are fine)"),
  voidNotSupported: (span: Span) => make(2020, span, "the 'void' operator is not supported; write undefined, or await the promise"),
  dynamicCodeNotSupported: (span: Span, what: string) =>
    make(2021, span, `${what} is not supported: the script is compiled ahead of time; write the code directly`),
  forInNotSupported: (span: Span) => make(2022, span, "'for…in' is not supported; loop over Object.keys(obj) with for…of"),
  functionAsData: (span: Span) =>
    make(2023, span, "functions cannot be stored in objects or arrays (those are JSON); keep each function in a const or declaration and choose with if or switch"),
  jumpOutOfFinally: (span: Span, statement: string) =>
    make(2024, span, `'${statement}' inside 'finally' is not supported (C# cannot leave a finally block); set a variable and act on it after the try`),
  instanceofNotSupported: (span: Span, right: string) =>
    make(2025, span, `'instanceof ${right}' is not supported; instanceof works with HttpError and Error, use Array.isArray or typeof for data`),
  throwNotError: (span: Span) =>
    make(2026, span, "throwing a value that is not an Error is not supported; throw new Error(message) or new HttpError(status, message)"),
  spreadArgumentNotSupported: (span: Span) =>
    make(2027, span, "spread arguments are supported only into a rest parameter (...args) of your own function; pass the arguments one by one"),
  caughtErrorAsValue: (span: Span) =>
    make(2028, span, "a caught error is not a JSON value; read e.message after `e instanceof Error`, or e.status after `e instanceof HttpError`"),
  optionalChainTarget: (span: Span, what: string) =>
    make(2029, span, `${what} on an optional chain is not supported; test the object first (if (a?.b) { ... })`),
  promiseReturnedInTry: (span: Span) =>
    make(2030, span, "returning a promise without 'await' inside 'try' is not supported (JS leaves its rejection to the caller and runs 'finally' before it settles); write 'return await ...' or return after the try"),

  unknownGlobal: (span: Span, name: string, instead: string) =>
    make(3001, span, `'${name}' is not available in connector code; ${instead}`),
  unsupportedMember: (span: Span, owner: string, member: string, instead?: string) =>
    make(3002, span, `'${owner}.${member}' is not supported; ${instead ?? `see docs/language.md for the supported members of ${owner}`}`),
  unsupportedCall: (span: Span, what: string, instead: string) =>
    make(3003, span, `${what} cannot be called here; ${instead}`),
  unsupportedImport: (span: Span, module: string) =>
    make(3004, span, `imports from '${module}' are not supported; import only from "csxc" and from files under transforms/`),
  unsupportedRegex: (span: Span, reason: string) =>
    make(3005, span, `this regular expression means something different in .NET: ${reason}`),

  missingEntry: (file: string) =>
    make(4001, { file, line: 1, column: 1 }, "the transforms entry is missing; create it with `export default defineTransforms({ ... })`"),
  noDefaultExport: (span: Span) =>
    make(4002, span, "the entry must `export default defineTransforms({ ... })`"),
  badTransformsMap: (span: Span, what: string) => make(4003, span, `the transforms map ${what}`),
  unknownOperation: (span: Span, operationId: string, known: string) =>
    make(4004, span, `'${operationId}' is not an operationId of the connector's swagger${known ? "; did you mean " + known + "?" : ""}`),
  handleWithHooks: (span: Span, operationId: string) =>
    make(4005, span, `'${operationId}' has 'handle' and also 'request' or 'response'; 'handle' owns the whole call, so keep one or the other`),
  scriptTooLarge: (file: string, bytes: number) =>
    make(4006, { file, line: 1, column: 1 }, `script.csx is ${bytes} bytes; the platform accepts less than 1 MB`),
  badSwagger: (file: string, field: string, problem: string) =>
    make(4007, { file, line: 1, column: 1 }, `${field}: ${problem}`),

  csharpError: (span: Span, csCode: string, message: string) => make(5001, span, `C# ${csCode}: ${message}`),
};

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}(${d.line},${d.column}): ${d.severity} ${d.code}: ${d.message}`;
}

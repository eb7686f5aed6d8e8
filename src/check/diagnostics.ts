// Every diagnostic csxc reports is made by a named factory here, so codes stay stable and unique.
// Ranges: CSX1xxx TypeScript type errors; CSX2xxx unsupported syntax; CSX3xxx unsupported
// built-ins and APIs; CSX4xxx project layout and the transforms map; CSX5xxx C# compile errors
// reported by verify; CSX5100-5399 the connector's files (src/validate). A code is never reused once retired.
// Retired: CSX2008 (labelled statements), CSX2020 (void), CSX2022 (for…in), now supported.

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
  varNotSupported: (span: Span, what: string, instead: string) => make(2003, span, `${what} is not supported; ${instead}`),
  anyNotSupported: (span: Span, where: string) =>
    make(2004, span, `the type 'any' is not supported (${where}); use 'Json', 'unknown' with a check, or an interface`),
  looseEquality: (span: Span, op: string) =>
    make(2005, span, `'${op}' is only supported against null (x ${op} null); use '${op}=' for other comparisons`),
  generatorNotSupported: (span: Span) => make(2006, span, "generators are not supported; build and return an array"),
  accessorNotSupported: (span: Span) => make(2007, span, "getters and setters are not supported; use a plain property or a function"),
  decoratorNotSupported: (span: Span) => make(2009, span, "decorators are not supported; call a function instead"),
  namespaceNotSupported: (span: Span) => make(2010, span, "namespaces are not supported; use a module: its exports are what a namespace would hold"),
  enumMemberComputed: (span: Span) =>
    make(2010, span, "an enum member computed at run time is not supported; give each member a number or string literal, or leave the value out to count on from the one before"),
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
    make(2019, span, "a call of a function that returns nothing cannot stand before a comma or after 'void' inside an expression (C# cannot pass it as a value); call it in a statement of its own"),
  dynamicCodeNotSupported: (span: Span, what: string) =>
    make(2021, span, `${what} is not supported: the script is compiled ahead of time; write the code directly`),
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
  nestedTooDeep: (span: Span, limit: number) =>
    make(2031, span, `this code is nested more than ${limit} levels deep, which csxc cannot compile (nor does the platform's C# compiler take it reliably); split it into functions or build the value in steps`),
  tooComplex: (span: Span) =>
    make(2032, span, "this transform is too deeply nested or too complex to compile (csxc ran out of stack); split long expressions and deep nesting into functions"),
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
  importOutsideTransforms: (span: Span, file: string) =>
    make(4008, span, `this import reaches '${file}', outside transforms/; the script is built from transforms/ alone: move the file into transforms/ and import it from there`),
  badSwagger: (file: string, field: string, problem: string) =>
    make(4007, { file, line: 1, column: 1 }, `${field}: ${problem}`),
  badIcon: (file: string, problem: string) =>
    make(4010, { file, line: 1, column: 1 }, `the connector's icon ${problem}; it must be a PNG file (or leave it out)`),

  csharpError: (span: Span, csCode: string, message: string) => make(5001, span, `C# ${csCode}: ${message}`),
  /** build's guard (src/verify/csharp-guard.ts): the emitted script does not compile, which is always csxc's fault. */
  emittedCSharpError: (span: Span, csCode: string, message: string, mapped: boolean) =>
    make(
      4020,
      span,
      `csxc compiler bug: the C# emitted for ${mapped ? "this line" : "this script"} does not compile (C# ${csCode}: ${message}); ` +
        "build/ was left as it was. Please report it with this code (csxc --version); until it is fixed, write the line another way",
    ),

  /**
   * A finding of the connector validator (CSX5100-5399): the rule's code, id and severity come from
   * the rule tables in src/validate/, which are the one list of them; the id closes the message.
   */
  connectorRule: (span: Span, rule: { code: number; id: string; severity: "error" | "warning" }, message: string): Diagnostic =>
    ({ ...make(rule.code, span, `${message} [${rule.id}]`), severity: rule.severity }),
};

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}(${d.line},${d.column}): ${d.severity} ${d.code}: ${d.message}`;
}

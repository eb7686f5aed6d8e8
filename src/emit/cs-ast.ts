// A small C# syntax tree. Visitors build it; the printer alone turns it into text, so no visitor
// concatenates C# strings and precedence and indentation are decided in one place.

import { stringLiteral } from "./inert";

/** Where a node came from in the TypeScript source, for #line directives. */
export interface Origin {
  file: string;
  line: number;
}

export type CsExpr =
  | { kind: "literal"; text: string }
  | { kind: "name"; name: string }
  | { kind: "member"; target: CsExpr; name: string; conditional?: boolean }
  | { kind: "index"; target: CsExpr; index: CsExpr }
  | { kind: "call"; callee: CsExpr; args: CsExpr[]; typeArgs?: string[] }
  | { kind: "new"; type: string; args: CsExpr[]; init?: CsExpr[] }
  | { kind: "binary"; op: string; left: CsExpr; right: CsExpr }
  | { kind: "unary"; op: string; operand: CsExpr }
  | { kind: "postfix"; op: string; operand: CsExpr }
  | { kind: "conditional"; test: CsExpr; whenTrue: CsExpr; whenFalse: CsExpr }
  | { kind: "cast"; type: string; operand: CsExpr }
  | { kind: "await"; operand: CsExpr }
  | { kind: "lambda"; params: CsParam[]; body: CsExpr | CsStmt[]; isAsync?: boolean }
  | { kind: "assign"; op: string; target: CsExpr; value: CsExpr }
  | { kind: "array"; type: string; items: CsExpr[] }
  | { kind: "throwExpr"; operand: CsExpr }
  /** `operand is Type` or, with a name, the pattern `operand is Type name` (`is var t` binds a temp). */
  | { kind: "is"; operand: CsExpr; type: string; name?: string };

export interface CsParam {
  type?: string;
  name: string;
  defaultValue?: CsExpr;
}

export type CsStmt =
  | { kind: "local"; type: string; name: string; init?: CsExpr; origin?: Origin }
  | { kind: "expr"; expr: CsExpr; origin?: Origin }
  | { kind: "if"; test: CsExpr; then: CsStmt[]; else?: CsStmt[]; origin?: Origin }
  | { kind: "while"; test: CsExpr; body: CsStmt[]; origin?: Origin }
  | { kind: "doWhile"; test: CsExpr; body: CsStmt[]; origin?: Origin }
  | { kind: "for"; init: CsStmt[]; test?: CsExpr; update: CsExpr[]; body: CsStmt[]; origin?: Origin }
  | { kind: "foreach"; type: string; name: string; source: CsExpr; body: CsStmt[]; origin?: Origin }
  | { kind: "return"; value?: CsExpr; origin?: Origin }
  | { kind: "break"; origin?: Origin }
  | { kind: "continue"; origin?: Origin }
  | { kind: "throw"; value?: CsExpr; origin?: Origin }
  | { kind: "block"; body: CsStmt[]; origin?: Origin }
  | { kind: "try"; body: CsStmt[]; catchType?: string; catchName?: string; handler?: CsStmt[]; finalizer?: CsStmt[]; origin?: Origin }
  | { kind: "switch"; subject: CsExpr; sections: CsSwitchSection[]; origin?: Origin }
  | { kind: "localFunction"; fn: CsMethod; origin?: Origin }
  | { kind: "label"; name: string }
  /** `goto name;`, `goto case X;` or `goto default;`: target is printed as is. */
  | { kind: "goto"; target: string; origin?: Origin }
  | { kind: "comment"; text: string };

export interface CsSwitchSection {
  labels: Array<CsExpr | "default">;
  body: CsStmt[];
}

export interface CsMethod {
  modifiers: string[];
  returnType: string;
  name: string;
  params: CsParam[];
  body: CsStmt[];
  origin?: Origin;
  comment?: string;
}

export interface CsField {
  modifiers: string[];
  type: string;
  name: string;
  init?: CsExpr;
  origin?: Origin;
}

export type CsMember = ({ kind: "method" } & CsMethod) | ({ kind: "field" } & CsField);

// Factory helpers keep visitor code short and readable.
export const cs = {
  lit: (text: string): CsExpr => ({ kind: "literal", text }),
  name: (name: string): CsExpr => ({ kind: "name", name }),
  member: (target: CsExpr, name: string): CsExpr => ({ kind: "member", target, name }),
  call: (callee: CsExpr | string, args: CsExpr[] = [], typeArgs?: string[]): CsExpr => ({
    kind: "call",
    callee: typeof callee === "string" ? dotted(callee) : callee,
    args,
    typeArgs,
  }),
  bin: (op: string, left: CsExpr, right: CsExpr): CsExpr => ({ kind: "binary", op, left, right }),
  not: (operand: CsExpr): CsExpr => ({ kind: "unary", op: "!", operand }),
  newObj: (type: string, args: CsExpr[] = [], init?: CsExpr[]): CsExpr => ({ kind: "new", type, args, init }),
  cast: (type: string, operand: CsExpr): CsExpr => ({ kind: "cast", type, operand }),
  assign: (target: CsExpr, value: CsExpr, op = "="): CsExpr => ({ kind: "assign", op, target, value }),
  str: (value: string): CsExpr => ({ kind: "literal", text: csStringLiteral(value) }),
  null: (): CsExpr => ({ kind: "literal", text: "null" }),
  bool: (value: boolean): CsExpr => ({ kind: "literal", text: value ? "true" : "false" }),
  /** `await task.ConfigureAwait(false)`: the platform's SynchronizationContext is not needed back. */
  awaitTask: (task: CsExpr): CsExpr => ({ kind: "await", operand: { kind: "call", callee: { kind: "member", target: task, name: "ConfigureAwait" }, args: [cs.bool(false)] } }),
};

/** Whether C# code awaits in its own method body (lambdas and local functions are bodies of their own). */
export function awaitsIn(node: unknown): boolean {
  // An explicit stack: a long operator chain nests thousands deep.
  const stack: unknown[] = [node];
  while (stack.length) {
    const n = stack.pop();
    if (!n || typeof n !== "object") continue;
    if (Array.isArray(n)) {
      stack.push(...n);
      continue;
    }
    const kind = (n as { kind?: string }).kind;
    if (kind === "await") return true;
    if (kind === "lambda" || kind === "localFunction") continue;
    stack.push(...Object.values(n));
  }
  return false;
}

/** "Js.Get" → member access chain. */
export function dotted(path: string): CsExpr {
  const parts = path.split(".");
  let expr: CsExpr = { kind: "name", name: parts[0] };
  for (const part of parts.slice(1)) expr = { kind: "member", target: expr, name: part };
  return expr;
}

/** A C# regular string literal for any JS string (inert.ts makes it). */
export const csStringLiteral = stringLiteral;

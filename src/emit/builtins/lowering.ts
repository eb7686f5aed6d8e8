// What every built-in lowering needs: its arguments in the representations the runtime helper
// takes, callbacks as C# lambdas, the receiver, and the result converted to the representation of
// the call's type (the contract of the walk). The area files (strings.ts, arrays.ts, …) describe
// each member with these in a table of their own (table.ts) that ./index collects.

import { ts } from "ts-morph";
import { diagnostics } from "../../check/diagnostics";
import { dottedName } from "../json-typing";
import { cs, type CsExpr } from "../cs-ast";
import type { EmitContext } from "../context";
import { funcRep, REP, type Rep } from "../reps";
import type { Walk } from "../visitors/types";
import { spreadOf, v8Text } from "../v8-text";
import { toJsString } from "../visitors/literals";

/** A number that may be left out (C# `double?`, null for undefined): optional numeric arguments. */
export const NUM_OPT: Rep = { kind: "number", cs: "double?", nullish: "undefined" };
/** A string that may be left out (C# null for undefined). */
export const STR_OPT: Rep = { kind: "string", cs: "string", nullish: "undefined" };
/** `(element, index)` of an array callback. */
export const ITEM_PARAMS: Rep[] = [REP.json, REP.number];

/**
 * A JSON property read as a primitive (`Js.Str(Js.Get(b, "id"))`) that is the receiver of a member:
 * JSON that lacks the property gives undefined, and reading a member of it throws V8's TypeError
 * (`Cannot read properties of undefined (reading 'toUpperCase')`), not csxc's type mismatch.
 */
export function asReceiver(expr: CsExpr, member: string): CsExpr {
  if (expr.kind !== "call" || expr.args.length !== 1) return expr;
  const name = dottedName(expr.callee);
  if (name !== "Js.Str" && name !== "Js.Num" && name !== "Js.Bool") return expr;
  return cs.call(`${name}For`, [expr.args[0], cs.str(member)]);
}

/**
 * A property read (`b.items`): JSON that may have another shape than its interface declares. Names
 * are left alone (most hold arrays the code made), and so the message names only property reads.
 */
function readsData(node: ts.Expression): boolean {
  while (ts.isParenthesizedExpression(node) || ts.isNonNullExpression(node) || ts.isAsExpression(node)) node = node.expression;
  return ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node);
}

/** One call (or `new`, or property read) of a built-in, with the walk that lowers its parts. */
export class BuiltinCall {
  constructor(
    readonly node: ts.CallExpression | ts.NewExpression | ts.PropertyAccessExpression,
    readonly ctx: EmitContext,
    readonly walk: Walk,
    readonly receiverNode?: ts.Expression,
  ) {}

  /**
   * A string parameter (`(want: string) => want.search(/\d/)`): a caller may pass what it read past
   * the end, held as a C# null, so a member of it throws V8's TypeError as in JS.
   */
  private stringParameter(node: ts.Expression, from: Rep, rep: Rep): boolean {
    if (from.kind !== "string" || from.nullish || rep.kind !== "string" || rep.nullish || !ts.isIdentifier(node)) return false;
    const decl = this.ctx.symbolAt(node)?.valueDeclaration;
    return !!decl && ts.isParameter(decl);
  }

  get args(): readonly ts.Expression[] {
    return ts.isPropertyAccessExpression(this.node) ? [] : (this.node.arguments ?? []);
  }

  get count(): number {
    return this.args.length;
  }

  /** The receiver converted to `rep` (`s` of `s.slice(1)`). */
  receiver(rep: Rep): CsExpr {
    const node = this.receiverNode!;
    const callee = ts.isPropertyAccessExpression(this.node) ? this.node : ts.isCallExpression(this.node) ? this.node.expression : undefined;
    if (!callee || !ts.isPropertyAccessExpression(callee)) return this.walk.exprAs(node, rep);
    const from = this.ctx.repAt(node);
    if (((from.kind === "string" || from.kind === "number") && from.unchecked && rep.kind === from.kind && !rep.nullish) || this.stringParameter(node, from, rep)) {
      // A value that may be absent (read past the end, asserted with `!`): V8's TypeError, not a C#
      // null reference. The receiver is taken as it is held, before a conversion would make NaN of it.
      this.ctx.use("Values");
      const absent = cs.str(from.nullish === "null" ? "null" : "undefined");
      return cs.call(from.kind === "string" ? "Js.StrReceiver" : "Js.NumReceiver", [this.walk.exprAs(node, from), cs.str(callee.name.text), absent]);
    }
    if (rep.kind === "string" && this.ctx.sumMayBeNumber(node)) {
      // `(parts[2] + 1).endsWith(…)`: the sum may be NaN, whose method V8 says is not a function.
      this.ctx.use("Operators");
      const text = `${v8Text(node) ?? "(intermediate value)"}.${callee.name.text}`;
      return cs.call("Js.StrFor", [this.walk.exprAs(node, from), cs.str(callee.name.text), cs.str(text)]);
    }
    const expr = this.walk.exprAs(node, rep);
    if (rep.kind === "json" && from.kind === "json" && ts.isCallExpression(this.node) && readsData(node) && this.isArray(node)) {
      // JSON that is not the array its interface declares: V8's `b.items.map is not a function`.
      const text = v8Text(node);
      if (text) {
        this.ctx.use("Values");
        return cs.call("Js.ArrayFor", [expr, cs.str(`${text}.${callee.name.text}`)]);
      }
    }
    return asReceiver(expr, callee.name.text);
  }

  private isArray(node: ts.Expression): boolean {
    return this.ctx.checker.isArrayType(this.ctx.checker.getNonNullableType(this.ctx.checker.getTypeAtLocation(node)));
  }

  /** Argument `i` as `rep`; a missing one is undefined in that representation. */
  arg(i: number, rep: Rep): CsExpr {
    const node = this.args[i];
    if (!node) return this.ctx.undefinedOf(rep);
    if (ts.isSpreadElement(node)) return this.ctx.report(diagnostics.spreadArgumentNotSupported(this.ctx.span(node)));
    // JS takes a string argument through ToString: one that may be absent (read past the end, a
    // missing property) is "undefined" there (`s.includes(parts[2])`), not a C# null.
    const from = rep.kind === "string" && !rep.nullish ? this.ctx.repAt(node) : undefined;
    if (from?.kind === "string" && from.nullish) return toJsString(this.ctx, node, this.walk);
    return this.walk.exprAs(node, rep);
  }

  /** Argument `i` as `rep` when it is given, nothing when it is not (the helper's C# default applies). */
  optional(i: number, rep: Rep): CsExpr[] {
    return i < this.count ? [this.arg(i, rep)] : [];
  }

  /** The arguments from `from` on, each as `rep`: for helpers with a `params` array. */
  rest(from: number, rep: Rep): CsExpr[] {
    return this.args.slice(from).map((_, k) => this.arg(from + k, rep));
  }

  hasSpread(from = 0): boolean {
    return this.args.slice(from).some((a) => ts.isSpreadElement(a));
  }

  /** The arguments from `from` on as one JArray, spreads expanded (`Math.max(...xs)`, `a.push(...b)`). */
  restArray(from: number): CsExpr {
    this.ctx.use("Values");
    const items = this.args.slice(from).map((a) => (ts.isSpreadElement(a) ? spreadOf(a.expression, this.ctx, this.walk) : this.walk.exprAs(a, REP.json)));
    return cs.call("Js.Arr", items.length ? items : [cs.lit("new JToken[0]")]);
  }

  /**
   * Argument `i`, a callback, as a C# delegate taking `params` and returning `result`. Arrow
   * functions become lambdas of exactly that type; named functions are adapted. A callback that
   * declares more parameters than the built-in passes here (JS's third `array`) is reported.
   */
  callback(i: number, params: Rep[], result: Rep): CsExpr {
    const node = this.args[i];
    if (!node) return this.ctx.report(diagnostics.unsupportedCall(this.ctx.span(this.node), "this call without its callback", "pass a function"));
    if (ts.isIdentifier(node)) {
      const global = globalFunction(node, this.ctx);
      if (global) return this.globalAsCallback(node, global, params, result);
    }
    const declared = declaredParameters(node, this.ctx);
    if (declared > params.length) {
      return this.ctx.unsupported(node, `a callback with ${declared} parameters here`, `it receives ${params.length === 2 ? "(element, index)" : `${params.length} arguments`}; refer to the array by its name`);
    }
    return this.walk.exprAs(node, funcRep(params, result));
  }

  /** `Boolean`, `String` or `Number` passed as a callback (`xs.filter(Boolean)`). */
  private globalAsCallback(node: ts.Identifier, name: string, params: Rep[], result: Rep): CsExpr {
    const names = params.map(() => this.ctx.temp("a"));
    const value = cs.name(names[0]);
    this.ctx.use("Values");
    let body: CsExpr;
    let rep: Rep;
    if (name === "Boolean") [body, rep] = [cs.call("Js.Truthy", [value]), REP.boolean];
    else if (name === "String") [body, rep] = [cs.call("Js.ToStr", [value]), REP.string];
    else {
      this.ctx.use("Operators");
      [body, rep] = [cs.call("Js.ToNumber", [value]), REP.number];
    }
    if (params[0]?.kind !== "json") return this.ctx.unsupported(node, `'${name}' as this callback`, "write an arrow function");
    return { kind: "lambda", params: params.map((p, k) => ({ type: p.cs, name: names[k] })), body: this.ctx.coerce(body, rep, result, node) };
  }

  /** Calls a runtime helper of `feature` and converts its result from `returns` to the call's representation. */
  helper(feature: string, fn: string, args: CsExpr[], returns: Rep): CsExpr {
    this.ctx.use(feature);
    return this.result(cs.call(fn, args), returns);
  }

  /** `expr`, held in `rep`, converted to the representation of the call's type. */
  result(expr: CsExpr, rep: Rep): CsExpr {
    return this.ctx.coerce(expr, rep, this.ctx.repAt(this.node), this.node);
  }

  /** A CSX3003 diagnostic for this call: what cannot be used, and what to write instead. */
  reject(what: string, instead: string): CsExpr {
    return this.ctx.report(diagnostics.unsupportedCall(this.ctx.span(this.node), what, instead));
  }
}

/** The lib global an identifier names when it is one of the conversion functions. */
function globalFunction(node: ts.Identifier, ctx: EmitContext): string | undefined {
  if (!["Boolean", "String", "Number"].includes(node.text)) return undefined;
  const symbol = ctx.checker.getSymbolAtLocation(node);
  const file = symbol?.declarations?.[0]?.getSourceFile().fileName ?? "";
  return /lib\.[^\\/]*\.d\.ts$/.test(file) ? node.text : undefined;
}

/** How many parameters a function argument declares (an arrow, a function expression, or a named function). */
function declaredParameters(node: ts.Expression, ctx: EmitContext): number {
  let inner = node;
  while (ts.isParenthesizedExpression(inner)) inner = inner.expression;
  if (ts.isArrowFunction(inner) || ts.isFunctionExpression(inner)) return inner.parameters.length;
  const signature = ctx.checker.getTypeAtLocation(inner).getCallSignatures()[0];
  return signature?.getParameters().length ?? 0;
}

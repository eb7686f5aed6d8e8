// Calls (user functions, the authoring API, csxc's helpers), `new`, `await`, and the expression
// forms that only carry a type (`as`, `!`, parentheses).

import { ts } from "ts-morph";
import { diagnostics } from "../../check/diagnostics";
import { API_FEATURES, API_MEMBERS, HELPERS } from "../api-members";
import { cs, type CsExpr } from "../cs-ast";
import type { EmitContext } from "../context";
import { apiTypeName, ERROR_CLASSES, REP, type Rep } from "../reps";
import { globalName, lowerConstructor, lowerGlobalCall, lowerMethodCall } from "../builtins";
import { apiReceiver, GLOBAL_HINTS, skipParentheses } from "./access";
import { dottedName } from "../json-typing";
import { parameterRep, signatureReturn } from "./functions";
import { spreadOf, v8Text } from "../v8-text";
import type { ExpressionVisitor, Walk } from "./types";

/** Arguments converted to the parameter types of the resolved signature; defaults fill the rest. */
export function callArguments(node: ts.CallExpression | ts.NewExpression, ctx: EmitContext, walk: Walk, defaults: string[] = []): CsExpr[] {
  const signature = ctx.checker.getResolvedSignature(node);
  const params = signature?.getParameters() ?? [];
  const args = node.arguments ?? ts.factory.createNodeArray();
  const out: CsExpr[] = [];
  args.forEach((arg, i) => {
    if (ts.isSpreadElement(arg)) {
      out.push(ctx.report(diagnostics.spreadArgumentNotSupported(ctx.span(arg))));
      return;
    }
    const param = params[Math.min(i, params.length - 1)];
    const rep: Rep = param ? ctx.repOfType(ctx.checker.getTypeOfSymbolAtLocation(param, node)) : ctx.repAt(arg);
    out.push(walk.exprAs(arg, rep));
  });
  const missing = params.length - args.length;
  const fill = defaults.slice(defaults.length - Math.max(0, missing));
  for (const d of fill) out.push(cs.lit(d));
  return out;
}

/** The exported name a helper has in "csxc" (e.g. "isoDuration.toSeconds"), if `callee` is one. */
function helperName(ctx: EmitContext, callee: ts.Expression): string | undefined {
  const fromRuntime = (symbol: ts.Symbol | undefined) => {
    const file = symbol?.valueDeclaration?.getSourceFile().fileName ?? "";
    return /[\\/]runtime[\\/](helpers|xml)\.(d\.)?ts$/.test(file);
  };
  if (ts.isIdentifier(callee)) {
    const symbol = ctx.symbolAt(callee);
    return fromRuntime(symbol) && symbol!.getName() in HELPERS ? symbol!.getName() : undefined;
  }
  if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression)) {
    const owner = ctx.symbolAt(callee.expression);
    const key = `${owner?.getName()}.${callee.name.text}`;
    return fromRuntime(owner) && key in HELPERS ? key : undefined;
  }
  return undefined;
}

function returnRep(ctx: EmitContext, node: ts.CallExpression): Rep {
  const signature = ctx.checker.getResolvedSignature(node);
  if (!signature) return ctx.repAt(node);
  const declaration = signature.getDeclaration();
  // Generic API methods (json<T>) return JSON whatever T is; their declared return type says so.
  const declared = declaration && !ts.isJSDocSignature(declaration) ? ctx.checker.getSignatureFromDeclaration(declaration) : undefined;
  const type = declared && declared.getTypeParameters()?.length ? declared.getReturnType() : signature.getReturnType();
  return ctx.repOfType(type);
}

/** An argument held as JToken passed where the runtime takes a narrower type (`req.setForm(fields)`). */
function narrowed(arg: CsExpr, type: string | undefined): CsExpr {
  if (!type || (type === "JObject" && arg.kind === "call" && dottedName(arg.callee) === "Js.Obj")) return arg;
  return cs.cast(type, arg);
}

const PROTOTYPE_FUNCTIONS = new Set(["setPrototypeOf", "getPrototypeOf", "create"]);

/** A call of one of the user's functions, or of a function value: arguments in the callee's own representations. */
function userCall(node: ts.CallExpression, callee: CsExpr, params: Rep[], restIndex: number | undefined, returns: Rep, ctx: EmitContext, walk: Walk): CsExpr {
  const args: CsExpr[] = [];
  const rest: CsExpr[] = [];
  node.arguments.forEach((arg, i) => {
    if (restIndex !== undefined && i >= restIndex) {
      rest.push(ts.isSpreadElement(arg) ? spreadOf(arg.expression, ctx, walk) : walk.exprAs(arg, REP.json));
      return;
    }
    if (ts.isSpreadElement(arg)) {
      args.push(ctx.report(diagnostics.spreadArgumentNotSupported(ctx.span(arg))));
      return;
    }
    args.push(walk.exprAs(arg, params[i] ?? ctx.repAt(arg)));
  });
  // Parameters left out are undefined (or take their defaults inside the function).
  const fixed = restIndex ?? params.length;
  for (let i = args.length; i < fixed; i++) args.push(ctx.undefinedOf(params[i]));
  if (restIndex !== undefined) {
    ctx.use("Values");
    args.push(cs.call("Js.Arr", rest));
  }
  return ctx.coerce(cs.call(callee, args), returns, ctx.repAt(node), node);
}

/** The rest parameter's position in a signature, if it has one. */
function restIndexOf(params: readonly ts.ParameterDeclaration[] | undefined): number | undefined {
  const index = params?.findIndex((p) => p.dotDotDotToken) ?? -1;
  return index >= 0 ? index : undefined;
}

const call: ExpressionVisitor<ts.CallExpression> = (node, ctx, walk) => {
  const callee = node.expression;
  const here = ctx.repAt(node);
  const helper = helperName(ctx, callee);
  if (helper) {
    const spec = HELPERS[helper];
    ctx.use(spec.feature);
    return ctx.coerce(cs.call(spec.cs, callArguments(node, ctx, walk, spec.defaults)), returnRep(ctx, node), here, node);
  }
  if (ts.isPropertyAccessExpression(callee)) {
    if (globalName(callee.expression, ctx) === "Object" && PROTOTYPE_FUNCTIONS.has(callee.name.text)) {
      return ctx.report(diagnostics.prototypeNotSupported(ctx.span(callee), `'Object.${callee.name.text}'`));
    }
    const owner = apiTypeName(ctx.checker.getNonNullableType(ctx.checker.getTypeAtLocation(callee.expression)));
    if (owner) {
      const member = API_MEMBERS[owner][callee.name.text];
      if (!member || member.kind !== "method") return ctx.report(diagnostics.unsupportedMember(ctx.span(callee.name), owner, callee.name.text));
      ctx.use(API_FEATURES[owner]);
      member.needs?.forEach((f) => ctx.use(f));
      const args = callArguments(node, ctx, walk, member.defaults).map((arg, i) => narrowed(arg, member.argTypes?.[i]));
      const invocation = cs.call(cs.member(apiReceiver(callee.expression, owner, callee.name.text, ctx, walk), member.cs), args);
      return ctx.coerce(invocation, returnRep(ctx, node), here, node);
    }
    const builtin = lowerMethodCall(node, ctx, walk);
    if (builtin) return ctx.coerce(builtin, builtinRep(ctx, node), here, node);
    // The receiver may say more than the call (`new Intl.NumberFormat("en").format(x)`: Intl's advice).
    walk.expr(callee.expression);
    return ctx.report(diagnostics.unsupportedCall(ctx.span(callee), `'${callee.getText()}'`, "see docs/language.md for the supported built-ins"));
  }
  if (ts.isIdentifier(callee)) {
    if ((callee.text === "eval" || callee.text === "Function") && globalName(callee, ctx)) {
      return ctx.report(diagnostics.dynamicCodeNotSupported(ctx.span(callee), `'${callee.text}'`));
    }
    const builtin = lowerGlobalCall(node, ctx, walk);
    if (builtin) return ctx.coerce(builtin, builtinRep(ctx, node), here, node);
    const symbol = ctx.symbolAt(callee);
    const name = symbol && ctx.nameOf(symbol);
    const decl = symbol?.valueDeclaration;
    if (name && decl && ts.isFunctionDeclaration(decl)) {
      return userCall(node, cs.name(name), decl.parameters.map((p) => parameterRep(p, ctx)), restIndexOf(decl.parameters), signatureReturn(decl, ctx), ctx, walk);
    }
    if (!name) return walk.expr(callee);
  }
  // A function value: a variable, a parameter, a call that returns a function, a function in place.
  const inner = skipParentheses(callee);
  const rep = ctx.repAt(inner);
  if (rep.kind === "func") {
    const target = ts.isArrowFunction(inner) || ts.isFunctionExpression(inner) ? cs.cast(rep.cs, walk.expr(inner)) : callable(callee, walk.expr(callee), ctx);
    const declaration = ctx.checker.getTypeAtLocation(inner).getCallSignatures()[0]?.getDeclaration() as ts.SignatureDeclaration | undefined;
    return userCall(node, target, rep.params ?? [], restIndexOf(declaration?.parameters), rep.inner ?? REP.void, ctx, walk);
  }
  return ctx.unsupported(node, "calling this expression", "call a function by its name");
};

/**
 * A function value that may be undefined although TypeScript was told otherwise (`cb!(x)` of an
 * optional callback): calling it throws V8's `cb is not a function`, not a C# null reference.
 */
function callable(callee: ts.Expression, target: CsExpr, ctx: EmitContext): CsExpr {
  let operand = callee;
  while (ts.isParenthesizedExpression(operand) || ts.isNonNullExpression(operand) || ts.isAsExpression(operand)) operand = operand.expression;
  if (operand === callee || !ctx.repAt(operand).nullish) return target;
  ctx.use("Values");
  return cs.call("Js.Callable", [target, cs.str(v8Text(callee) ?? "expression")]);
}

/** Built-in lowerings produce the representation of the call's type, unless they say otherwise. */
function builtinRep(ctx: EmitContext, node: ts.CallExpression): Rep {
  return ctx.repAt(node);
}

const newExpression: ExpressionVisitor<ts.NewExpression> = (node, ctx, walk) => {
  if (ts.isIdentifier(node.expression) && node.expression.text === "Function" && globalName(node.expression, ctx)) {
    return ctx.report(diagnostics.dynamicCodeNotSupported(ctx.span(node), "'new Function'"));
  }
  const builtin = lowerConstructor(node, ctx, walk);
  if (builtin) return builtin;
  const type = ctx.checker.getTypeAtLocation(node);
  // The global URL classes (url-globals.d.ts): a left-out base is null, a left-out init "".
  if (apiTypeName(type) === "URL") {
    ctx.use("WhatwgUrl");
    return cs.newObj("CsxWhatwgUrl", callArguments(node, ctx, walk, ["null"]));
  }
  if (apiTypeName(type) === "URLSearchParams") {
    ctx.use("SearchParams");
    return cs.call("CsxSearchParams.From", callArguments(node, ctx, walk, ['""']));
  }
  if (apiTypeName(type) === "HttpError") {
    ctx.use("HttpError");
    return cs.newObj("HttpError", callArguments(node, ctx, walk));
  }
  if (ts.isIdentifier(node.expression) && ERROR_CLASSES.includes(node.expression.text) && ctx.repAt(node).kind === "exception") {
    // The class is carried as the error's name: `e.name`, `instanceof TypeError` and String(e) read it.
    ctx.use("Json");
    const args = callArguments(node, ctx, walk);
    return cs.newObj("JsError", [args.length ? args[0] : cs.str(""), cs.str(node.expression.text)]);
  }
  // A weak key goes when the garbage collector runs, at other moments in node and .NET.
  if (ts.isIdentifier(node.expression) && /^Weak(Map|Set)$/.test(node.expression.text) && globalName(node.expression, ctx)) {
    return ctx.unsupported(node, `'new ${node.expression.text}'`, `use a ${node.expression.text.slice(4)}: what a weak collection holds depends on when the garbage collector runs, which differs between node and the platform`);
  }
  // A class of the library (Uint8Array, Intl…) has its own advice; any other is the author's or a library's.
  let root: ts.Expression = node.expression;
  while (ts.isPropertyAccessExpression(root)) root = root.expression; // Intl.NumberFormat → Intl
  const hint = ts.isIdentifier(root) && globalName(root, ctx) ? GLOBAL_HINTS[root.text] : undefined;
  return ctx.unsupported(node, `'new ${node.expression.getText()}'`, hint ?? "create errors with new Error(message) or new HttpError(status, message), and data with object literals");
};

const awaitExpression: ExpressionVisitor<ts.AwaitExpression> = (node, ctx, walk) => {
  const operand = ctx.repAt(node.expression);
  if (operand.kind !== "task") return walk.expr(node.expression);
  return ctx.coerce(cs.awaitTask(walk.expr(node.expression)), operand.inner ?? REP.void, ctx.repAt(node), node);
};

const passThrough: ExpressionVisitor<ts.ParenthesizedExpression | ts.AsExpression | ts.NonNullExpression | ts.SatisfiesExpression> = (node, ctx, walk) =>
  ctx.coerce(walk.expr(node.expression), ctx.repAt(node.expression), ctx.repAt(node), node);

export const callVisitors = {
  [ts.SyntaxKind.CallExpression]: call,
  [ts.SyntaxKind.NewExpression]: newExpression,
  [ts.SyntaxKind.AwaitExpression]: awaitExpression,
  [ts.SyntaxKind.ParenthesizedExpression]: passThrough,
  [ts.SyntaxKind.AsExpression]: passThrough,
  [ts.SyntaxKind.NonNullExpression]: passThrough,
  [ts.SyntaxKind.SatisfiesExpression]: passThrough,
};


// Optional chains with JS's short-circuit: `a?.b.c` is undefined when `a` is nullish, and otherwise
// exactly `a.b.c` (which throws if `b` is undefined). The whole chain after a `?.` is skipped, so it
// is emitted as one conditional: `(a is var t && !Js.IsNullish(t)) ? <rest of the chain on t> : undefined`.

import { ts } from "ts-morph";
import { cs, type CsExpr } from "../cs-ast";
import type { EmitContext } from "../context";
import { nonNullish, type Rep } from "../reps";
import type { Walk } from "./types";

/** Chains emitted right now as plain access on a substituted base (so they are not re-entered). */
const plain = new WeakSet<ts.Node>();

/** The outermost node of an optional chain (or of the part after a nested `?.`), as TypeScript defines it. */
export function isOutermostOptionalChain(node: ts.Node, _ctx: EmitContext): boolean {
  if (!ts.isOptionalChain(node) || plain.has(node)) return false;
  const parent = node.parent;
  return !ts.isOptionalChain(parent) || hasQuestionDot(parent) || parent.expression !== node;
}

function hasQuestionDot(node: ts.Node): boolean {
  return (node as { questionDotToken?: ts.Node }).questionDotToken !== undefined;
}

/** `value` is null or undefined, in its representation. */
export function nullishTest(value: CsExpr, rep: Rep, ctx: EmitContext): CsExpr {
  if (rep.kind === "json") {
    ctx.use("Values");
    return cs.call("Js.IsNullish", [value]);
  }
  if (rep.nullish || rep.kind === "func" || rep.kind === "api" || rep.kind === "exception") return cs.bin("==", value, cs.null());
  return cs.bool(false);
}

export function optionalChain(node: ts.OptionalChain, ctx: EmitContext, walk: Walk): CsExpr {
  // The link with the `?.` nearest the top; links above it run only when its base is not nullish.
  let link: ts.Node = node;
  while (!hasQuestionDot(link)) link = (link as ts.OptionalChain).expression;
  const base = (link as ts.OptionalChain).expression;
  const baseRep = ctx.repAt(base);
  const { bind, value } = ctx.bindOnce(walk.expr(base), baseRep, "c");
  const present = nonNullish(baseRep);
  const rest = ctx.substitute(base, ctx.coerce(value, baseRep, present, base), present, () => {
    plain.add(node);
    try {
      return walk.expr(node);
    } finally {
      plain.delete(node);
    }
  });
  const rep = ctx.repAt(node);
  const isNullish = nullishTest(value, baseRep, ctx);
  const test = bind ? cs.bin("&&", bind, cs.not(isNullish)) : cs.not(isNullish);
  if (rep.kind === "void") {
    // `f?.()` of a function without a result: only ever a statement.
    return { kind: "conditional", test, whenTrue: rest, whenFalse: cs.null() };
  }
  return { kind: "conditional", test, whenTrue: rest, whenFalse: ctx.undefinedOf(rep) };
}

// A table of built-in lowerings as data: what one area file (strings.ts, arrays.ts, …) exports and
// ./index collects. Keys are "<Kind>.<member>" for methods and properties on a value (String.slice,
// Array.map) and "<Global>.<member>" / "<name>" for statics and global functions (Math.round,
// parseInt); constructors are keyed by the global's name (Date, RegExp).

import type { ts } from "ts-morph";
import { diagnostics } from "../../check/diagnostics";
import type { CsExpr } from "../cs-ast";
import type { EmitContext } from "../context";
import type { Rep } from "../reps";
import type { Walk } from "../visitors/types";
import { BuiltinCall } from "./lowering";

/** A call on a value: `receiver.member(args)`. */
export type MethodLowering = (node: ts.CallExpression, receiver: ts.Expression, ctx: EmitContext, walk: Walk) => CsExpr;
/** A call of a static or global function: `Math.round(x)`, `parseInt(s)`. */
export type StaticLowering = (node: ts.CallExpression, ctx: EmitContext, walk: Walk) => CsExpr;
/** A property read on a value (`s.length`) or a static (`Math.PI`). */
export type PropertyLowering = (node: ts.PropertyAccessExpression, ctx: EmitContext, walk: Walk) => CsExpr;
export type ConstructorLowering = (node: ts.NewExpression, ctx: EmitContext, walk: Walk) => CsExpr;

export interface BuiltinTable {
  readonly methods: Readonly<Record<string, MethodLowering>>;
  readonly statics: Readonly<Record<string, StaticLowering>>;
  readonly properties: Readonly<Record<string, PropertyLowering>>;
  readonly constructors: Readonly<Record<string, ConstructorLowering>>;
}

export type Lowering = (c: BuiltinCall) => CsExpr;

/** Fills one area's table; `table` is the result. Each area file holds its own builder. */
export class TableBuilder {
  private readonly methods: Record<string, MethodLowering> = {};
  private readonly staticsTable: Record<string, StaticLowering> = {};
  private readonly properties: Record<string, PropertyLowering> = {};
  private readonly constructors: Record<string, ConstructorLowering> = {};

  get table(): BuiltinTable {
    return { methods: this.methods, statics: this.staticsTable, properties: this.properties, constructors: this.constructors };
  }

  /** `receiver.name(...)` on a value of a kind: `method("String.slice", c => …)`. */
  method(key: string, lower: Lowering): void {
    this.methods[key] = (node, receiver, ctx, walk) => lower(new BuiltinCall(node, ctx, walk, receiver));
  }

  /**
   * `receiver.name(args…)` → `fn(receiver, args…)` of a runtime feature; arguments whose Rep is
   * nullish are optional and left to the helper's C# defaults when the call leaves them out.
   */
  helperMethod(key: string, feature: string, fn: string, receiver: Rep, params: Rep[], returns: Rep): void {
    this.method(key, (c) => {
      const args = params.map((rep, i) => (rep.nullish ? c.optional(i, rep) : [c.arg(i, rep)])).flat();
      return c.helper(feature, fn, [c.receiver(receiver), ...args], returns);
    });
  }

  /** A static or global function: `statics("Math.round", c => …)`, `statics("parseInt", c => …)`. */
  statics(key: string, lower: Lowering): void {
    this.staticsTable[key] = (node, ctx, walk) => lower(new BuiltinCall(node, ctx, walk));
  }

  /** A property of a value (`String.length`) or a static (`Math.PI`); the receiver is the object read. */
  property(key: string, lower: Lowering): void {
    this.properties[key] = (node, ctx, walk) => lower(new BuiltinCall(node, ctx, walk, node.expression));
  }

  /** `new Name(...)` of a global: `construct("Date", c => …)`. */
  construct(key: string, lower: Lowering): void {
    this.constructors[key] = (node, ctx, walk) => lower(new BuiltinCall(node, ctx, walk));
  }

  /** Members rejected on purpose, each with what to write instead. */
  rejected(kind: "method" | "static" | "property", keys: string[], instead: string): void {
    for (const key of keys) {
      const lower: Lowering = (c) => {
        const name = key.includes(".") ? key : `${key}()`;
        if (kind === "property") return c.ctx.report(diagnostics.unsupportedMember(c.ctx.span(c.node), key.split(".")[0], key.split(".").slice(1).join("."), instead));
        return c.reject(`'${name}'`, instead);
      };
      if (kind === "method") this.method(key, lower);
      else if (kind === "static") this.statics(key, lower);
      else this.property(key, lower);
    }
  }
}

// Regular expressions: literals (translated at compile time into .NET patterns of the same meaning,
// or rejected with CSX3005 and the reason), test, exec, lastIndex, the match array's index, input
// and groups, and the string methods that take a RegExp.

import { ts } from "ts-morph";
import { diagnostics } from "../../check/diagnostics";
import { cs, type CsExpr } from "../cs-ast";
import type { EmitContext } from "../context";
import { REP, type Rep } from "../reps";
import type { ExpressionVisitor } from "../visitors/types";
import { BuiltinCall, NUM_OPT } from "./lowering";
import { TableBuilder, type BuiltinTable } from "./table";
import { translateRegex } from "./regex-translate";
import { replacement } from "./replacement";

const t = new TableBuilder();

const S = REP.string;
const RE: Rep = { kind: "api", cs: "JsRegExp" };

/** `Js.Re(source, flags, .NET pattern, group names…)`, or a CSX3005 diagnostic at `node`. */
function regexValue(source: string, flags: string, node: ts.Node, ctx: EmitContext): CsExpr {
  const translated = translateRegex(source, flags);
  if (!translated.ok) return ctx.report(diagnostics.unsupportedRegex(ctx.span(node), translated.reason));
  ctx.use("RegExps");
  const { pattern, names } = translated.value;
  const nameArgs = names.some((n) => n !== null) ? names.map((n) => (n === null ? cs.null() : cs.str(n))) : [];
  return cs.call("Js.Re", [cs.str(source), cs.str(flags), cs.str(pattern), ...nameArgs]);
}

const regexLiteral: ExpressionVisitor<ts.RegularExpressionLiteral> = (node, ctx) => {
  const text = node.text;
  const slash = text.lastIndexOf("/");
  return regexValue(text.slice(1, slash), text.slice(slash + 1), node, ctx);
};

export const regexpVisitors = {
  [ts.SyntaxKind.RegularExpressionLiteral]: regexLiteral,
};

// new RegExp("literal text", "flags"): a pattern known when compiling is translated like a literal.
t.construct("RegExp", (c) => {
  const [source, flags] = c.args;
  const isText = (n: ts.Expression | undefined) => !!n && (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n));
  if (!isText(source) || (flags && !isText(flags))) {
    return c.ctx.report(diagnostics.unsupportedRegex(c.ctx.span(c.node), "a pattern built at run time cannot be checked; write a regular expression literal (/…/)"));
  }
  return c.result(regexValue((source as ts.StringLiteral).text, flags ? (flags as ts.StringLiteral).text : "", c.node, c.ctx), RE);
});

t.method("RegExp.test", (c) => c.helper("RegExps", "Js.Test", [c.receiver(RE), c.arg(0, S)], REP.boolean));
t.method("RegExp.exec", (c) => c.helper("RegExps", "Js.Exec", [c.receiver(RE), c.arg(0, S)], REP.json));
t.method("RegExp.toString", (c) => regexText(c));

function regexText(c: BuiltinCall): CsExpr {
  const re = c.receiver(RE);
  return c.result(cs.bin("+", cs.bin("+", cs.bin("+", cs.str("/"), cs.member(re, "Source")), cs.str("/")), cs.member(re, "Flags")), S);
}

t.property("RegExp.lastIndex", (c) => c.result(cs.member(c.receiver(RE), "LastIndex"), REP.number));
t.property("RegExp.source", (c) => c.result(cs.member(c.receiver(RE), "Source"), S));
t.property("RegExp.flags", (c) => c.result(cs.member(c.receiver(RE), "Flags"), S));
for (const [name, flag] of [["global", "g"], ["ignoreCase", "i"], ["multiline", "m"], ["dotAll", "s"], ["unicode", "u"], ["sticky", "y"], ["hasIndices", "d"]]) {
  t.property(`RegExp.${name}`, (c) => c.result(cs.call(cs.member(c.receiver(RE), "Has"), [cs.lit(`'${flag}'`)]), REP.boolean));
}

// The array that exec and match return carries index, input and groups.
t.property("Match.index", (c) => c.helper("RegExps", "Js.MatchIndex", [c.receiver(REP.json)], REP.number));
t.property("Match.input", (c) => c.helper("RegExps", "Js.MatchInput", [c.receiver(REP.json)], S));
t.property("Match.groups", (c) => c.helper("RegExps", "Js.MatchGroups", [c.receiver(REP.json)], REP.json));

/** `s.split(re)`, `s.replace(re, …)`, `s.match(re)`…: the forms of the string methods that take a RegExp. */
export function regexStringMethod(name: string, c: BuiltinCall): CsExpr {
  const s = c.receiver(S);
  const re = c.arg(0, RE);
  switch (name) {
    case "split":
      return c.helper("RegExps", "Js.Split", [s, re, ...c.optional(1, NUM_OPT)], REP.json);
    case "replace":
      return c.helper("RegExps", "Js.Replace", [s, re, replacement(c)], S);
    case "replaceAll":
      return c.helper("RegExps", "Js.ReplaceAll", [s, re, replacement(c)], S);
    case "match":
      return c.helper("RegExps", "Js.StringMatch", [s, re], REP.json);
    case "matchAll":
      return c.helper("RegExps", "Js.MatchAll", [s, re], REP.json);
    default:
      return c.helper("RegExps", "Js.Search", [s, re], REP.number);
  }
}

t.rejected("method", ["RegExp.compile"], "write a new regular expression literal");

export const regexpBuiltins: BuiltinTable = t.table;

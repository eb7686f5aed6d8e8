// How deep a transform may nest. The TypeScript parser and checker, the emitter's walk and Roslyn all
// recurse into nested syntax; past some depth each of them runs out of stack (1,000 nested
// parentheses already crash the TypeScript parser). So nesting is limited, as compilers limit it,
// and reported with a code at the place that goes past the limit.
//
// A chain of binary operators (`a + b + … + z`) nests on its left as deep as it is long; its
// links are walked and printed in loops (operators.ts, printer.ts), so they do not count.

import * as fs from "node:fs";
import * as path from "node:path";
import { ts } from "ts-morph";

/** Syntax nodes nested in one another, counted from the file. Real transforms stay well below 100. */
export const MAX_NESTING = 200;

/** The arithmetic, `+` and bitwise operators: a chain of them is walked in a loop, not by recursion. */
export const CHAIN_OPERATORS: ReadonlySet<ts.SyntaxKind> = new Set([
  ts.SyntaxKind.PlusToken, ts.SyntaxKind.MinusToken, ts.SyntaxKind.AsteriskToken, ts.SyntaxKind.SlashToken,
  ts.SyntaxKind.PercentToken, ts.SyntaxKind.AsteriskAsteriskToken, ts.SyntaxKind.AmpersandToken, ts.SyntaxKind.BarToken,
  ts.SyntaxKind.CaretToken, ts.SyntaxKind.LessThanLessThanToken, ts.SyntaxKind.GreaterThanGreaterThanToken,
  ts.SyntaxKind.GreaterThanGreaterThanGreaterThanToken,
]);

function isChainOperator(node: ts.Node): node is ts.BinaryExpression {
  return ts.isBinaryExpression(node) && CHAIN_OPERATORS.has(node.operatorToken.kind);
}

/** The first node (in source order) nested deeper than MAX_NESTING, if any; without recursion. */
export function tooDeep(file: ts.SourceFile): ts.Node | undefined {
  const stack: Array<[ts.Node, number]> = [[file, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > MAX_NESTING) return node;
    const children: Array<[ts.Node, number]> = [];
    ts.forEachChild(node, (child) => {
      const link = isChainOperator(node) && isChainOperator(child) && child === node.left;
      children.push([child, link ? depth : depth + 1]);
    });
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return undefined;
}

/**
 * Where the brackets of a text nest past the limit (0-based offset), for a file that the parser
 * itself could not read; the file's start when the brackets are not what goes too deep.
 */
export function deepestBracket(text: string): number {
  const scanner = ts.createScanner(ts.ScriptTarget.ES2022, true, ts.LanguageVariant.Standard, text);
  let depth = 0;
  for (let token = scanner.scan(); token !== ts.SyntaxKind.EndOfFileToken; token = scanner.scan()) {
    if (token === ts.SyntaxKind.OpenParenToken || token === ts.SyntaxKind.OpenBracketToken || token === ts.SyntaxKind.OpenBraceToken) {
      if (++depth > MAX_NESTING) return scanner.getTokenStart();
    } else if (token === ts.SyntaxKind.CloseParenToken || token === ts.SyntaxKind.CloseBracketToken || token === ts.SyntaxKind.CloseBraceToken) {
      depth = Math.max(0, depth - 1);
    }
  }
  return 0;
}

/**
 * Where the parser runs out of stack in a text it cannot read: the shortest prefix it cannot read
 * ends inside the construct that nests too deep (found by bisection: a few parses of prefixes).
 */
export function crashPoint(text: string): number {
  const fails = (end: number): boolean => {
    try {
      ts.createSourceFile("prefix.ts", text.slice(0, end), ts.ScriptTarget.ES2022, true);
      return false;
    } catch (error) {
      if (error instanceof RangeError) return true;
      throw error;
    }
  };
  if (!fails(text.length)) return 0;
  let [ok, bad] = [0, text.length];
  while (bad - ok > 1) {
    const mid = (ok + bad) >> 1;
    if (fails(mid)) bad = mid;
    else ok = mid;
  }
  return bad - 1;
}

/**
 * The TypeScript files under `dir` that the parser cannot read for want of stack, with where they go
 * too deep: what to report when parsing the project threw. Bounded: transforms/ is small.
 */
export function unparsableFiles(dir: string): Array<{ file: string; offset: number; text: string }> {
  const out: Array<{ file: string; offset: number; text: string }> = [];
  const pending = [dir];
  for (let seen = 0; pending.length && seen < 10_000; seen++) {
    const current = pending.pop()!;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(current, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory() && entry.name !== "node_modules") pending.push(full);
      else if (entry.isFile() && /\.tsx?$/.test(entry.name)) {
        let text: string;
        try {
          text = fs.readFileSync(full, "utf8");
          ts.createSourceFile(full, text, ts.ScriptTarget.ES2022, true);
        } catch (error) {
          if (error instanceof RangeError) out.push({ file: full, offset: deepestBracket(text!) || crashPoint(text!), text: text! });
        }
      }
    }
  }
  return out;
}

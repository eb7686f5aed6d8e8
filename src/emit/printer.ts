// Prints the C# tree: precedence-aware parentheses, four-space indentation, and `#line` directives
// that map each statement back to its TypeScript line so C# errors point at the user's source.

import type { CsExpr, CsMember, CsMethod, CsParam, CsStmt, Origin } from "./cs-ast";
import { commentText, lineDirectiveFile } from "./inert";

const BINARY_PRECEDENCE: Record<string, number> = {
  "*": 14, "/": 14, "%": 14,
  "+": 13, "-": 13,
  "<<": 12, ">>": 12,
  "<": 11, ">": 11, "<=": 11, ">=": 11, is: 11, as: 11,
  "==": 10, "!=": 10,
  "&": 9, "^": 8, "|": 7, "&&": 6, "||": 5, "??": 4,
};

function precedence(expr: CsExpr): number {
  switch (expr.kind) {
    case "literal":
    case "name":
    case "member":
    case "index":
    case "call":
    case "new":
    case "postfix":
    case "array":
      return 16;
    case "unary":
    case "cast":
    case "await":
      return 15;
    case "is":
      return 11;
    case "binary":
      return BINARY_PRECEDENCE[expr.op] ?? 1;
    case "conditional":
      return 3;
    case "assign":
    case "lambda":
      return 2;
    case "throwExpr":
      return 1;
  }
}

export class Printer {
  private lines: string[] = [];
  private lastOrigin: string | null = null;

  constructor(private readonly lineDirectives: boolean) {}

  expr(expr: CsExpr, minPrecedence = 0): string {
    const text = this.exprText(expr);
    return precedence(expr) < minPrecedence ? `(${text})` : text;
  }

  private exprText(e: CsExpr): string {
    switch (e.kind) {
      case "literal":
        return e.text;
      case "name":
        return e.name;
      case "member":
        return `${this.expr(e.target, 16)}${e.conditional ? "?." : "."}${e.name}`;
      case "index":
        return `${this.expr(e.target, 16)}[${this.expr(e.index)}]`;
      case "call": {
        const typeArgs = e.typeArgs?.length ? `<${e.typeArgs.join(", ")}>` : "";
        return `${this.expr(e.callee, 16)}${typeArgs}(${e.args.map((a) => this.expr(a)).join(", ")})`;
      }
      case "new": {
        const args = `(${e.args.map((a) => this.expr(a)).join(", ")})`;
        if (!e.init) return `new ${e.type}${args}`;
        if (e.init.length === 0) return `new ${e.type}${args}`;
        return `new ${e.type}${e.args.length ? args : ""} { ${e.init.map((i) => this.expr(i)).join(", ")} }`;
      }
      case "array":
        return `new ${e.type}[] { ${e.items.map((i) => this.expr(i)).join(", ")} }`;
      case "binary": {
        // Left-associative: the right operand needs parentheses at equal precedence. A long chain
        // (a + b + c …) nests on the left: its links are printed in a loop, not by recursion.
        const spine: Array<Extract<CsExpr, { kind: "binary" }>> = [e];
        for (let l = e.left; l.kind === "binary" && BINARY_PRECEDENCE[l.op] >= BINARY_PRECEDENCE[spine[spine.length - 1].op]; l = l.left) spine.push(l);
        const innermost = spine[spine.length - 1];
        let text = this.expr(innermost.left, BINARY_PRECEDENCE[innermost.op]);
        for (let i = spine.length - 1; i >= 0; i--) text += ` ${spine[i].op} ${this.expr(spine[i].right, BINARY_PRECEDENCE[spine[i].op] + 1)}`;
        return text;
      }
      case "unary": {
        const operand = this.expr(e.operand, 15);
        // Keep "- -x" and "+ +x" from printing as "--x" / "++x".
        const sep = (e.op === "-" || e.op === "+") && operand.startsWith(e.op) ? " " : "";
        return `${e.op}${sep}${operand}`;
      }
      case "postfix":
        return `${this.expr(e.operand, 16)}${e.op}`;
      case "conditional":
        return `${this.expr(e.test, 4)} ? ${this.expr(e.whenTrue, 3)} : ${this.expr(e.whenFalse, 3)}`;
      case "cast":
        return `(${e.type})${this.expr(e.operand, 15)}`;
      case "await":
        return `await ${this.expr(e.operand, 15)}`;
      case "assign":
        return `${this.expr(e.target, 16)} ${e.op} ${this.expr(e.value, 2)}`;
      case "throwExpr":
        return `throw ${this.expr(e.operand, 2)}`;
      case "is":
        return `${this.expr(e.operand, 12)} is ${e.type}${e.name ? " " + e.name : ""}`;
      case "lambda": {
        const params = `(${e.params.map((p) => this.param(p)).join(", ")})`;
        const prefix = e.isAsync ? "async " : "";
        if (!Array.isArray(e.body)) return `${prefix}${params} => ${this.expr(e.body, 2)}`;
        return `${prefix}${params} =>\n${this.inlineBlock(e.body)}`;
      }
    }
  }

  private param(p: CsParam): string {
    const head = p.type ? `${p.type} ${p.name}` : p.name;
    return p.defaultValue ? `${head} = ${this.expr(p.defaultValue)}` : head;
  }

  /** A block inside an expression (a lambda body), indented relative to the current line. */
  private inlineBlock(body: CsStmt[]): string {
    const inner = new Printer(false);
    inner.block(body, 0);
    const indent = this.currentIndent;
    return inner.lines.map((l) => (l.startsWith("#") ? l : indent + l)).join("\n");
  }

  private currentIndent = "";

  private emit(depth: number, text: string): void {
    this.lines.push("    ".repeat(depth) + text);
  }

  private mark(depth: number, origin: Origin | undefined): void {
    this.currentIndent = "    ".repeat(depth);
    if (!this.lineDirectives || !origin) return;
    const key = `${origin.line} "${lineDirectiveFile(origin.file)}"`;
    if (key === this.lastOrigin) return;
    this.lines.push(`#line ${key}`);
    this.lastOrigin = key;
  }

  block(body: CsStmt[], depth: number): void {
    this.emit(depth, "{");
    for (const s of body) this.stmt(s, depth + 1);
    // A label must precede a statement: one that ends the block gets an empty one.
    if (body[body.length - 1]?.kind === "label") this.emit(depth + 1, ";");
    this.emit(depth, "}");
  }

  stmt(s: CsStmt, depth: number): void {
    if (s.kind !== "comment" && s.kind !== "label") this.mark(depth, s.origin);
    switch (s.kind) {
      case "comment":
        this.emit(depth, `// ${commentText(s.text)}`);
        return;
      case "local":
        this.emit(depth, `${s.type} ${s.name}${s.init ? " = " + this.expr(s.init, 2) : ""};`);
        return;
      case "expr":
        this.emit(depth, `${this.expr(s.expr)};`);
        return;
      case "if":
        this.emit(depth, `if (${this.expr(s.test)})`);
        this.block(s.then, depth);
        if (s.else) {
          if (s.else.length === 1 && s.else[0].kind === "if") {
            this.lines.push("    ".repeat(depth) + "else");
            this.stmt(s.else[0], depth);
          } else {
            this.emit(depth, "else");
            this.block(s.else, depth);
          }
        }
        return;
      case "while":
        this.emit(depth, `while (${this.expr(s.test)})`);
        this.block(s.body, depth);
        return;
      case "doWhile":
        this.emit(depth, "do");
        this.block(s.body, depth);
        this.emit(depth, `while (${this.expr(s.test)});`);
        return;
      case "for": {
        const init = s.init
          .map((i) => (i.kind === "local" ? `${i.type} ${i.name}${i.init ? " = " + this.expr(i.init, 2) : ""}` : i.kind === "expr" ? this.expr(i.expr) : ""))
          .join(", ");
        const test = s.test ? this.expr(s.test) : "";
        this.emit(depth, `for (${init}; ${test}; ${s.update.map((u) => this.expr(u)).join(", ")})`);
        this.block(s.body, depth);
        return;
      }
      case "foreach":
        this.emit(depth, `foreach (${s.type} ${s.name} in ${this.expr(s.source)})`);
        this.block(s.body, depth);
        return;
      case "return":
        this.emit(depth, s.value ? `return ${this.expr(s.value)};` : "return;");
        return;
      case "break":
        this.emit(depth, "break;");
        return;
      case "continue":
        this.emit(depth, "continue;");
        return;
      case "throw":
        this.emit(depth, s.value ? `throw ${this.expr(s.value)};` : "throw;");
        return;
      case "block":
        this.block(s.body, depth);
        return;
      case "try":
        this.emit(depth, "try");
        this.block(s.body, depth);
        if (s.handler) {
          this.emit(depth, s.catchType ? `catch (${s.catchType}${s.catchName ? " " + s.catchName : ""})` : "catch");
          this.block(s.handler, depth);
        }
        if (s.finalizer) {
          this.emit(depth, "finally");
          this.block(s.finalizer, depth);
        }
        return;
      case "switch":
        this.emit(depth, `switch (${this.expr(s.subject)})`);
        this.emit(depth, "{");
        for (const section of s.sections) {
          for (const label of section.labels) {
            this.emit(depth + 1, label === "default" ? "default:" : `case ${this.expr(label)}:`);
          }
          this.block(section.body, depth + 1);
        }
        this.emit(depth, "}");
        return;
      case "localFunction":
        this.method(s.fn, depth);
        return;
      case "label":
        // Printed one level out, like a case label; block() adds the statement a last label needs.
        this.emit(Math.max(0, depth - 1), `${s.name}:`);
        return;
      case "goto":
        this.emit(depth, `goto ${s.target};`);
        return;
    }
  }

  method(m: CsMethod, depth: number): void {
    if (m.comment) this.emit(depth, `// ${commentText(m.comment)}`);
    this.mark(depth, m.origin);
    const mods = m.modifiers.length ? m.modifiers.join(" ") + " " : "";
    this.emit(depth, `${mods}${m.returnType} ${m.name}(${m.params.map((p) => this.param(p)).join(", ")})`);
    this.block(m.body, depth);
  }

  member(member: CsMember, depth: number): void {
    if (member.kind === "method") {
      this.method(member, depth);
    } else {
      this.mark(depth, member.origin);
      const init = member.init ? " = " + this.expr(member.init, 2) : "";
      this.emit(depth, `${member.modifiers.join(" ")} ${member.type} ${member.name}${init};`);
    }
  }

  blankLine(): void {
    this.lines.push("");
  }

  /** Ends source mapping so the runtime that follows is reported as script.csx itself. */
  endMapping(): void {
    if (this.lineDirectives && this.lastOrigin !== null) this.lines.push("#line default");
    this.lastOrigin = null;
  }

  text(): string {
    return this.lines.join("\n");
  }
}

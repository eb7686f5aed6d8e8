// Constructs csxc rejects, each with the code of its diagnostic: emitting the snippet must report
// that code (the C# is never written, so these cases need no .NET).

import type { Snippet } from "./snippet";

function rejects(construct: string, code: string, rejects_: string, declarations?: string): Snippet {
  return { construct, form: "body", code, rejects: rejects_, declarations, name: code.split("\n")[0] };
}

export const rejectedCases: Snippet[] = [
  rejects("type errors", 'const n: number = "a";\nreturn n;', "CSX1001"),
  rejects("a var used before its declaration", "function f() {\n  total = 1;\n  var total = 2;\n  return total;\n}\nreturn f();", "CSX2003"),
  rejects("destructuring with var", "var [a, b] = [1, 2];\nreturn a + b;", "CSX2003"),
  rejects("classes", "class A { n = 1; }\nreturn new A().n;", "CSX2002"),
  rejects("the type any", "const x: any = 1;\nreturn x;", "CSX2004"),
  rejects("== and != except against null", 'const a: number = 1;\nconst b: number = 2;\nreturn a == b;', "CSX2005"),
  rejects("generators", "function* g() { yield 1; }\nreturn 1;", "CSX2006"),
  rejects("getters and setters", "const o = { get a() { return 1; } };\nreturn o.a;", "CSX2007"),
  rejects("namespaces", "return Limits.max;", "CSX2010", "namespace Limits { export const max = 10; }"),
  rejects("enum members computed at run time", "return Size.Long;", "CSX2010", 'enum Size { Short = 1, Long = "abc".length }'),
  rejects("arguments", "function f() { return arguments.length; }\nreturn f();", "CSX2011"),
  rejects("this", "function f(this: { n: number }) { return this.n; }\nreturn 1;", "CSX2012"),
  rejects("prototypes", "const o = Object.create(null) as Json;\nreturn o;", "CSX2016"),
  rejects("prototypes", "const o = { a: 1 };\nconst p = Object.getPrototypeOf(o) as Json;\nreturn p;", "CSX2016"),
  rejects("debugger", "debugger;\nreturn 1;", "CSX2018"),
  rejects("a call that returns nothing before a comma or after void, inside an expression", "const log: string[] = [];\nfunction note(s: string): void { log.push(s); }\nconst n = (note(\"a\"), log.length);\nreturn n;", "CSX2019"),
  rejects("eval and new Function", 'return eval("1");', "CSX2021"),
  rejects("functions stored in objects or arrays", "const fs = [() => 1];\nreturn fs.length;", "CSX2023"),
  rejects("leaving a finally block", "function f() { try { return 1; } finally { return 2; } }\nreturn f();", "CSX2024"),
  rejects("instanceof except Error and HttpError", "const d = new Date(0);\nreturn d instanceof Date;", "CSX2025"),
  rejects("throwing a value that is not an Error", 'throw "text";', "CSX2026"),
  rejects("a caught error used as a value", "try { throw new Error(\"x\"); } catch (e) { return [e]; }\nreturn [];", "CSX2028"),
  rejects("returning a promise without await inside try", "async function f(): Promise<string> { try { return req.text(); } catch { return \"x\"; } }\nreturn await f();", "CSX2030"),
  rejects("unknown globals", 'const r = await fetch("https://x");\nreturn r.status;', "CSX3001"),
  rejects("console", 'console.log("x");\nreturn 1;', "CSX1001"),
  rejects("unknown globals", "setTimeout(() => 1, 10);\nreturn 1;", "CSX3001"),
  rejects("BigInt", "const b = 10n;\nreturn Number(b);", "CSX3001"),
  rejects("imports from other modules", "return 1;", "CSX3004", 'import * as fs from "fs";\nexport const unused = fs;'),
  rejects("tagged templates", "function tag(s: TemplateStringsArray) { return s.length; }\nreturn tag`x`;", "CSX2001"),
  rejects("Math.random", "return Math.random();", "CSX3003"),
  rejects("regular expressions that mean something else in .NET", 'return /^.$/u.test("😀");', "CSX3005"),
  rejects("culture-dependent methods", 'return "a".localeCompare("b");', "CSX3003"),
  rejects("culture-dependent methods", "return (1234.5).toLocaleString();", "CSX3003"),
  rejects("culture-dependent methods", 'return "e\u0301".normalize("NFC");', "CSX3003"),
  rejects("culture-dependent methods", "return new Date(0).toLocaleString();", "CSX3003"),
  rejects("new Promise, Promise.race and Promise.any", "const p = new Promise<number>((r) => r(1));\nreturn await p;", "CSX3003"),
  rejects("new Promise, Promise.race and Promise.any", "return await Promise.race([Promise.resolve(1)]);", "CSX3003"),
  rejects("iterators", "return [1, 2].entries().next().done ?? false;", "CSX3003"),
  rejects("unknown globals", 'const s = Symbol("x");\nreturn s.toString();', "CSX3001"),
  rejects("regular expressions that mean something else in .NET", 'return /a/y.test("a");', "CSX3005"),
  rejects("typed arrays (Uint8Array, ArrayBuffer, DataView; Buffer, TextEncoder and TextDecoder are unknown globals, CSX3001)", "const b = new Uint8Array([1, 2]);\nreturn b.length;", "CSX2001"),
  rejects("Intl", 'return new Intl.NumberFormat("en").format(1);', "CSX2001"),
  rejects("WeakMap, WeakSet and other classes of the library", "const m = new WeakMap<object, number>();\nreturn m.has({});", "CSX2001"),
];

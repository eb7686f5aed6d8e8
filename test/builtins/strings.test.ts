// String built-ins, run on node and on .NET: UTF-16 units, index clamping, split and replace,
// JS's white space and case mapping, the URI functions.
import { parity } from "../support/parity";

parity("String built-ins", [
  {
    name: "length, indexing, at, charAt, charCodeAt, codePointAt",
    exprs: ['"hello".length', '"😀".length', '"a😀b"[3]', '"abc".at(-1)', '"abc".at(3)', '"abc".at(-4)', '"abc".charAt(1)', '"abc".charAt(9)', '"abc".charAt(-1)', '"😀".charAt(1)',
      '"abc".charCodeAt(0)', '"😀".charCodeAt(0)', '"abc".charCodeAt(7)', '"😀".codePointAt(0)', '"😀".codePointAt(1)', '"abc".codePointAt(5)', '"abc".at(1.7)', '"abc".charAt(0 / 0)'],
  },
  {
    name: "slice, substring, substr",
    exprs: ['"hello".slice(1)', '"hello".slice(-3)', '"hello".slice(1, -1)', '"hello".slice(-100)', '"hello".slice(3, 1)', '"hello".slice(2, 100)', '"hello".slice()', '"😀x".slice(1)', '"hello".slice(1 / 0)', '"hello".slice(-1 / 0, 2)',
      '"hello".substring(1, 3)', '"hello".substring(3, 1)', '"hello".substring(-2, 2)', '"hello".substring(2)', '"hello".substring(0 / 0, 2)', '"hello".substr(1, 2)', '"hello".substr(-3)', '"hello".substr(1, -1)'],
  },
  {
    name: "indexOf, lastIndexOf, includes, startsWith, endsWith",
    exprs: ['"abcabc".indexOf("c")', '"abcabc".indexOf("c", 3)', '"abc".indexOf("")', '"abc".indexOf("", 10)', '"abc".indexOf("z")', '"abc".indexOf("c", -5)', '"abcabc".lastIndexOf("b")', '"abcabc".lastIndexOf("b", 3)',
      '"abc".lastIndexOf("")', '"abc".lastIndexOf("", 1)', '"abcabc".lastIndexOf("b", -1)', '"abcabc".lastIndexOf("c", 0 / 0)', '"Straße".indexOf("ss")', '"e\\u0301".indexOf("\\u00e9")', '"abc".includes("bc")', '"abc".includes("")', '"abc".includes("a", 1)',
      '"abc".startsWith("ab")', '"abc".startsWith("bc", 1)', '"abc".startsWith("", 5)', '"abc".endsWith("bc")', '"abc".endsWith("ab", 2)', '"abc".endsWith("abc", 99)', '"ǆ".startsWith("Ǆ")', '"ıI".indexOf("i")'],
  },
  {
    name: "split with strings",
    exprs: ['"a,b,,c".split(",")', '"abc".split("")', '"".split(",")', '"".split("")', '"a,b,c".split(",", 2)', '"a,b,c".split(",", 0)', '"a,b,c".split(",", 10)', '",a,".split(",")', '"a::b::c".split("::")',
      '"😀".split("")', '"abc".split("", 2)', '"aXbxc".split("x")', '"a,b".split(",", -1)', '"a,b,c".split(",", 2.9)', '"aaa".split("aa")'],
  },
  {
    name: "replace and replaceAll with strings and patterns",
    exprs: ['"aaa".replace("a", "b")', '"a.b.c".replace(".", "-")', '"abc".replace("", "-")', '"abc".replace("z", "-")', '"abc".replace("b", "[$&]")', '"abc".replace("b", "$$")', '"abc".replace("b", "$\'")', '"abc".replace("b", "$`")',
      '"abc".replace("b", "$1")', '"abc".replace("b", "$<x>")', '"abc".replace("b", "$")', '"abc".replace("b", "x$")', '"aaa".replaceAll("a", "b")', '"a.b.c".replaceAll(".", "")', '"ab".replaceAll("", "-")', '"aaaa".replaceAll("aa", "b")',
      '"abab".replaceAll("b", "[$&$`]")', '"abc".replace("b", (m) => m.toUpperCase())', '"abcb".replaceAll("b", (m, offset) => `${m}${offset}`)', '"abc".replace("b", (m, o, s) => `${s}`)'],
  },
  {
    name: "case mapping",
    exprs: ['"Hello".toUpperCase()', '"Hello".toLowerCase()', '"i".toUpperCase()', '"I".toLowerCase()', '"ß".toUpperCase()', '"ﬃ".toUpperCase()', '"Σ".toLowerCase()', '"ΟΔΟΣ".toLowerCase()', '"ΟΔΟΣ ΟΔΟΣ".toLowerCase()', '"ΑΣ.".toLowerCase()',
      '"ÀÉÎ".toLowerCase()', '"İ".toLowerCase()', '"İ".toLowerCase().length', '"ı".toUpperCase()', '"ſ".toUpperCase()', '"µ".toUpperCase()', '"ǅ".toUpperCase()', '"ǅ".toLowerCase()', '"ა".toUpperCase()', '"𐐨".toUpperCase()', '"\\uD801".toUpperCase()',
      '"ŉ".toUpperCase()', '"ᾳ".toUpperCase()', '"K".toLowerCase()', '"ΣΑ".toLowerCase()', '"aΣ\\u0301".toLowerCase()', '"aΣ\\u0301b".toLowerCase()'],
  },
  {
    name: "trim, pad, repeat, concat",
    exprs: ['"  a b  ".trim()', '"\\t\\n a \\r\\n".trim()', '"\\u00a0\\u2003a\\u3000".trim()', '"\\ufeffa".trim().length', '"\\u0085a\\u0085".trim().length', '"\\u200ba".trim().length', '"  a  ".trimStart()', '"  a  ".trimEnd()',
      '"5".padStart(3, "0")', '"abc".padStart(2)', '"a".padStart(4)', '"a".padEnd(5, "xy")', '"a".padEnd(4, "")', '"7".padStart(3, "ab")', '"7".padStart(2.9, "0")', '"ab".repeat(3)', '"a".repeat(0)', '"a".repeat(-1)', '"a".repeat(1 / 0)', '"a".repeat(2.5)',
      '"a".concat("b", "c")', '"a".concat()', '"abc".toString()', '"a-b".split("-").reverse().join("+")'],
  },
  {
    name: "String(), fromCharCode, fromCodePoint",
    exprs: ["String(1.5)", "String(true)", "String(null)", "String()", "String(0.1 + 0.2)", "String(-0)", "String.fromCharCode(72, 105)", "String.fromCharCode(0xD83D, 0xDE00)", "String.fromCharCode(65601)", "String.fromCodePoint(128512, 65)", "String.fromCodePoint(-1)", "String.fromCodePoint(1.5)",
      "String.fromCharCode(...[72, 105])"],
  },
  {
    name: "URI functions",
    exprs: ["encodeURIComponent(\"!'()*\")", 'encodeURIComponent("a b&c=d/e?f#g")', 'encodeURIComponent("-_.~")', 'encodeURIComponent("é😀")', 'encodeURIComponent("+:@$,;")', 'encodeURIComponent("")', 'encodeURIComponent("\\u0000\\n")', "encodeURIComponent(5)",
      'decodeURIComponent("a%20b%2Bc")', 'decodeURIComponent("a+b")', 'decodeURIComponent("%C3%A9%f0%9f%98%80")', 'decodeURIComponent("100%25")', 'decodeURIComponent("%E9")', 'decodeURIComponent("abc%2")', 'decodeURIComponent("%zz")', 'decodeURIComponent("%C0%80")', 'decodeURIComponent("%ED%A0%80")',
      'encodeURIComponent("\\uD800x")', 'encodeURIComponent("\\uDC00")', 'encodeURI("https://x.test/a b?q=1&r=é#h")', 'decodeURI("a%20b%2F%23")', 'decodeURI("%41%3B")', 'encodeURI("[]")'],
  },
  {
    name: "methods on string unions and nullable strings",
    declarations: 'type Method = "GET" | "POST";\nfunction method(): Method { return "POST"; }\nfunction maybe(): string | undefined { return " x "; }\nfunction missing(): string | null { return null; }',
    exprs: ["method().toLowerCase()", "method().length", "maybe()?.trim()", "missing()?.trim() ?? \"none\"", "(maybe() ?? \"\").padStart(4, \"*\")"],
  },
  {
    name: "case mapping of every code point",
    declarations: `function every(from: number, to: number, step = 1): string {
  const chars: string[] = [];
  for (let c = from; c <= to; c += step) chars.push(String.fromCodePoint(c));
  return chars.join("");
}`,
    exprs: ["every(0, 0xd7ff).toUpperCase()", "every(0, 0xd7ff).toLowerCase()", "every(0xe000, 0xffff).toUpperCase()", "every(0xe000, 0xffff).toLowerCase()",
      "every(0x10000, 0x1ffff).toUpperCase()", "every(0x10000, 0x1ffff).toLowerCase()", "every(0x20000, 0x10ffff, 7).toUpperCase() === every(0x20000, 0x10ffff, 7)"],
  },
]);

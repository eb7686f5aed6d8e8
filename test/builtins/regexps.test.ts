// Regular expressions, run on node and on .NET: the translated patterns must match what V8 matches.
import { parity } from "../support/parity";

parity("RegExp built-ins", [
  {
    name: "classes, anchors and flags",
    exprs: ['/\\d+/.test("a1")', '/^[a-z]+$/i.test("ABC")', '/\\d/.test("\\u0663")', '/\\w/.test("é")', '/\\s/.test("\\u00a0")', '/\\s/.test("\\ufeff")', '/\\s/.test("\\u0085")', '/a$/.test("a\\n")', '/^b/m.test("a\\nb")', '/^b/m.test("a\\rb")', '/a$/m.test("a\\u2028b")',
      '/./.test("\\n")', '/./.test("\\r")', '/./s.test("\\n")', '/^.$/.test("😀")', '/[^]/.test("\\n")', '/[]/.test("a")', '/\\bcat\\b/.test("concat cat")', '/\\Bcat/.test("concat")', '/k/i.test("\\u212A")', '/s/i.test("\\u017F")', '/é/i.test("É")', '/[a-z]/i.test("K")',
      '/[^a-z]/i.test("A")', '/\\W/i.test("\\u017F")', '/σ/i.test("ς")', '/[\\d-z]/.test("-")', '/[\\w-]/.test("-")', '/a{2}/.test("aa")', '/a{,2}/.test("a{,2}")', '/\\a/.test("a")', '/\\e/.test("e")', '/\\cA/.test("\\u0001")', '/\\c/.test("\\\\c")', '/[\\b]/.test("\\b")',
      '/\\x41\\u0042/.test("AB")', '/\\0/.test("\\u0000")', '/a.c/s.test("a\\nc")', '/\\//.test("/")', '/[[b]]/.test("b]")', '/[A-[b]]/.test("Z]")', '/\\$/.test("$")', '/(?:)/.test("")'],
  },
  {
    name: "exec, match, groups and lastIndex",
    exprs: ['/(?<year>\\d{4})/.exec("in 2020")?.groups?.year', '/(a)(b)?/.exec("a")?.[2] ?? "none"', '/(a)(b)?/.exec("ab")', '/x/.exec("abc")', '/b/.exec("abc")?.index', '/b/.exec("abc")?.input', '"a1b22c333".match(/\\d+/g)', '"abc".match(/z/g)', '"one two".match(/(\\w+) (\\w+)/)?.slice(1)',
      '"aBc".search(/[A-Z]/)', '"abc".search(/z/)', '(() => { const re = /o/g; const s = "foo boo"; const out: number[] = []; let m = re.exec(s); while (m) { out.push(m.index, re.lastIndex); m = re.exec(s); } return [out, re.lastIndex]; })()',
      '(() => { const re = /a/g; return [re.test("aa"), re.lastIndex, re.test("aa"), re.lastIndex, re.test("aa"), re.lastIndex]; })()', '(() => { const re = /a/; return [re.test("aa"), re.lastIndex]; })()',
      '[..."a1b2".matchAll(/\\d/g)].map((m) => m[0] + m.index)', 'Array.from("x1y22".matchAll(/(?<d>\\d+)/g)).map((m) => m.groups?.d ?? "")', '/(?<a>x)|(?<b>y)/.exec("y")?.groups', '/(?<y>\\d+)-(\\d+)/.exec("12-34")', '"aaa".match(/a*?/g)', '"abc".match(/(?:)/g)',
      '/a/gi.flags', '/a/gi.source', '/a/g.global', '/a/.ignoreCase', '/(\\d+)/.exec("x12")?.length'],
  },
  {
    name: "replace, replaceAll and split",
    exprs: ['"a1b2".replace(/\\d/g, "#")', '"a1b2".replace(/\\d/, "#")', '"x-y_z".split(/[-_]/)', '"2020-01-05".replace(/(\\d+)-(\\d+)-(\\d+)/, "$3/$2/$1")', '"aaa".replace(/a/g, (m) => m.toUpperCase())', '"A-B".replace(/-/g, "$$")', '"ab".replace(/(a)/, "[$1$2]")',
      '"abc".replace(/(?<x>b)/, "[$<x>|$<y>|$<x]")', '"abc".replace(/b/, "[$<x>]")', '"abcabc".replace(/(b)(c)/g, "$2$1$&$`$\'$0$10")', '"abc".replace(/(b)/, "$01$00$001")', '"aXbX".replace(/x/gi, (m, offset, s) => `${offset}:${s.length}`)',
      '"a1b2".replace(/(?<d>\\d)/g, (m, d, offset, s, groups) => `<${d}${offset}${groups.d}>`)', '"ab".replace(/(x)?b/, (m, x) => `${x === undefined}`)', '"abc".replace(/(?:)/g, "-")', '"aaa".replaceAll(/a/g, "b")', '"aaa".replaceAll(/a/, "b")', '"😀".replace(/(?:)/g, "-").length',
      '"a,b;c".split(/[,;]/)', '"abc".split(/(b)/)', '"abc".split(/(x)?b/)', '"abc".split(/(?:)/)', '"".split(/,/)', '"".split(/(?:)/)', '"a,b,c".split(/,/, 2)', '"test".split(/t/)', '"a1b2c3".split(/\\d/)', '"aXbXc".split(/x/i, 0)', '"ab".split(/a*?/)', '"ab".split(/a*/)'],
  },
  {
    name: "backreferences, lookaround and laziness",
    exprs: ['/(a)\\1/.test("aa")', '/\\1(a)/.test("a")', '/(a)?b\\1/.test("b")', '/(?<q>["\'])x\\k<q>/.test("\'x\'")', '/(?<=\\$)\\d+/.exec("cost $42")?.[0]', '/(?<!\\$)\\d+/.exec("$4 2")?.[0]', '/a(?=b)/.exec("ab")', '/a(?!b)/.test("ab")', '/<.+?>/.exec("<a><b>")?.[0]',
      '/(\\d+)(\\d+)/.exec("12345")', '/(a|ab)(c|bcd)(d*)/.exec("abcd")', '/(\\w+)@(\\w+)\\.com/.exec("me@site.com")'],
  },
]);

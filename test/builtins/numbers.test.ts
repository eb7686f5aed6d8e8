// Number and Math built-ins, run on node and on .NET: parsing, the exact-value formatting of
// toFixed and friends, JS's rounding and signed zeros.
import { parity } from "../support/parity";

const SIGNED = "function z(n: number): string { return Object.is(n, -0) ? \"-0\" : `${n}`; }";

/** Decimal strings of 1 to 25 digits and exponents from -330 to 310, from a fixed seed. */
const LONG_DECIMALS = (() => {
  let seed = 7;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return Math.floor((seed / 2147483648) * n);
  };
  return Array.from({ length: 120 }, () => {
    const digits = Array.from({ length: 1 + next(25) }, () => String(next(10))).join("");
    const point = next(digits.length + 1);
    const exponent = next(3) === 0 ? `e${next(640) - 330}` : "";
    return `${digits.slice(0, point)}.${digits.slice(point)}${exponent}`;
  });
})();

/** Doubles of every magnitude, with the formatting calls to try on each, from a fixed seed. */
const FORMATTED = (() => {
  let seed = 11;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return Math.floor((seed / 2147483648) * n);
  };
  return Array.from({ length: 150 }, () => {
    const x = (next(2) ? -1 : 1) * (next(1e9) / 1e9) * 10 ** (next(50) - 25);
    const text = String(x);
    switch (next(4)) {
      case 0: return `(${text}).toFixed(${next(21)})`;
      case 1: return `(${text}).toPrecision(${1 + next(21)})`;
      case 2: return next(2) ? `(${text}).toExponential(${next(21)})` : `(${text}).toExponential()`;
      default: return `(${text}).toString(${2 + next(35)})`;
    }
  });
})();

parity("Number and Math built-ins", [
  { name: "formatting random doubles", exprs: FORMATTED },
  {
    name: "parseInt",
    exprs: ['parseInt("08")', 'parseInt("0x1f")', 'parseInt("  12px")', 'z(parseInt(""))', 'z(parseInt("abc"))', 'z(parseInt("-0"))', 'parseInt("1e3")', 'parseInt("ff", 16)', 'parseInt("0xff", 16)', 'parseInt("11", 2)', 'parseInt("z", 36)',
      'parseInt("123", 0)', 'z(parseInt("123", 1))', 'z(parseInt("123", 37))', 'parseInt("+5")', 'parseInt("-12.7")', 'parseInt("0.9")', 'parseInt("\\u00a0 7")', 'parseInt("1_000")', 'parseInt("9007199254740993")', 'z(parseInt("\\u0663"))',
      'parseInt("99999999999999999999")', 'parseInt("12", 2.9)', 'Number.parseInt("42", 10)', 'parseInt("-0x10")', 'z(parseInt("0x"))'],
    declarations: SIGNED,
  },
  {
    name: "parseFloat and Number()",
    exprs: ['parseFloat("1.5e3abc")', 'parseFloat(".5")', 'parseFloat("-.5e-2")', 'z(parseFloat("Infinityx"))', 'parseFloat("1e")', 'parseFloat("1e+")', 'parseFloat("0x10")', 'parseFloat("  3.14  ")', 'z(parseFloat(""))', 'z(parseFloat("1e400"))', 'parseFloat("1,5")',
      'z(parseFloat("-0"))', 'parseFloat("5.")', 'z(parseFloat("-Infinity"))', 'z(parseFloat("."))', 'Number.parseFloat("2.5")',
      'Number("")', 'Number(" 12 ")', 'Number("0x10")', 'Number("0b11")', 'Number("1e3")', 'z(Number("12px"))', "Number(null)", "Number(true)", 'z(Number("\\u0661\\u0662"))', 'z(Number("1,5"))', 'Number("+.5")', 'Number("5.")', 'z(Number("."))', 'Number(" \\n")', "Number()", "Number(42)"],
    declarations: SIGNED,
  },
  {
    name: "Number tests and constants",
    exprs: ["Number.isInteger(5.0)", "Number.isInteger(5.5)", 'Number.isInteger("5")', "Number.isSafeInteger(2 ** 53)", "Number.isSafeInteger(2 ** 53 - 1)", "Number.isFinite(1 / 0)", 'Number.isFinite("1")', "Number.isNaN(0 / 0)", 'Number.isNaN("x")', "isNaN(0 / 0)", "isFinite(1e308)",
      "Number.MAX_SAFE_INTEGER", "Number.MIN_SAFE_INTEGER", "Number.EPSILON", "Number.MAX_VALUE", "Number.MIN_VALUE", "z(Number.NEGATIVE_INFINITY)", "z(Number.NaN)"],
    declarations: SIGNED,
  },
  {
    name: "toFixed",
    exprs: ["(1.005).toFixed(2)", "(2.5).toFixed(0)", "(-2.5).toFixed(0)", "(1.45).toFixed(1)", "(8.345).toFixed(2)", "(10.235).toFixed(2)", "(0.000001).toFixed(7)", "(1e21).toFixed(2)", "(123.456).toFixed()", "(0).toFixed(2)", "(-0.0001).toFixed(2)", "(-0).toFixed(2)",
      "(0.1).toFixed(20)", "(1.23e-10).toFixed(2)", "(0.5).toFixed(0)", "(1.5).toFixed(0)", "(999.995).toFixed(2)", "(9.995).toFixed(2)", "(123456789.123456789).toFixed(5)", "(5e-324).toFixed(100)", "(1.7976931348623157e308).toFixed(2)", "(0 / 0).toFixed(2)", "(1).toFixed(101)", "(1).toFixed(-1)", "(4.35).toFixed(1)"],
  },
  {
    name: "toPrecision, toExponential, toString(radix)",
    exprs: ["(123.456).toPrecision(4)", "(0.00001).toPrecision(1)", "(1e-7).toPrecision(2)", "(1e21).toPrecision(3)", "(123456).toPrecision(2)", "(99.99).toPrecision(3)", "(0).toPrecision(3)", "(-1.5).toPrecision(1)", "(123).toPrecision()", "(1).toPrecision(0)", "(0.000123).toPrecision(2)",
      "(123.456).toExponential(2)", "(0).toExponential()", "(123.456).toExponential()", "(1e23).toExponential()", "(0.00015).toExponential(1)", "(-9.99).toExponential(1)", "(5e-324).toExponential()",
      "(255).toString()", "(255).toString(16)", "(255).toString(2)", "(0.5).toString(2)", "(-255).toString(36)", "(1e21).toString()", "(25).toString(36)", "(0.1).toString(3)", "(3.14159).toString(16)", "(1e21).toString(16)", "(2 ** 60 + 12345).toString(7)", "(-0).toString(2)", "(255).toString(1)", "(1 / 3).toString(2)", "(123.456).toString(36)"],
  },
  {
    name: "Math rounding and signs",
    exprs: ["Math.round(2.5)", "Math.round(-2.5)", "Math.round(0.5)", "Math.round(1.5)", "Math.round(-4.5)", "Math.round(-4.51)", "z(Math.round(-0.5))", "z(Math.round(-0.2))", "z(Math.round(-0))", "Math.round(0.49999999999999994)", "Math.round(2.4999999999999996)", "Math.round(4503599627370495.5)",
      "Math.round(1e21)", "z(Math.round(0 / 0))", "Math.floor(-1.5)", "Math.floor(1.9999)", "z(Math.floor(-0))", "Math.ceil(-1.5)", "z(Math.ceil(-0.5))", "Math.ceil(1.0000001)", "Math.trunc(-1.9)", "z(Math.trunc(-0.9))", "Math.trunc(1.9)", "Math.abs(-3.5)", "z(Math.abs(-0))",
      "Math.sign(-3)", "z(Math.sign(-0))", "z(Math.sign(0 / 0))", "Math.sign(1e-300)"],
    declarations: SIGNED,
  },
  {
    name: "Math min, max, hypot and exact functions",
    exprs: ["Math.max(1, 5, 3)", "Math.min(1, 5, 3)", "z(Math.max())", "z(Math.min())", "z(Math.max(1, 0 / 0))", "z(Math.min(0, -0))", "z(Math.max(-0, 0))", "z(Math.max(-0, -0))", "Math.max(...[4, 9, 2])", "z(Math.max(...[] as number[]))",
      "Math.pow(2, 10)", "Math.pow(2, -1)", "Math.pow(0, 0)", "z(Math.pow(1, 1 / 0))", "z(Math.pow(0 / 0, 0))", "Math.sqrt(16)", "Math.sqrt(2)", "z(Math.sqrt(-1))", "z(Math.sqrt(-0))", "Math.cbrt(27)", "Math.cbrt(-8)", "Math.cbrt(2)",
      "Math.hypot(3, 4)", "Math.hypot(1, 2, 3)", "Math.hypot(0.1, 0.2)", "Math.hypot(1e200, 1e200)", "Math.hypot()", "z(Math.hypot(1 / 0, 0 / 0))", "Math.log2(8)", "Math.log2(1024)", "Math.log2(0.5)", "Math.log10(1000)", "z(Math.log(0))",
      "Math.fround(5.5)", "Math.fround(5.05)", "Math.clz32(1)", "Math.clz32(0)", "Math.imul(3, 4)", "Math.imul(0xffffffff, 5)", "Math.PI", "Math.E", "Math.SQRT2", "Math.LN10"],
    declarations: SIGNED,
  },
  {
    name: "parseFloat of many digits and exponents rounds to the nearest double",
    exprs: LONG_DECIMALS.map((d) => `parseFloat(${JSON.stringify(d)})`).concat(['parseFloat("1e99999999999")', 'parseFloat("-1e-99999999999")', 'parseFloat("0.000e5")', 'z(parseFloat("-0.0e-3"))']),
    declarations: SIGNED,
  },
]);

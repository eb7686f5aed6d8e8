// The one place where text the author chose (operationIds, string values, file and folder names)
// is made inert for where it lands in script.csx. Only the emitter writes C#: a key holding a line
// break must not end a `//` comment and start code, a file name must not end a `#line` directive.
//
// C# ends a line at CR, LF, U+0085, U+2028 and U+2029 (ECMA-334 §6.3.2); all of them count.

/** Every character that ends a line in C# source. */
const LINE_BREAKS = /[\r\n\u0085\u2028\u2029]/g;

/**
 * Characters that must not appear raw in a `#line` file name or a comment: controls, line breaks,
 * and the bidirectional controls that make text read differently from how it compiles.
 */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

const hex4 = (ch: string): string => "\\u" + ch.charCodeAt(0).toString(16).padStart(4, "0");

/** A C# regular string literal holding exactly `value` (any JS string, lone surrogates included). */
export function stringLiteral(value: string): string {
  let out = '"';
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    const ch = value[i];
    if (ch === '"') out += '\\"';
    else if (ch === "\\") out += "\\\\";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    // Printable ASCII only: no line break, bidi control or lookalike reaches the file raw.
    else if (c < 0x20 || c > 0x7e) out += hex4(ch);
    else out += ch;
  }
  return out + '"';
}

/**
 * Text for a `//` comment: one line whatever it holds. Line breaks and other controls are shown as
 * `\uXXXX` (a comment is for reading), and `*\/` is broken so the text is inert in a block comment too.
 */
export function commentText(text: string): string {
  return text.replace(CONTROLS, hex4).replace(/\*\//g, "* /");
}

/**
 * A file name for `#line N "name"`. Roslyn reads the name up to the next `"` or line end and does
 * not unescape it (so that `C:\dir\file.ts` works), so no character can be escaped: a quote,
 * backslash or control becomes `_`. The name is only where C# errors are reported, never opened.
 */
export function lineDirectiveFile(name: string): string {
  return name.replace(CONTROLS, "_").replace(/["\\]/g, "_");
}

/** Whether a string holds a character that ends a C# line (for tests and assertions). */
export function hasLineBreak(text: string): boolean {
  return new RegExp(LINE_BREAKS.source).test(text);
}

#!/usr/bin/env node
// Runs the bundled CLI, rebuilding it first when a source file is newer (a checkout, an edit).
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const root = path.resolve(__dirname, "..");
const cli = path.join(root, "dist", "cli.js");

// The .cs runtime counts too: dist/ holds what the build computes from it (dist/reserved-names.js).
function newestSource(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = entry.name === "bin" || entry.name === "obj" ? newest : Math.max(newest, newestSource(full));
    else if (/\.(ts|cs)$/.test(entry.name)) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

async function main() {
  const stale = !fs.existsSync(cli) || (fs.existsSync(path.join(root, "src")) && newestSource(path.join(root, "src")) > fs.statSync(cli).mtimeMs);
  if (stale) {
    const { buildDist } = await import(path.join(root, "scripts", "build-dist.mjs"));
    await buildDist();
  }
  const code = await require(cli).main(process.argv.slice(2));
  process.exitCode = code;
}

// A failure outside main's own await chain (a stray callback, a rejected promise nobody awaited)
// still ends as one line and exit 2, not node's stack dump.
function reportAndExit(error) {
  const line = String(error && error.message ? `${error.name}: ${error.message}` : error).split(/\r?\n/)[0];
  process.stderr.write(`csxc: internal error: ${process.env.CSXC_DEBUG && error && error.stack ? error.stack : line}\n`);
  process.exit(2);
}
process.on("uncaughtException", reportAndExit);
process.on("unhandledRejection", reportAndExit);

main().catch((error) => {
  // One line, never a stack trace, unless CSXC_DEBUG asks for it (main() reports its own errors
  // this way too; this catches a failure to load or rebuild dist/).
  const line = String(error && error.message ? `${error.name}: ${error.message}` : error).split(/\r?\n/)[0];
  process.stderr.write(`csxc: internal error: ${process.env.CSXC_DEBUG && error && error.stack ? error.stack : line}\n`);
  process.exitCode = 2;
});

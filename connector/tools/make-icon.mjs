#!/usr/bin/env node
// Writes connector/icon.png: 230x230, the independent-publisher brand color #da3b01 with a white
// clock (a ring and two hands). The PNG is written by hand (signature, IHDR, IDAT, IEND with
// their CRC-32s) with only node:zlib, so the bytes are the same on every machine.
//
//   node connector/tools/make-icon.mjs           write the file
//   node connector/tools/make-icon.mjs --check   exit 1 if the committed file differs

import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";

const here = dirname(fileURLToPath(import.meta.url));
export const OUTPUT = join(here, "..", "icon.png");
export const SIZE = 230;
export const BACKGROUND = [0xda, 0x3b, 0x01];
const WHITE = [0xff, 0xff, 0xff];

// --- CRC-32 (ISO 3309, as PNG uses it) ------------------------------------------------------

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

// --- The mark ---------------------------------------------------------------------------------

/** Distance from point p to the segment a-b. */
function segmentDistance(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Whether a point belongs to the white clock. */
function inMark(x, y) {
  const c = SIZE / 2;
  const r = Math.hypot(x - c, y - c);
  if (r >= 68 && r <= 84) return true; // the ring
  if (segmentDistance(x, y, c, c, c, c - 50) <= 7) return true; // minute hand, to 12
  if (segmentDistance(x, y, c, c, c + 34, c + 20) <= 7) return true; // hour hand, toward 4
  return false;
}

/** RGB rows, each prefixed with filter type 0, anti-aliased with 4x4 supersampling. */
function pixels() {
  const samples = 4;
  const row = 1 + SIZE * 3;
  const out = Buffer.alloc(row * SIZE);
  for (let y = 0; y < SIZE; y++) {
    out[y * row] = 0;
    for (let x = 0; x < SIZE; x++) {
      let hits = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          if (inMark(x + (sx + 0.5) / samples, y + (sy + 0.5) / samples)) hits++;
        }
      }
      const a = hits / (samples * samples);
      for (let ch = 0; ch < 3; ch++) {
        out[y * row + 1 + x * 3 + ch] = Math.round(BACKGROUND[ch] * (1 - a) + WHITE[ch] * a);
      }
    }
  }
  return out;
}

export function makeIcon() {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0); // width
  header.writeUInt32BE(SIZE, 4); // height
  header[8] = 8; // bit depth
  header[9] = 2; // color type: RGB
  header[10] = 0; // compression: deflate
  header[11] = 0; // filter method
  header[12] = 0; // no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(pixels(), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function main() {
  const png = makeIcon();
  if (process.argv.includes("--check")) {
    let current = Buffer.alloc(0);
    try {
      current = readFileSync(OUTPUT);
    } catch {
      // missing: reported below
    }
    if (!current.equals(png)) {
      console.error(`${OUTPUT} is out of date: run node connector/tools/make-icon.mjs`);
      process.exit(1);
    }
    console.log(`${OUTPUT} is up to date.`);
    return;
  }
  writeFileSync(OUTPUT, png);
  console.log(`wrote ${OUTPUT}: ${SIZE}x${SIZE}, ${png.length} bytes`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();

/**
 * `npm run fonts:subset`: writes the reader's two web fonts into app/fonts/ from the packages
 * they come from (geist, @fontsource-variable/newsreader), cut to what the pages use:
 *
 * - the Latin characters an English-language newsletter needs (Basic Latin, Latin-1, the
 *   typographic quotes, dashes, arrows and a few symbols), so a character outside falls back to
 *   the next font of the stack, glyph by glyph;
 * - the weights the CSS asks for (sans 400–700, serif 400–600), kept variable: one file per
 *   family covers them all, and a variable 400–600 serif is smaller than two static cuts.
 *
 * The serif italic is cut too but never preloaded (app/fonts.ts): no first screen uses it.
 * The files are committed, so a build needs nothing of this; `--check` regenerates them in
 * memory and fails when the committed ones differ (CI smoke runs that).
 */
import { readFileSync, writeFileSync } from "node:fs";
import subsetFont from "subset-font";

const ranges = [
  [0x20, 0x7e],
  [0xa0, 0xff],
  [0x2013, 0x2014], // – —
  [0x2018, 0x201a], // ‘ ’ ‚
  [0x201c, 0x201e], // “ ” „
  [0x2190, 0x2193], // ← ↑ → ↓
];
const singles = [0x131, 0x152, 0x153, 0x2022, 0x2026, 0x2032, 0x2033, 0x20ac, 0x2122, 0x2212];
const codePoints = [...ranges.flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, i) => a + i)), ...singles];
const TEXT = String.fromCodePoint(...codePoints);

const FONTS = [
  {
    from: "node_modules/geist/dist/fonts/geist-sans/Geist-Variable.woff2",
    to: "app/fonts/geist-latin.woff2",
    wght: { min: 400, max: 700 },
  },
  {
    from: "node_modules/@fontsource-variable/newsreader/files/newsreader-latin-wght-normal.woff2",
    to: "app/fonts/newsreader-latin.woff2",
    wght: { min: 400, max: 600 },
  },
  {
    from: "node_modules/@fontsource-variable/newsreader/files/newsreader-latin-wght-italic.woff2",
    to: "app/fonts/newsreader-latin-italic.woff2",
    wght: { min: 400, max: 600 },
  },
];

async function main() {
  const check = process.argv.includes("--check");
  let stale = 0;
  for (const font of FONTS) {
    const source = readFileSync(font.from);
    const out = await subsetFont(source, TEXT, { targetFormat: "woff2", variationAxes: { wght: font.wght } });
    if (check) {
      let committed = null;
      try {
        committed = readFileSync(font.to);
      } catch {
        // missing counts as stale
      }
      const same = committed !== null && Buffer.compare(committed, out) === 0;
      if (!same) stale++;
      console.log(`${font.to}: ${same ? "up to date" : "differs from a fresh subset"} (${out.length} bytes)`);
    } else {
      writeFileSync(font.to, out);
      console.log(`${font.to}: ${source.length} → ${out.length} bytes`);
    }
  }
  if (stale) {
    console.error(`${stale} font file(s) are stale: run npm run fonts:subset`);
    process.exit(1);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

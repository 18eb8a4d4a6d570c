/**
 * `npm run fonts:subset`: writes the reader's web fonts into app/fonts/ from the packages they
 * come from (geist, @fontsource-variable/newsreader), cut to what the pages use. Each face is two
 * files, the way a font service serves them:
 *
 * - **core**: Basic Latin, the typographic quotes, dashes, arrows and the few symbols the site
 *   itself prints (nbsp, ©, °, ·, ×, …). Every page needs it; it is preloaded.
 * - **extra**: the rest of Latin-1 and the letters ı, Œ, œ a name or a quote may bring (é, ü, ø,
 *   ¿ …), declared with a `unicode-range` (app/fonts.ts; the italic's in app/styles/common.css),
 *   so a browser fetches it only for a page that has one of them. It also holds a–z and the
 *   space: next/font measures those for the metric-matched fallback, and the range keeps them
 *   from ever being drawn from this file.
 *
 * Kept: the weights the CSS asks for (sans 400–700, serif 400–600), variable, so one file covers
 * them all; and only the OpenType features a browser applies by itself plus `tnum` (Tailwind's
 * tabular-nums), not the alternates, small caps and fractions nothing here asks for. A character
 * outside both files falls back to the next font of the stack, glyph by glyph.
 *
 * The serif italic is cut the same way but never preloaded: no first screen uses it. The files
 * are committed, so a build needs nothing of this; `--check` regenerates them in memory and fails
 * when the committed ones, or the ranges app/fonts.ts and app/styles/common.css declare, differ
 * (CI smoke runs that).
 */
import { readFileSync, writeFileSync } from "node:fs";
import subsetFont from "subset-font";

const range = (a, b) => Array.from({ length: b - a + 1 }, (_, i) => a + i);
const SITE_SYMBOLS = [0xa0, 0xa9, 0xb0, 0xb7, 0xd7]; // nbsp © ° · ×
const CORE = [
  ...range(0x20, 0x7e),
  ...SITE_SYMBOLS,
  ...range(0x2013, 0x2014), // – —
  ...range(0x2018, 0x201a), // ‘ ’ ‚
  ...range(0x201c, 0x201e), // “ ” „
  ...range(0x2190, 0x2193), // ← ↑ → ↓
  ...[0x2022, 0x2026, 0x2032, 0x2033, 0x20ac, 0x2122, 0x2212], // • … ′ ″ € ™ −
];
/** What the extra files are used for: the unicode-range in app/fonts.ts names exactly these. */
const EXTRA_RANGE = [...range(0xa1, 0xff).filter((c) => !SITE_SYMBOLS.includes(c)), 0x131, 0x152, 0x153];
const EXTRA = [0x20, ...range(0x61, 0x7a), ...EXTRA_RANGE];
const FEATURES = ["kern", "liga", "clig", "calt", "ccmp", "locl", "mark", "mkmk", "rlig", "rvrn", "tnum"];

const FACES = [
  { from: "node_modules/geist/dist/fonts/geist-sans/Geist-Variable.woff2", to: "geist-latin", wght: { min: 400, max: 700 } },
  {
    from: "node_modules/@fontsource-variable/newsreader/files/newsreader-latin-wght-normal.woff2",
    to: "newsreader-latin",
    wght: { min: 400, max: 600 },
  },
  {
    from: "node_modules/@fontsource-variable/newsreader/files/newsreader-latin-wght-italic.woff2",
    to: "newsreader-latin-italic",
    wght: { min: 400, max: 600 },
  },
];
const FONTS = FACES.flatMap((face) => [
  { ...face, to: `app/fonts/${face.to}.woff2`, text: CORE },
  { ...face, to: `app/fonts/${face.to}-extra.woff2`, text: EXTRA },
]);

/** Whether a CSS unicode-range ("U+A1-A8, U+131") names exactly EXTRA_RANGE. */
function namesExtraRange(declared) {
  const codePoints = declared.split(",").flatMap((part) => {
    const [a, b] = part
      .trim()
      .replace("U+", "")
      .split("-")
      .map((h) => parseInt(h, 16));
    return range(a, b ?? a);
  });
  return codePoints.length === EXTRA_RANGE.length && codePoints.every((c, i) => c === EXTRA_RANGE[i]);
}

async function main() {
  const check = process.argv.includes("--check");
  let stale = 0;
  for (const font of FONTS) {
    const source = readFileSync(font.from);
    const out = await subsetFont(source, String.fromCodePoint(...font.text), {
      targetFormat: "woff2",
      variationAxes: { wght: font.wght },
      keepFeatures: FEATURES,
    });
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
  // A letter cut into the extra files but not declared (or the other way round) would be drawn in
  // the fallback font.
  const declared = [
    ...[...readFileSync("app/fonts.ts", "utf8").matchAll(/"unicode-range", value: "([^"]+)"/g)].map((m) => m[1]),
    ...[...readFileSync("app/styles/common.css", "utf8").matchAll(/unicode-range: ([^;]+);/g)].map((m) => m[1]),
  ];
  const declaredRight = declared.length === FACES.length && declared.every(namesExtraRange);
  console.log(
    `declared unicode-ranges: ${declared.length}, ${declaredRight ? "each the extra files' range" : "not the extra files' range"}`,
  );
  if (!declaredRight) stale++;
  if (stale) {
    console.error(
      `${stale} font file(s) or declared ranges are stale: run npm run fonts:subset, and check app/fonts.ts and app/styles/common.css`,
    );
    process.exit(1);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

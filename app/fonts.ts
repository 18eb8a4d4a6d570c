import localFont from "next/font/local";

/*
 * The reader's fonts, cut by `npm run fonts:subset` (scripts/fonts-subset.mjs). Each face is a
 * core file (Basic Latin and the symbols the site prints, preloaded) and an extra file for the
 * other Latin letters, which a browser fetches only for a page that has one (its unicode-range).
 * The font stacks (tailwind.config.ts, app/styles/common.css) name core, then extra; the extra
 * family brings the fallback face with matched metrics (next/font's size-adjust and ascent
 * overrides on Arial / Times New Roman, measured on its a–z), so the swap from fallback to web
 * font does not move the text.
 *
 * The serif italic is declared in app/styles/common.css instead: it is never preloaded (no
 * first screen sets serif italic), and two more next/font families here made the build split
 * the first screen's stylesheet in two (a second render-blocking request).
 */

export const sans = localFont({
  src: "./fonts/geist-latin.woff2",
  variable: "--font-sans",
  weight: "400 700",
  display: "swap",
  adjustFontFallback: false,
});

export const sansExtra = localFont({
  src: "./fonts/geist-latin-extra.woff2",
  variable: "--font-sans-extra",
  weight: "400 700",
  display: "swap",
  preload: false,
  // next/font takes literals only; `npm run fonts:subset -- --check` compares each with the files.
  declarations: [{ prop: "unicode-range", value: "U+A1-A8, U+AA-AF, U+B1-B6, U+B8-D6, U+D8-FF, U+131, U+152-153" }],
  adjustFontFallback: "Arial",
});

export const serif = localFont({
  src: "./fonts/newsreader-latin.woff2",
  variable: "--font-serif",
  weight: "400 600",
  style: "normal",
  display: "swap",
  adjustFontFallback: false,
});

export const serifExtra = localFont({
  src: "./fonts/newsreader-latin-extra.woff2",
  variable: "--font-serif-extra",
  weight: "400 600",
  style: "normal",
  display: "swap",
  preload: false,
  // next/font takes literals only; `npm run fonts:subset -- --check` compares each with the files.
  declarations: [{ prop: "unicode-range", value: "U+A1-A8, U+AA-AF, U+B1-B6, U+B8-D6, U+D8-FF, U+131, U+152-153" }],
  adjustFontFallback: "Times New Roman",
});

/** Every family's CSS variable, for the root element. */
export const fontVariables = [sans, sansExtra, serif, serifExtra].map((f) => f.variable).join(" ");

import localFont from "next/font/local";

/*
 * The reader's fonts, cut by `npm run fonts:subset` (scripts/fonts-subset.mjs). Each face is a
 * core file (Basic Latin and the symbols the site prints, preloaded) and an extra file for the
 * other Latin letters, which a browser fetches only for a page that has one (its unicode-range).
 * The font stacks (tailwind.config.ts, app/styles/common.css) name core, then extra; the extra
 * family brings the fallback face with matched metrics (next/font's size-adjust and ascent
 * overrides on Arial / Times New Roman, measured on its a–z), so the swap from fallback to web
 * font does not move the text.
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

/**
 * The serif italic is its own family, not preloaded: no first screen sets serif text in italic,
 * so the browser fetches it only on a page that does (app/styles/common.css maps italic serif text to it).
 */
export const serifItalic = localFont({
  src: "./fonts/newsreader-latin-italic.woff2",
  variable: "--font-serif-italic",
  weight: "400 600",
  style: "italic",
  display: "swap",
  preload: false,
  adjustFontFallback: false,
});

export const serifItalicExtra = localFont({
  src: "./fonts/newsreader-latin-italic-extra.woff2",
  variable: "--font-serif-italic-extra",
  weight: "400 600",
  style: "italic",
  display: "swap",
  preload: false,
  // next/font takes literals only; `npm run fonts:subset -- --check` compares each with the files.
  declarations: [{ prop: "unicode-range", value: "U+A1-A8, U+AA-AF, U+B1-B6, U+B8-D6, U+D8-FF, U+131, U+152-153" }],
  adjustFontFallback: "Times New Roman",
});

/** Every family's CSS variable, for the root element. */
export const fontVariables = [sans, sansExtra, serif, serifExtra, serifItalic, serifItalicExtra].map((f) => f.variable).join(" ");

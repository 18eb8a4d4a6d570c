import localFont from "next/font/local";

/*
 * The reader's fonts, subset to Latin and to the weights the CSS uses by
 * `npm run fonts:subset` (scripts/fonts-subset.mjs): one file per family. Each gets a fallback
 * face with matched metrics (next/font's size-adjust and ascent overrides on Arial / Times New
 * Roman), so the swap from fallback to web font does not move the text.
 */
export const sans = localFont({
  src: "./fonts/geist-latin.woff2",
  variable: "--font-sans",
  weight: "400 700",
  display: "swap",
  adjustFontFallback: "Arial",
});

export const serif = localFont({
  src: "./fonts/newsreader-latin.woff2",
  variable: "--font-serif",
  weight: "400 600",
  style: "normal",
  display: "swap",
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
  adjustFontFallback: "Times New Roman",
});

/**
 * next/og fetches a font from the internet for glyphs the given font lacks (CJK, emoji), and the
 * network is closed here and in many deployments. Keep only characters the bundled Latin font has.
 */
export function latinOnly(text: string): string {
  return text
    .replace(/[^\u0020-\u024f\u2010-\u2027\u2030-\u205e\u20ac]/gu, "")
    .replace(/\s+/g, " ")
    .trim();
}

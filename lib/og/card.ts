/** What the site's social cards (the default one and each issue's) are drawn with. */
import { readFile } from "node:fs/promises";
import path from "node:path";

const fontDir = path.join(process.cwd(), "node_modules/geist/dist/fonts/geist-sans");

const fontFiles = { 400: "Geist-Regular.ttf", 700: "Geist-Bold.ttf" } as const;

/** Geist Sans in one weight, read from the installed package, as ImageResponse takes a font. */
export async function geistFont(weight: keyof typeof fontFiles) {
  const data = await readFile(path.join(fontDir, fontFiles[weight]));
  return { name: "Geist", data, weight };
}

/** The outer box of a card: the whole image, laid out top to bottom, in Geist. */
export const cardFrame = { width: "100%", height: "100%", display: "flex", flexDirection: "column", fontFamily: "Geist" } as const;

import { readFile } from "node:fs/promises";
import path from "node:path";
import { ImageResponse } from "next/og";

export const alt = "Dispatch — monthly news on innovation in China, the future and generative AI";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

/** The site's default social card (issue pages draw their own). */
export default async function OpengraphImage() {
  const bold = await readFile(path.join(process.cwd(), "node_modules/geist/dist/fonts/geist-sans/Geist-Bold.ttf"));
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "center",
        padding: 90,
        background: "#0f766e",
        color: "white",
        fontFamily: "Geist",
      }}
    >
      <div style={{ fontSize: 110, fontWeight: 700, letterSpacing: -3 }}>Dispatch</div>
      <div style={{ fontSize: 40, marginTop: 20, color: "#d6f1ec" }}>Monthly news on innovation in China, the future and generative AI</div>
    </div>,
    { ...size, fonts: [{ name: "Geist", data: bold, weight: 700 }] },
  );
}

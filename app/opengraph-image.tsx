import { ImageResponse } from "next/og";
import { cardFrame, geistFont } from "@/lib/og/card";

export const alt = "Dispatch — monthly news on innovation in China, the future and generative AI";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

/** The site's default social card (issue pages draw their own). */
export default async function OpengraphImage() {
  const bold = await geistFont(700);
  return new ImageResponse(
    <div
      style={{
        ...cardFrame,
        justifyContent: "center",
        padding: 90,
        background: "#0f766e",
        color: "white",
      }}
    >
      <div style={{ fontSize: 110, fontWeight: 700, letterSpacing: -3 }}>Dispatch</div>
      <div style={{ fontSize: 40, marginTop: 20, color: "#d6f1ec" }}>Monthly news on innovation in China, the future and generative AI</div>
    </div>,
    { ...size, fonts: [bold] },
  );
}

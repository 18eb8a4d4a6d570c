import { notFound } from "next/navigation";
import { ImageResponse } from "next/og";
import { formatDate } from "@/lib/format";
import { cardFrame, geistFont } from "@/lib/og/card";
import { getIssueForReader } from "@/lib/reader/data";
import { latinOnly } from "@/lib/og/latin-only";

export const alt = "Dispatch issue";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

/** The social card of an issue: title, date and category chips, drawn with a local font. */
export default async function OpengraphImage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const [issue, regular, bold] = await Promise.all([getIssueForReader(slug), geistFont(400), geistFont(700)]);
  if (!issue) notFound();
  const title = latinOnly(issue.title);
  const date = issue?.publishedAt ? formatDate(issue.publishedAt) : "";
  const chips = (issue?.categories ?? []).map((c) => latinOnly(c.name)).filter(Boolean);

  return new ImageResponse(
    <div
      style={{
        ...cardFrame,
        justifyContent: "space-between",
        padding: 72,
        background: "#fbf8f3",
        color: "#1c1917",
      }}
    >
      <div style={{ display: "flex", alignItems: "center", gap: 16 }}>
        <div
          style={{
            width: 56,
            height: 56,
            borderRadius: 14,
            background: "#0f766e",
            color: "white",
            display: "flex",
            alignItems: "center",
            justifyContent: "center",
            fontSize: 34,
            fontWeight: 700,
          }}
        >
          D
        </div>
        <div style={{ fontSize: 34, fontWeight: 700 }}>Dispatch</div>
      </div>
      <div style={{ display: "flex", flexDirection: "column", gap: 24 }}>
        <div style={{ fontSize: title.length > 60 ? 56 : 68, fontWeight: 700, lineHeight: 1.08, letterSpacing: -1.5 }}>{title}</div>
        <div style={{ display: "flex", alignItems: "center", gap: 14, fontSize: 28, color: "#57534e" }}>
          {date ? <div>{date}</div> : null}
          {chips.map((c) => (
            <div
              key={c}
              style={{
                display: "flex",
                border: "2px solid #0f766e",
                color: "#0f766e",
                borderRadius: 999,
                padding: "4px 18px",
                fontSize: 24,
                fontWeight: 700,
              }}
            >
              {c}
            </div>
          ))}
        </div>
      </div>
      <div style={{ display: "flex", height: 10, width: "100%", background: "#0f766e", borderRadius: 5 }} />
    </div>,
    {
      ...size,
      fonts: [regular, bold],
    },
  );
}

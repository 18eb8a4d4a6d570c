import type { Metadata } from "next";
import { alternates } from "@/lib/metadata";
import { ArchiveView } from "./archive-view";

export const metadata: Metadata = {
  title: "All issues",
  description: "Every issue of Dispatch, newest first.",
  alternates: alternates("/issues"),
};

export default function ArchivePage() {
  return <ArchiveView page={1} />;
}

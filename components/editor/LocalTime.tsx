"use client";

import { useSyncExternalStore } from "react";

const noop = () => () => {};

/**
 * A time shown in the editor's own time zone. The server cannot know it, so the first paint
 * shows UTC (marked) and the browser swaps in local time.
 */
export function LocalTime({
  iso,
  style = "datetime",
  className,
}: {
  iso: string;
  style?: "datetime" | "time" | "date";
  className?: string;
}) {
  const local = useSyncExternalStore(
    noop,
    () => true,
    () => false,
  );
  const date = new Date(iso);
  const options: Intl.DateTimeFormatOptions =
    style === "time"
      ? { hour: "2-digit", minute: "2-digit" }
      : style === "date"
        ? { day: "numeric", month: "short", year: "numeric" }
        : { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" };
  const text = local
    ? new Intl.DateTimeFormat("en-GB", options).format(date)
    : `${new Intl.DateTimeFormat("en-GB", { ...options, timeZone: "UTC" }).format(date)}${style === "date" ? "" : " UTC"}`;
  return (
    <time dateTime={iso} className={className} title={date.toISOString()}>
      {text}
    </time>
  );
}

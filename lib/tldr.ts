/**
 * The TL;DR is derived from the sections, never typed twice: each numbered section (story or
 * roundup) contributes its one-line `tldr`, falling back to its title. Callouts are not numbered.
 */
export type TldrSource = { kind: "story" | "roundup" | "callout"; title: string; tldr: string | null };

export type TldrEntry = { number: number; anchor: string; headline: string };

/** Sections in order with their reader-facing number (null for callouts). */
export function numberSections<T extends TldrSource>(sections: T[]): Array<T & { number: number | null }> {
  let n = 0;
  return sections.map((s) => ({ ...s, number: s.kind === "callout" ? null : ++n }));
}

export function sectionAnchor(number: number): string {
  return `section-${number}`;
}

export function deriveTldr(sections: TldrSource[]): TldrEntry[] {
  return numberSections(sections).flatMap((s) =>
    s.number === null ? [] : [{ number: s.number, anchor: sectionAnchor(s.number), headline: (s.tldr?.trim() || s.title).trim() }],
  );
}

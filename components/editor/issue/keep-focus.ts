/**
 * After a section or roundup item moved, puts the keyboard back where it was. React keeps the
 * moved entry's DOM nodes, but moving a node can blur what was focused inside it; and a move
 * button that was pressed may now be disabled (the entry reached an end of the list).
 * `moveButtons` selects the entry's OWN move buttons, never those of entries nested inside it.
 */
export function keepFocusAfterMove(entryId: string, moveButtons: string, direction: "up" | "down") {
  const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  requestAnimationFrame(() => {
    const entry = document.getElementById(entryId);
    if (!entry) return;
    if (before && entry.contains(before) && before.isConnected && !before.matches(":disabled")) {
      before.focus();
      return;
    }
    const buttons = [...entry.querySelectorAll<HTMLButtonElement>(`${moveButtons}:not(:disabled)`)];
    const next = buttons.find((b) => b.dataset.move === direction) ?? buttons[0] ?? entry.querySelector<HTMLElement>("input,textarea");
    next?.focus();
  });
}

export const MAX_NESTING: number;
export function boundNesting(markdown: string): string;
export function plainParagraphs(markdown: string): string;
export function renderMarkdownHtml(markdown: string): string;

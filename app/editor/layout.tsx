import "./editor.css";

/** Every editor page adds the editor's stylesheet to the reader's. */
export default function EditorRootLayout({ children }: { children: React.ReactNode }) {
  return children;
}

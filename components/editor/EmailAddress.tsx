/**
 * An email address that may wrap on a narrow screen, but only where a reader would break it:
 * after the @ and before a dot (never mid-word, as `break-all` did).
 */
export function EmailAddress({ email, className = "" }: { email: string; className?: string }) {
  const parts = email.split(/(?<=@)|(?=\.)/);
  return (
    <span className={`break-words ${className}`}>
      {parts.map((part, i) => (
        <span key={i}>
          {i > 0 ? <wbr /> : null}
          {part}
        </span>
      ))}
    </span>
  );
}

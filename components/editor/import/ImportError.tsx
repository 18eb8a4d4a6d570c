/** Why an import did not run or stopped, announced as soon as it is shown. */
export function ImportError({ message }: { message: string }) {
  return (
    <p role="alert" className="text-sm text-red-700 dark:text-red-300">
      {message}
    </p>
  );
}

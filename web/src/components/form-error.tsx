/** An error message announced to screen readers; renders nothing when there is no error. */
export function FormError({ message }: { message: string | undefined }) {
  if (!message) return null;
  return (
    <p className="error" role="alert">
      {message}
    </p>
  );
}

/** A polite status line (saved, uploading, reloaded). */
export function StatusLine({ message }: { message: string | undefined }) {
  return (
    <p className="status" role="status" aria-live="polite">
      {message ?? ''}
    </p>
  );
}

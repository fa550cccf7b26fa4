import type { SafeHtml } from '../../lib/html';

/** The confirmation shown after a form was saved and redirected (a "flash"); nothing without one. */
export function Flash({ message }: { message: string | null | undefined }): SafeHtml {
  return message ? (
    <p class="flash" role="status">
      {message}
    </p>
  ) : (
    <></>
  );
}

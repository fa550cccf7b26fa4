import type { SafeHtml } from '../../lib/html';
import { InputField, type FieldErrors } from './forms';

/**
 * A file input for a <PostForm enctype="multipart/form-data">. What is accepted is checked on the
 * server by content (src/lib/uploads.ts); `accept` only helps the browser's file chooser.
 */
export function FileField(props: { name: string; label: string; hint?: string; errors?: FieldErrors; multiple?: boolean }): SafeHtml {
  const { multiple, ...field } = props;
  return <InputField {...field} attributes={{ type: 'file', multiple, accept: '.pdf,.docx,.xlsx,.pptx,.png,.jpg,.jpeg,.txt,.csv' }} />;
}

export function fileSizeKiB(bytes: number): number {
  return Math.max(1, Math.round(bytes / 1024));
}

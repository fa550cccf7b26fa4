/**
 * Texts kept as numbered versions (a statement, a translation): the record carries its `version`
 * (for stale forms) and the number of its current version; each save of new words adds a version.
 */
import { accountIdOf, authorLabel, type Actor } from '../policy/actor';

export interface VersionedText {
  version: number;
  current_version: number;
}

export interface TextWords {
  title: string;
  body: string;
}

export interface TextForm extends TextWords {
  /** The record's version when the form was opened. */
  version: number;
  note?: string | undefined;
}

/** The columns of a new version, but the text it belongs to. */
export interface NewTextVersion extends TextWords {
  number: number;
  note: string | null;
  created_by: number | null;
  author_label: string;
  created_at: Date;
}

/**
 * The version a form's words make of a text, or null when they are the words it has. A form opened
 * before the last save is refused with `stale()` (the caller's 409 shows what was typed).
 */
export function nextTextVersion(record: VersionedText, current: TextWords, form: TextForm, actor: Actor, at: Date, stale: () => Error): NewTextVersion | null {
  if (form.version !== record.version) throw stale();
  if (current.title === form.title && current.body === form.body) return null;
  return {
    number: record.current_version + 1,
    title: form.title,
    body: form.body,
    note: form.note ?? null,
    created_by: accountIdOf(actor),
    author_label: authorLabel(actor),
    created_at: at,
  };
}

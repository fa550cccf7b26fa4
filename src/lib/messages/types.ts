import type { MessageKey } from './en';

/**
 * A language's translation of one area of the English catalogue: the same keys, each an ICU
 * MessageFormat string reading the same placeholders as the English (catalogues.test.ts checks).
 */
export type Translation<English> = { readonly [Key in keyof English]: string };

/** A whole language: every key of the English catalogue. */
export type Catalogue = Readonly<Record<MessageKey, string>>;

/**
 * A readable diff of two versions of a text: paragraph by paragraph (the unit people comment on),
 * and inside a paragraph that changed, word by word. Built on the `diff` package.
 */
import { diffArrays, diffWordsWithSpace } from 'diff';
import { splitParagraphs } from './markdown';

export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

export type DiffBlock = { kind: 'same' | 'added' | 'removed'; text: string } | { kind: 'changed'; parts: DiffPart[] };

function wordDiff(before: string, after: string): DiffPart[] {
  return diffWordsWithSpace(before, after).map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value,
  }));
}

/** Paragraphs removed and added at one place are paired up as changed paragraphs, shown word by word. */
export function readableDiff(before: string, after: string): DiffBlock[] {
  const changes = diffArrays(splitParagraphs(before), splitParagraphs(after));
  const blocks: DiffBlock[] = [];
  for (let index = 0; index < changes.length; index++) {
    const change = changes[index];
    if (!change) continue;
    if (!change.added && !change.removed) {
      blocks.push(...change.value.map((text) => ({ kind: 'same' as const, text })));
      continue;
    }
    const next = changes[index + 1];
    if (change.removed && next?.added) {
      const pairs = Math.min(change.value.length, next.value.length);
      for (let pair = 0; pair < pairs; pair++) blocks.push({ kind: 'changed', parts: wordDiff(change.value[pair] ?? '', next.value[pair] ?? '') });
      blocks.push(...change.value.slice(pairs).map((text) => ({ kind: 'removed' as const, text })));
      blocks.push(...next.value.slice(pairs).map((text) => ({ kind: 'added' as const, text })));
      index++;
      continue;
    }
    blocks.push(...change.value.map((text) => ({ kind: change.added ? ('added' as const) : ('removed' as const), text })));
  }
  return blocks;
}

export function diffSummary(blocks: DiffBlock[]): { added: number; removed: number; changed: number } {
  return {
    added: blocks.filter((block) => block.kind === 'added').length,
    removed: blocks.filter((block) => block.kind === 'removed').length,
    changed: blocks.filter((block) => block.kind === 'changed').length,
  };
}

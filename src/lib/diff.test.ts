/** The readable diff, over many pairs of texts: it must account for every paragraph of both. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffSummary, readableDiff, type DiffBlock } from './diff';
import { splitParagraphs } from './markdown';

/** Texts of a few paragraphs drawn from a small vocabulary, so that versions share words and paragraphs. */
const word = fc.constantFrom('members', 'the', 'group', 'calls', 'on', 'States', 'to', 'protect', 'victims', 'and', 'survivors', '2022', 'ratify', 'Protocol', '«', 'كل');
const paragraph = fc.array(word, { minLength: 1, maxLength: 12 }).map((words) => words.join(' '));
const text = fc.array(paragraph, { maxLength: 8 }).map((paragraphs) => paragraphs.join('\n\n'));

/** The paragraphs a side of the diff reads, rebuilt from the blocks. */
function side(blocks: DiffBlock[], which: 'before' | 'after'): string[] {
  const dropped = which === 'before' ? 'added' : 'removed';
  return blocks.flatMap((block) => {
    if (block.kind === 'changed')
      return [
        block.parts
          .filter((part) => part.kind !== dropped)
          .map((part) => part.text)
          .join(''),
      ];
    return block.kind === dropped ? [] : [block.text];
  });
}

describe('readable diff', () => {
  it('rebuilds both versions exactly from its blocks', () => {
    fc.assert(
      fc.property(text, text, (before, after) => {
        const blocks = readableDiff(before, after);
        expect(side(blocks, 'before')).toEqual(splitParagraphs(before));
        expect(side(blocks, 'after')).toEqual(splitParagraphs(after));
      }),
      { numRuns: 300 },
    );
  });

  it('finds nothing to show between a text and itself', () => {
    fc.assert(
      fc.property(text, (same) => {
        expect(diffSummary(readableDiff(same, same))).toEqual({ added: 0, removed: 0, changed: 0 });
      }),
    );
  });

  it('counts a paragraph added at the end as one addition and nothing else', () => {
    fc.assert(
      fc.property(text, paragraph, (before, added) => {
        const after = before ? `${before}\n\n${added}` : added;
        expect(diffSummary(readableDiff(before, after))).toEqual({ added: 1, removed: 0, changed: 0 });
      }),
    );
  });
});

import type { DiffBlock } from '../../lib/diff';
import type { SafeHtml } from '../../lib/html';

/** One paragraph of a readable diff (lib/diff.ts): added, removed, the same, or changed word by word. */
export function DiffBlockView({ block }: { block: DiffBlock }): SafeHtml {
  if (block.kind === 'changed') {
    return (
      <p class="diff-changed">
        {block.parts.map((part) => (part.kind === 'added' ? <ins>{part.text}</ins> : part.kind === 'removed' ? <del>{part.text}</del> : part.text))}
      </p>
    );
  }
  if (block.kind === 'added') {
    return (
      <p class="diff-added">
        <ins>{block.text}</ins>
      </p>
    );
  }
  if (block.kind === 'removed') {
    return (
      <p class="diff-removed">
        <del>{block.text}</del>
      </p>
    );
  }
  return <p class="diff-same">{block.text}</p>;
}

import type { DiffBlock } from '../../lib/diff';
import type { SafeHtml } from '../../lib/html';
import { textDirection, type Locale, type MessageKey } from '../../lib/i18n';
import type { ViewContext } from '../context';

/** One paragraph of a readable diff (lib/diff.ts): added, removed, the same, or changed word by word. */
export function DiffBlockView({ block }: { block: DiffBlock }): SafeHtml {
  if (block.kind === 'changed') {
    return <p class="diff-changed">{block.parts.map((part) => (part.kind === 'added' ? <ins>{part.text}</ins> : part.kind === 'removed' ? <del>{part.text}</del> : part.text))}</p>;
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

interface ComparedVersion {
  number: number;
  title: string;
  authorLabel: string;
  createdAt: Date;
}

/**
 * Two versions of a text compared: which versions (each a line of `lineKey`, which reads number,
 * author and date), the title if it changed, and the body paragraph by paragraph.
 */
export function VersionsDiff(props: { ctx: ViewContext; from: ComparedVersion; to: ComparedVersion; blocks: DiffBlock[]; lineKey: MessageKey; language?: Locale }): SafeHtml {
  const { ctx, from, to, blocks } = props;
  const { t } = ctx;
  const line = (version: ComparedVersion) => t(props.lineKey, { number: version.number, author: version.authorLabel, date: ctx.fmt.date(version.createdAt) });
  return (
    <>
      <p class="meta">{t('diff.legend')}</p>
      <dl class="facts">
        <div>
          <dt>{t('diff.from')}</dt>
          <dd>{line(from)}</dd>
        </div>
        <div>
          <dt>{t('diff.to')}</dt>
          <dd>{line(to)}</dd>
        </div>
      </dl>
      <div lang={props.language} dir={props.language ? textDirection(props.language) : undefined}>
        {from.title !== to.title ? (
          <p class="diff-changed">
            {t('diff.titleChanged')} <del>{from.title}</del> <ins>{to.title}</ins>
          </p>
        ) : null}
        <div class="diff">{blocks.length === 0 ? <p>{t('diff.none')}</p> : blocks.map((block) => <DiffBlockView block={block} />)}</div>
      </div>
    </>
  );
}

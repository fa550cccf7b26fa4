/**
 * A statement's page: its text, endorsers, facts and sections, with what each reader may do there.
 */
import type { SafeHtml } from '../../lib/html';
import { textDirection } from '../../lib/i18n';
import { renderMarkdown } from '../../lib/markdown';
import type { ViewContext } from '../../views/context';
import { Flash } from '../../views/components/flash';
import { emptyForm, ErrorSummary, FilterBar, plainOptions, SelectField } from '../../views/components/forms';
import { SourceList } from '../../views/components/sources';
import { Layout } from '../../views/layout';
import { OutOfTermNotice } from '../../views/components/out-of-term';
import type { MemberSummary } from '../members/members.schemas';
import { TextInLanguage, TranslationsSection } from '../../views/components/text-languages';
import type { Endorsement, StatementDetail } from './statements.service';
import { CommentForm, Consultation, EarlierComments, TextWithComments } from './statements.comments.views';
import { type StatementPageData, kindLabel, memberHref, statusLabel } from './statements.common.views';
import { AdoptionForms, PenHolderForms } from './statements.pen-holder.views';
import { OpenRound, PastRounds } from './statements.rounds.views';

function EntityList({ entities }: { entities: MemberSummary[] }): SafeHtml {
  return (
    <ul class="endorsers">
      {entities.map((entity) => (
        <li>
          <a href={memberHref(entity)}>{entity.name}</a> ({entity.acronym})
        </li>
      ))}
    </ul>
  );
}

function Endorsers({ ctx, endorsement }: { ctx: ViewContext; endorsement: Endorsement }): SafeHtml {
  const { t } = ctx;
  const counted = endorsement.endorsers.length + endorsement.silentConsent.length + endorsement.unnamed;
  return (
    <section aria-labelledby="endorsers-title" id="endorsers">
      <h2 id="endorsers-title">{t('statement.endorsers')}</h2>
      <p>
        {t('statement.endorsers.count', { count: counted, total: endorsement.total })}
        {endorsement.totalAsOf ? ` ${t('statement.endorsers.totalAsOf', { total: endorsement.total, date: ctx.fmt.date(endorsement.totalAsOf) })}` : ''}
      </p>
      <EntityList entities={endorsement.endorsers} />
      {endorsement.silentConsent.length > 0 ? (
        <>
          <p>{t('statement.endorsers.silence')}</p>
          <EntityList entities={endorsement.silentConsent} />
        </>
      ) : null}
      {endorsement.unnamed > 0 ? <p>{t('statement.endorsers.unnamed', { count: endorsement.unnamed })}</p> : null}
      {endorsement.publicNote ? <p class="notice">{endorsement.publicNote}</p> : null}
    </section>
  );
}

function Versions({ ctx, statement }: { ctx: ViewContext; statement: StatementDetail }): SafeHtml {
  const { t } = ctx;
  if (statement.versions.length === 0) return <></>;
  const latest = statement.versions[0]?.number ?? 1;
  const versionOptions = plainOptions(statement.versions.map((version) => version.number));
  return (
    <section aria-labelledby="versions-title">
      <h2 id="versions-title">{t('statement.versions')}</h2>
      <ol class="plain-list" reversed>
        {statement.versions.map((version) => (
          <li>
            {t('statement.version.line', { number: version.number, author: version.authorLabel, date: ctx.fmt.date(version.createdAt) })}
            {version.note ? ` · ${version.note}` : ''}
            {version.number > 1 ? (
              <>
                {' · '}
                <a href={`${statement.url}/diff?from=${version.number - 1}&to=${version.number}`}>{t('diff.withPrevious')}</a>
              </>
            ) : null}
          </li>
        ))}
      </ol>
      {statement.versions.length > 1 ? (
        <FilterBar action={`${statement.url}/diff`} class="no-print" apply={t('diff.compare')}>
          <SelectField name="from" label={t('diff.from')} options={versionOptions} selected="1" />
          <SelectField name="to" label={t('diff.to')} options={versionOptions} selected={String(latest)} />
        </FilterBar>
      ) : null}
    </section>
  );
}

/** The sections a statement page may have, by the id of their heading, in the order of the page. */
function sectionTitles(ctx: ViewContext, statement: StatementDetail): { id: string; label: string }[] {
  const { t } = ctx;
  return [
    { id: 'text-title', label: statement.isSummary ? t('statement.summary') : t('statement.text') },
    { id: 'endorsers-title', label: t('statement.endorsers') },
    { id: 'round-title', label: t('round.open.title') },
    { id: 'consultation-title', label: t('consultation.open.title') },
    { id: 'comment-form-title', label: t('comment.add') },
    { id: 'earlier-comments-title', label: t('comment.earlier') },
    { id: 'consult-title', label: t('consultation.start') },
    { id: 'open-round-title', label: t('round.start') },
    { id: 'adopt-title', label: t('statement.adopt') },
    { id: 'publish-title', label: t('statement.publish') },
    { id: 'translations-title', label: t('translation.section.title') },
    { id: 'versions-title', label: t('statement.versions') },
    { id: 'rounds-title', label: t('round.history') },
  ];
}

/**
 * A short contents of the sections the page shows (the text, the round, each form a person may use),
 * so a long page is one jump away from each of them. Taken from the rendered sections, so it lists
 * exactly what is there; nothing for a page of one or two sections.
 */
function StatementContents({ ctx, statement, sections }: { ctx: ViewContext; statement: StatementDetail; sections: SafeHtml }): SafeHtml {
  const present = sectionTitles(ctx, statement).filter((section) => sections.value.includes(`id="${section.id}"`));
  if (present.length < 3) return <></>;
  return (
    <nav class="page-contents no-print" aria-labelledby="page-contents-title">
      <h2 id="page-contents-title">{ctx.t('page.contents')}</h2>
      <ul>
        {present.map((section) => (
          <li>
            <a href={`#${section.id}`}>{section.label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function StatementPage({ ctx, data }: { ctx: ViewContext; data: StatementPageData }): SafeHtml {
  const { t } = ctx;
  const { statement } = data;
  const openRound = statement.rounds.find((round) => round.open);
  const inWorkspace = statement.rights.member || statement.consultation !== null;
  // A change made from this page that failed: its message at the top, its fields marked in its form.
  const failed = Object.values(data.forms).find((form) => form !== undefined);
  const sections = (
    <>
      <h2 id="text-title">{statement.isSummary ? t('statement.summary') : t('statement.text')}</h2>
      <TextInLanguage ctx={ctx} reader={data.languages.reader} path={statement.url}>
        {data.languages.reader.translated ? <div class="statement-text prose">{renderMarkdown(data.languages.reader.body)}</div> : <TextWithComments ctx={ctx} statement={statement} />}
      </TextInLanguage>
      <SourceList ctx={ctx} sources={statement.sources} />
      {data.languages.translations ? <TranslationsSection ctx={ctx} translations={data.languages.translations.items} manageUrl={data.languages.translations.manageUrl} /> : null}
      {statement.endorsement ? <Endorsers ctx={ctx} endorsement={statement.endorsement} /> : null}
      {openRound ? <OpenRound ctx={ctx} data={data} round={openRound} /> : null}
      <Consultation ctx={ctx} statement={statement} />
      {statement.rights.comment ? <CommentForm ctx={ctx} statement={statement} state={data.forms.comment ?? emptyForm} /> : null}
      <EarlierComments ctx={ctx} statement={statement} />
      <PenHolderForms ctx={ctx} data={data} />
      <AdoptionForms ctx={ctx} data={data} />
      <Versions ctx={ctx} statement={statement} />
      <PastRounds ctx={ctx} rounds={statement.rounds} />
    </>
  );
  return (
    <Layout ctx={ctx} title={statement.title} description={`${kindLabel(ctx, statement.kind)}: ${statement.title}`}>
      <p class="breadcrumb">{statement.rights.member ? <a href="/statements/workspace">{t('statement.workspace.title')}</a> : <a href="/statements">{t('statements.title')}</a>}</p>
      <h1 lang={data.languages.reader.translated ? data.languages.reader.language : undefined} dir={data.languages.reader.translated ? textDirection(data.languages.reader.language) : undefined}>
        {data.languages.reader.translated ? data.languages.reader.title : statement.title}
      </h1>
      <p class="meta">
        {kindLabel(ctx, statement.kind)}
        {inWorkspace ? (
          <>
            {' · '}
            <span class="status">{statusLabel(ctx, statement.status)}</span>
          </>
        ) : null}
      </p>
      <Flash message={data.notice} />
      {failed ? <ErrorSummary ctx={ctx} errors={failed.errors} message={failed.message} /> : null}
      {statement.isSummary ? <p class="notice">{t('statement.summaryNotice')}</p> : null}
      {statement.isSample ? <p class="notice">{t('statement.sampleNotice')}</p> : null}
      {statement.status === 'withdrawn' ? <p class="notice">{t('statement.withdrawnNotice', { reason: statement.withdrawnReason ?? '' })}</p> : null}
      <dl class="facts">
        {statement.adoption ? (
          <div>
            <dt>{t('statement.adopted')}</dt>
            <dd>
              {t('statement.adopted.at')} <a href={statement.adoption.meeting.url}>{statement.adoption.meeting.title}</a>
              {`, ${ctx.fmt.date(statement.adoption.decidedOn)} · `}
              <a href={statement.adoption.url}>{t('statement.adopted.decision', { reference: statement.adoption.reference })}</a>
            </dd>
          </div>
        ) : null}
        {statement.publishedOn ? (
          <div>
            <dt>{t('statement.publishedOn')}</dt>
            <dd>{ctx.fmt.date(statement.publishedOn)}</dd>
          </div>
        ) : null}
        {inWorkspace ? (
          <div>
            <dt>{t('round.version')}</dt>
            <dd>{t('statement.version.current', { number: statement.text.number, date: ctx.fmt.date(statement.text.createdAt) })}</dd>
          </div>
        ) : null}
      </dl>
      {statement.rights.draft ? (
        <p class="actions no-print">
          <a class="button" href={`${statement.url}/edit`}>
            {t('statement.edit')}
          </a>
        </p>
      ) : (
        <OutOfTermNotice ctx={ctx} outOfTerm={statement.outOfTerm} action={t('statement.edit')} />
      )}
      {statement.rights.member && statement.openComments > 0 ? <p class="meta">{t('comment.openCount', { count: statement.openComments })}</p> : null}
      <StatementContents ctx={ctx} statement={statement} sections={sections} />
      {sections}
    </Layout>
  );
}

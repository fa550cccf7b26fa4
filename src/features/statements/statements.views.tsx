import type { SafeHtml } from '../../lib/html';
import { textDirection, type MessageKey } from '../../lib/i18n';
import { renderMarkdown } from '../../lib/markdown';
import { formatDeadline, formatZonedDateTime } from '../../lib/zoned-time';
import type { ViewContext } from '../../views/context';
import { Flash } from '../../views/components/flash';
import {
  CheckboxGroup,
  emptyForm,
  ErrorSummary,
  fieldList,
  fieldValue,
  FilterBar,
  FormActions,
  NewerValues,
  plainOptions,
  PostForm,
  SelectField,
  TextArea,
  TextField,
  type FormState,
  type SelectOption,
} from '../../views/components/forms';
import { Pagination } from '../../views/components/pagination';
import { SourceList } from '../../views/components/sources';
import { Layout } from '../../views/layout';
import { OutOfTermNotice } from '../../views/components/out-of-term';
import type { Meeting } from '../meetings/meetings.schemas';
import type { MemberSummary } from '../members/members.schemas';
import { VersionsDiff } from '../../views/components/diff';
import { OriginalLanguageField, TextInLanguage, TranslationsSection, type TextLanguagesData } from '../../views/components/text-languages';
import { consultedRoles, type StatementListQuery } from './statements.schemas';
import { offeredRoles, roleLabelKey } from '../../policy/advisory-role';
import type { CommentView, DraftingRight, Endorsement, RoundView, StatementDetail, StatementDiff, StatementPage, Tally } from './statements.service';
import { positions, roundRules, statementKinds, statementStatuses } from './statements.table';
import { ScrollTable } from '../../views/components/scroll-region';

// The routes fill these in; every form shares their shape (views/components/forms).
export { emptyForm, type FormState };

export function kindLabel(ctx: ViewContext, kind: string): string {
  return ctx.t(`statement.kind.${kind}` as MessageKey);
}

export function statusLabel(ctx: ViewContext, status: string): string {
  return ctx.t(`statement.status.${status}` as MessageKey);
}

function kindOptions(ctx: ViewContext): SelectOption[] {
  return statementKinds.map((kind) => ({ value: kind, label: kindLabel(ctx, kind) }));
}

function roleLabel(ctx: ViewContext, role: string): string {
  return ctx.t(roleLabelKey(role) as MessageKey);
}

function memberHref(member: { slug: string }): string {
  return `/members/${encodeURIComponent(member.slug)}`;
}

function dateTime(ctx: ViewContext, moment: Date): string {
  return formatZonedDateTime(moment, 'UTC', ctx.locale);
}

/** "18 of 31 endorsed, 1 abstention, 1 objection, 11 silent". */
export function tallyText(ctx: ViewContext, tally: Tally): string {
  const parts = [ctx.t('round.tally.endorsed', { count: tally.endorsed, total: tally.total })];
  if (tally.abstained > 0) parts.push(ctx.t('round.tally.abstained', { count: tally.abstained }));
  parts.push(ctx.t('round.tally.objected', { count: tally.objected }));
  parts.push(ctx.t('round.tally.silent', { count: tally.silent }));
  return parts.join(', ');
}

// ---- the workspace list ----

export function StatementListPage({ ctx, query, page, drafting }: { ctx: ViewContext; query: StatementListQuery; page: StatementPage; drafting: DraftingRight }): SafeHtml {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('statement.workspace.title')} description={t('statement.workspace.intro')}>
      <h1>{t('statement.workspace.title')}</h1>
      <p class="lead">{t('statement.workspace.intro')}</p>
      {drafting.allowed ? (
        <p>
          <a class="button" href="/statements/new">
            {t('statement.new')}
          </a>
        </p>
      ) : null}
      <OutOfTermNotice ctx={ctx} outOfTerm={drafting.outOfTerm} action={t('statement.new')} />
      <FilterBar action="/statements/workspace" role="search" apply={t('members.filter.apply')}>
        <SelectField
          name="status"
          label={t('statement.column.status')}
          options={statementStatuses.map((status) => ({ value: status, label: statusLabel(ctx, status) }))}
          selected={query.status}
          blank={t('statement.filter.allStatuses')}
        />
        <SelectField name="kind" label={t('statement.column.kind')} options={kindOptions(ctx)} selected={query.kind} blank={t('statement.filter.allKinds')} />
      </FilterBar>
      <p role="status">{t('statement.count', { count: page.total })}</p>
      {page.items.length === 0 ? (
        <p>{t('statement.none')}</p>
      ) : (
        <ScrollTable id="workspace-table" caption={t('statement.workspace.caption')}>
          <thead>
            <tr>
              <th scope="col">{t('statement.column.title')}</th>
              <th scope="col">{t('statement.column.kind')}</th>
              <th scope="col">{t('statement.column.status')}</th>
              <th scope="col">{t('statement.column.year')}</th>
            </tr>
          </thead>
          <tbody>
            {page.items.map((statement) => (
              <tr>
                <th scope="row">
                  <a href={statement.url}>{statement.title}</a>
                </th>
                <td>{kindLabel(ctx, statement.kind)}</td>
                <td>
                  <span class="status">{statusLabel(ctx, statement.status)}</span>
                </td>
                <td>{String(statement.year)}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
      <Pagination ctx={ctx} info={page} />
    </Layout>
  );
}

// ---- one statement ----

export interface StatementPageData {
  statement: StatementDetail;
  meetings: Meeting[];
  forms: Partial<Record<'comment' | 'consultation' | 'round' | 'position' | 'adopt' | 'publish' | 'withdraw', FormState>>;
  notice: string | null;
  /** The language the text is shown in (an approved translation into the reader's, else the original), and its translations for members. */
  languages: TextLanguagesData;
}

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

function CommentItem({ ctx, statement, comment }: { ctx: ViewContext; statement: StatementDetail; comment: CommentView }): SafeHtml {
  const { t } = ctx;
  const author = comment.authorName ? `${comment.authorName}${comment.authorEntity ? ` (${comment.authorEntity})` : ''}` : roleLabel(ctx, comment.authorRole);
  return (
    <li class={`comment comment-${comment.status}`} id={`comment-${comment.id}`}>
      <p class="meta">
        {t('comment.by', { author, date: ctx.fmt.date(comment.createdAt), version: comment.versionNumber })}
        {comment.authorName === null ? ` · ${t('comment.roleOnly')}` : ''}
        {comment.inConsultation ? ` · ${t('comment.inConsultation')}` : ''} <span class="status">{t(`comment.status.${comment.status}` as MessageKey)}</span>
      </p>
      <p>{comment.body}</p>
      {comment.canResolve && statement.rights.comment ? (
        <PostForm ctx={ctx} action={`${statement.url}/comments/${comment.id}/status`}>
          <input type="hidden" name="status" value={comment.status === 'open' ? 'resolved' : 'open'} />
          <button type="submit" class="link-button">
            {comment.status === 'open' ? t('comment.resolve') : t('comment.reopen')}
          </button>
        </PostForm>
      ) : null}
    </li>
  );
}

function TextWithComments({ ctx, statement }: { ctx: ViewContext; statement: StatementDetail }): SafeHtml {
  const current = statement.comments.filter((comment) => comment.versionNumber === statement.text.number);
  return (
    <div class="statement-text">
      {statement.text.paragraphs.map((paragraph, index) => {
        const here = current.filter((comment) => comment.paragraph === index + 1);
        return (
          <div class="paragraph" id={`p-${index + 1}`}>
            {statement.rights.member || statement.comments.length > 0 ? (
              <span class="paragraph-number" aria-hidden="true">
                {`¶${index + 1}`}
              </span>
            ) : null}
            {renderMarkdown(paragraph)}
            {here.length > 0 ? (
              <ul class="comments plain-list" aria-label={ctx.t('comment.onParagraph', { number: index + 1 })}>
                {here.map((comment) => (
                  <CommentItem ctx={ctx} statement={statement} comment={comment} />
                ))}
              </ul>
            ) : null}
          </div>
        );
      })}
    </div>
  );
}

function CommentForm({ ctx, statement, state }: { ctx: ViewContext; statement: StatementDetail; state: FormState }): SafeHtml {
  const { t } = ctx;
  return (
    <section aria-labelledby="comment-form-title" class="panel no-print">
      <h2 id="comment-form-title">{t('comment.add')}</h2>
      <PostForm ctx={ctx} action={`${statement.url}/comments`} class="stacked">
        <SelectField
          name="paragraph"
          label={t('comment.paragraph')}
          options={statement.text.paragraphs.map((paragraph, index) => ({ value: String(index + 1), label: `¶${index + 1}: ${paragraph.replace(/[*_#>`[\]]/g, '').slice(0, 70)}` }))}
          selected={fieldValue(state, 'paragraph')}
        />
        <TextArea name="body" label={t('comment.body')} value={fieldValue(state, 'body')} errors={state.errors} rows={4} />
        <label class="checkbox">
          <input type="checkbox" name="role_only" value="on" checked={fieldValue(state, 'role_only') === 'on'} /> {t('comment.roleOnly.ask')}
        </label>
        <div class="actions">
          <button type="submit">{t('comment.submit')}</button>
        </div>
      </PostForm>
    </section>
  );
}

function RoundFacts({ ctx, round }: { ctx: ViewContext; round: RoundView }): SafeHtml {
  const { t } = ctx;
  return (
    <dl class="facts">
      <div>
        <dt>{t('round.rule')}</dt>
        <dd>{t(`round.rule.${round.rule}` as MessageKey)}</dd>
      </div>
      <div>
        <dt>{t('round.quorum')}</dt>
        <dd>{round.quorum ? String(round.quorum) : t('round.quorum.none')}</dd>
      </div>
      <div>
        <dt>{t('round.deadline')}</dt>
        <dd>{formatDeadline(round.deadline, round.timeZone, ctx.locale)}</dd>
      </div>
      <div>
        <dt>{t('round.version')}</dt>
        <dd>{String(round.versionNumber)}</dd>
      </div>
    </dl>
  );
}

function PositionsTable({ ctx, round }: { ctx: ViewContext; round: RoundView }): SafeHtml {
  const { t } = ctx;
  if (round.positions.length === 0) return <p>{t('round.positions.none')}</p>;
  return (
    <ScrollTable id={`positions-${round.id}`} caption={t('round.positions')}>
      <thead>
        <tr>
          <th scope="col">{t('members.column.acronym')}</th>
          <th scope="col">{t('round.position')}</th>
          <th scope="col">{t('round.comment')}</th>
          <th scope="col">{t('round.recordedBy')}</th>
        </tr>
      </thead>
      <tbody>
        {round.positions.map((position) => (
          <tr>
            <th scope="row">{position.entity.acronym}</th>
            <td>{t(`round.position.${position.position}` as MessageKey)}</td>
            <td>{position.comment ?? ''}</td>
            <td>{`${position.recordedBy}, ${ctx.fmt.date(position.recordedAt)}`}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

function PositionForm({ ctx, statement, round, state }: { ctx: ViewContext; statement: StatementDetail; round: RoundView; state: FormState }): SafeHtml {
  const { t } = ctx;
  const positionFor = statement.positionFor;
  if (!positionFor) return <></>;
  const current = positionFor.current;
  const chosen = fieldValue(state, 'position') || current?.position || '';
  return (
    <section aria-labelledby="position-title" class="panel no-print">
      <h3 id="position-title">{t('round.yourPosition', { entity: positionFor.acronym })}</h3>
      {current ? <p>{t('round.yourPosition.current', { position: t(`round.position.${current.position}` as MessageKey), date: ctx.fmt.date(current.recordedAt) })}</p> : null}
      <PostForm ctx={ctx} action={`${statement.url}/rounds/${round.id}/position`} class="stacked">
        <input type="hidden" name="version" value={fieldValue(state, 'version') || String(current?.version ?? 0)} />
        <fieldset class="field checkbox-group" id="position">
          <legend>{t('round.position')}</legend>
          {positions.map((position) => (
            <label class="checkbox">
              <input type="radio" name="position" value={position} checked={chosen === position} required /> {t(`round.position.${position}` as MessageKey)}
            </label>
          ))}
        </fieldset>
        <TextArea name="comment" label={t('round.comment')} value={fieldValue(state, 'comment') || (current?.comment ?? '')} errors={state.errors} rows={3} />
        <div class="actions">
          <button type="submit">{current ? t('round.position.change') : t('round.position.record')}</button>
        </div>
      </PostForm>
    </section>
  );
}

function OpenRound({ ctx, data, round }: { ctx: ViewContext; data: StatementPageData; round: RoundView }): SafeHtml {
  const { t } = ctx;
  const { statement } = data;
  return (
    <section aria-labelledby="round-title" id="round">
      <h2 id="round-title">{t('round.open.title')}</h2>
      <p class="tally" id="tally" data-live-tally={`/api/v1${statement.url}/rounds/${round.id}/tally`} aria-live="polite">
        {tallyText(ctx, round.tally)}
      </p>
      <p class="meta">
        {t('round.total', { total: round.tally.total, listed: round.listed })}
        {round.totalAsOf ? ` ${t('round.totalAsOf', { date: ctx.fmt.date(round.totalAsOf) })}` : ''}
      </p>
      {!round.accepting ? <p class="notice">{t('round.deadlinePassed')}</p> : null}
      <RoundFacts ctx={ctx} round={round} />
      {round.note ? <p>{round.note}</p> : null}
      <PositionsTable ctx={ctx} round={round} />
      {round.accepting ? <PositionForm ctx={ctx} statement={statement} round={round} state={data.forms.position ?? emptyForm} /> : null}
      {statement.rights.draft ? (
        <PostForm ctx={ctx} action={`${statement.url}/rounds/${round.id}/close`} confirm={t('round.close.confirm')}>
          <button type="submit" class="secondary">
            {t('round.close')}
          </button>
        </PostForm>
      ) : null}
    </section>
  );
}

function PastRounds({ ctx, rounds }: { ctx: ViewContext; rounds: RoundView[] }): SafeHtml {
  const { t } = ctx;
  const closed = rounds.filter((round) => !round.open);
  if (closed.length === 0) return <></>;
  return (
    <section aria-labelledby="rounds-title">
      <h2 id="rounds-title">{t('round.history')}</h2>
      <ScrollTable id="rounds-table" caption={t('round.history.caption')}>
        <thead>
          <tr>
            <th scope="col">{t('round.closedOn')}</th>
            <th scope="col">{t('round.version')}</th>
            <th scope="col">{t('round.rule')}</th>
            <th scope="col">{t('round.outcome')}</th>
            <th scope="col">{t('round.tally')}</th>
          </tr>
        </thead>
        <tbody>
          {closed.map((round) => (
            <tr>
              <td>{round.closedAt ? ctx.fmt.date(round.closedAt) : ''}</td>
              <td>{String(round.versionNumber)}</td>
              <td>{t(`round.rule.${round.rule}` as MessageKey)}</td>
              <td>{round.outcome ? t(`round.outcome.${round.outcome}` as MessageKey) : ''}</td>
              <td>{tallyText(ctx, round.tally)}</td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </section>
  );
}

function Consultation({ ctx, statement }: { ctx: ViewContext; statement: StatementDetail }): SafeHtml {
  const { t } = ctx;
  const consultation = statement.consultation;
  if (!consultation) return <></>;
  return (
    <section aria-labelledby="consultation-title" class="panel">
      <h2 id="consultation-title">{t('consultation.open.title')}</h2>
      <p>{t('consultation.invites', { roles: consultation.invitedRoles.map((role) => roleLabel(ctx, role)).join(', '), date: dateTime(ctx, consultation.deadline) })}</p>
      {!consultation.accepting ? <p class="notice">{t('consultation.deadlinePassed')}</p> : null}
      {consultation.note ? <p>{consultation.note}</p> : null}
      {statement.rights.draft ? (
        <PostForm ctx={ctx} action={`${statement.url}/consultation/close`}>
          <button type="submit" class="secondary">
            {t('consultation.close')}
          </button>
        </PostForm>
      ) : null}
    </section>
  );
}

function PenHolderForms({ ctx, data }: { ctx: ViewContext; data: StatementPageData }): SafeHtml {
  const { t } = ctx;
  const { statement, forms } = data;
  const consultationForm = forms.consultation ?? emptyForm;
  const roundForm = forms.round ?? emptyForm;
  const canConsult = statement.rights.draft && statement.status === 'drafting';
  const canOpenRound = statement.rights.draft && (statement.status === 'drafting' || statement.status === 'consultation');
  return (
    <>
      {canConsult ? (
        <section aria-labelledby="consult-title" class="panel no-print">
          <h2 id="consult-title">{t('consultation.start')}</h2>
          <p class="hint">{t('consultation.start.hint')}</p>
          <PostForm ctx={ctx} action={`${statement.url}/consultation`} class="stacked">
            <CheckboxGroup
              name="roles"
              legend={t('consultation.roles')}
              options={offeredRoles(consultedRoles).map((role) => ({ value: role, label: roleLabel(ctx, role) }))}
              selected={fieldList(consultationForm, 'roles')}
              errors={consultationForm.errors}
            />
            <TextField name="deadline" label={t('consultation.deadline')} type="date" value={fieldValue(consultationForm, 'deadline')} errors={consultationForm.errors} required />
            <TextArea name="note" label={t('consultation.note')} value={fieldValue(consultationForm, 'note')} errors={consultationForm.errors} rows={3} />
            <div class="actions">
              <button type="submit">{t('consultation.start.submit')}</button>
            </div>
          </PostForm>
        </section>
      ) : null}
      {canOpenRound ? (
        <section aria-labelledby="open-round-title" class="panel no-print">
          <h2 id="open-round-title">{t('round.start')}</h2>
          <p class="hint">{t('round.start.hint', { version: statement.text.number })}</p>
          <PostForm ctx={ctx} action={`${statement.url}/rounds`} class="stacked">
            <fieldset class="field checkbox-group" id="rule">
              <legend>{t('round.rule')}</legend>
              {roundRules.map((rule) => (
                <label class="checkbox">
                  <input type="radio" name="rule" value={rule} checked={(fieldValue(roundForm, 'rule') || 'consensus') === rule} /> {t(`round.rule.${rule}` as MessageKey)}
                </label>
              ))}
            </fieldset>
            <TextField name="quorum" label={t('round.quorum')} type="number" value={fieldValue(roundForm, 'quorum')} errors={roundForm.errors} hint={t('round.quorum.hint')} />
            <TextField name="deadline" label={t('round.deadline.date')} type="date" value={fieldValue(roundForm, 'deadline')} errors={roundForm.errors} required />
            <TextField
              name="deadline_time"
              label={t('round.deadline.time')}
              type="time"
              value={fieldValue(roundForm, 'deadline_time')}
              errors={roundForm.errors}
              hint={t('round.deadline.time.hint')}
            />
            <TextField name="time_zone" label={t('meetings.form.timeZone')} value={fieldValue(roundForm, 'time_zone') || 'UTC'} errors={roundForm.errors} maxlength={64} />
            <TextArea name="note" label={t('round.note')} value={fieldValue(roundForm, 'note')} errors={roundForm.errors} rows={3} />
            <div class="actions">
              <button type="submit">{t('round.start.submit')}</button>
            </div>
          </PostForm>
        </section>
      ) : null}
    </>
  );
}

function AdoptionForms({ ctx, data }: { ctx: ViewContext; data: StatementPageData }): SafeHtml {
  const { t } = ctx;
  const { statement, forms } = data;
  const adopt = forms.adopt ?? emptyForm;
  const publish = forms.publish ?? emptyForm;
  const withdraw = forms.withdraw ?? emptyForm;
  return (
    <>
      {statement.rights.adopt ? (
        <section aria-labelledby="adopt-title" class="panel no-print">
          <h2 id="adopt-title">{t('statement.adopt')}</h2>
          <p class="hint">{t('statement.adopt.hint')}</p>
          <PostForm ctx={ctx} action={`${statement.url}/adopt`} class="stacked">
            <SelectField
              name="meeting"
              label={t('statement.adopt.meeting')}
              options={data.meetings.map((meeting) => ({ value: String(meeting.id), label: `${meeting.title} (${ctx.fmt.date(meeting.startsOn)})` }))}
              selected={fieldValue(adopt, 'meeting')}
            />
            <TextField name="title" label={t('decisions.form.title')} value={fieldValue(adopt, 'title')} errors={adopt.errors} hint={t('statement.adopt.title.hint')} maxlength={500} />
            <div class="actions">
              <button type="submit">{t('statement.adopt.submit')}</button>
            </div>
          </PostForm>
        </section>
      ) : null}
      {statement.rights.publish ? (
        <section aria-labelledby="publish-title" class="panel no-print">
          <h2 id="publish-title">{t('statement.publish')}</h2>
          <p class="hint">{t('statement.publish.hint')}</p>
          <PostForm ctx={ctx} action={`${statement.url}/publish`} class="stacked">
            <TextField
              name="published_on"
              label={t('statement.publish.date')}
              type="date"
              value={fieldValue(publish, 'published_on')}
              errors={publish.errors}
              hint={t('statement.publish.date.hint')}
            />
            <div class="actions">
              <button type="submit">{t('statement.publish.submit')}</button>
            </div>
          </PostForm>
        </section>
      ) : null}
      {statement.rights.draft ? (
        <details class="panel no-print">
          <summary>{t('statement.withdraw')}</summary>
          <PostForm ctx={ctx} action={`${statement.url}/withdraw`} class="stacked" confirm={t('statement.withdraw.confirm')}>
            <TextArea name="reason" label={t('statement.withdraw.reason')} value={fieldValue(withdraw, 'reason')} errors={withdraw.errors} rows={3} />
            <div class="actions">
              <button type="submit" class="secondary">
                {t('statement.withdraw.submit')}
              </button>
            </div>
          </PostForm>
        </details>
      ) : null}
    </>
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

function EarlierComments({ ctx, statement }: { ctx: ViewContext; statement: StatementDetail }): SafeHtml {
  const earlier = statement.comments.filter((comment) => comment.versionNumber !== statement.text.number);
  if (earlier.length === 0) return <></>;
  return (
    <section aria-labelledby="earlier-comments-title">
      <h2 id="earlier-comments-title">{ctx.t('comment.earlier')}</h2>
      <ul class="comments plain-list">
        {earlier.map((comment) => (
          <>
            <li class="meta">{ctx.t('comment.on', { number: comment.paragraph, version: comment.versionNumber, excerpt: comment.excerpt })}</li>
            <CommentItem ctx={ctx} statement={statement} comment={comment} />
          </>
        ))}
      </ul>
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

// ---- writing ----

export function NewStatementPage({ ctx, state }: { ctx: ViewContext; state: FormState }): SafeHtml {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('statement.new')} description={t('statement.new.intro')}>
      <p class="breadcrumb">
        <a href="/statements/workspace">{t('statement.workspace.title')}</a>
      </p>
      <h1>{t('statement.new')}</h1>
      <p>{t('statement.new.intro')}</p>
      <ErrorSummary ctx={ctx} errors={state.errors} message={state.message} />
      <PostForm ctx={ctx} action="/statements/new" class="stacked">
        <SelectField name="kind" label={t('statement.column.kind')} options={kindOptions(ctx)} selected={fieldValue(state, 'kind')} />
        <TextField name="title" label={t('statement.column.title')} value={fieldValue(state, 'title')} errors={state.errors} required maxlength={300} />
        <TextField name="slug" label={t('statement.slug')} value={fieldValue(state, 'slug')} errors={state.errors} hint={t('statement.slug.hint')} maxlength={100} />
        <TextArea name="body" label={t('statement.text')} value={fieldValue(state, 'body')} errors={state.errors} hint={t('form.markdown.hint')} rows={16} />
        <OriginalLanguageField ctx={ctx} selected={fieldValue(state, 'original_language')} errors={state.errors} />
        <FormActions ctx={ctx} submit={t('statement.create')} cancel="/statements/workspace" />
      </PostForm>
    </Layout>
  );
}

export function EditTextPage({ ctx, statement, state }: { ctx: ViewContext; statement: StatementDetail; state: FormState }): SafeHtml {
  const { t } = ctx;
  const title = t('statement.edit.title', { title: statement.title });
  const openRound = statement.rounds.find((round) => round.open);
  return (
    <Layout ctx={ctx} title={title} description={title}>
      <p class="breadcrumb">
        <a href={statement.url}>{statement.title}</a>
      </p>
      <h1>{title}</h1>
      <p>{t('statement.edit.intro', { number: statement.text.number + 1 })}</p>
      {openRound ? <p class="notice">{t('statement.edit.roundWarning')}</p> : null}
      {statement.status === 'endorsement' && !openRound ? <p class="notice">{t('statement.edit.endorsedWarning')}</p> : null}
      <ErrorSummary ctx={ctx} errors={state.errors} message={state.message} />
      <NewerValues ctx={ctx} newer={state.newer} />
      <PostForm ctx={ctx} action={`${statement.url}/edit`} class="stacked">
        <input type="hidden" name="version" value={fieldValue(state, 'version')} />
        <TextField name="title" label={t('statement.column.title')} value={fieldValue(state, 'title')} errors={state.errors} required maxlength={300} />
        <TextArea name="body" label={t('statement.text')} value={fieldValue(state, 'body')} errors={state.errors} hint={t('form.markdown.hint')} rows={20} />
        <TextField name="note" label={t('statement.edit.note')} value={fieldValue(state, 'note')} errors={state.errors} hint={t('statement.edit.note.hint')} maxlength={500} />
        <FormActions ctx={ctx} submit={t('statement.edit.submit')} cancel={statement.url} />
      </PostForm>
    </Layout>
  );
}

export function newerText(text: { number: number; title: string; body: string }): SafeHtml {
  return (
    <div class="prose">
      <p>
        <strong>{`${text.number}. ${text.title}`}</strong>
      </p>
      {renderMarkdown(text.body)}
    </div>
  );
}

// ---- the diff ----

export function DiffPage({ ctx, diff }: { ctx: ViewContext; diff: StatementDiff }): SafeHtml {
  const { t } = ctx;
  const title = t('diff.title', { from: diff.from.number, to: diff.to.number });
  return (
    <Layout ctx={ctx} title={`${title} · ${diff.statement.title}`} description={title}>
      <p class="breadcrumb">
        <a href={diff.statement.url}>{diff.statement.title}</a>
      </p>
      <h1>{title}</h1>
      <VersionsDiff ctx={ctx} from={diff.from} to={diff.to} blocks={diff.blocks} lineKey="statement.version.line" />
    </Layout>
  );
}

import type { SafeHtml } from '../../lib/html';
import type { MessageKey } from '../../lib/i18n';
import { renderMarkdown } from '../../lib/markdown';
import type { ViewContext } from '../../views/context';
import { Flash } from '../../views/components/flash';
import { ErrorSummary, Field, InputField, NewerValues, PostForm, Select, SelectField, TextArea, type FieldErrors } from '../../views/components/forms';
import { Layout } from '../../views/layout';
import type { PlanIndicator } from './plan.service';
import { formatIndicatorValue } from './plan.views';
import type { Period, ProgressUpdate } from './progress.service';
import { progressStatuses } from './progress.table';
import { indicatorField, type UpdateTarget } from './progress.model';
import type { UpdateDetail } from './updates.service';
import { StateBadge, StatusBadge, targetLabel } from './progress.views';
import { ScrollTable } from '../../views/components/scroll-region';

export interface UpdateFormState {
  values: Record<string, string>;
  errors: FieldErrors;
  message: string | null;
  /** After a stale save: the update as saved now. */
  newer?: ProgressUpdate | null;
}

export function updateFormValues(update: ProgressUpdate): Record<string, string> {
  return {
    status: update.status,
    narrative: update.narrative,
    evidence_links: update.evidence
      .filter((entry) => entry.kind === 'link')
      .map((entry) => `${entry.url ?? ''} ${entry.title}`.trim())
      .join('\n'),
    version: String(update.version),
    ...Object.fromEntries(update.values.map((value) => [indicatorField(value.indicatorId), value.type === 'yes_no' ? (value.value === 1 ? 'yes' : 'no') : String(value.value)])),
  };
}

function IndicatorInput({ ctx, indicator, state }: { ctx: ViewContext; indicator: PlanIndicator; state: UpdateFormState }): SafeHtml {
  const { t } = ctx;
  const name = indicatorField(indicator.id);
  const value = state.values[name] ?? '';
  const label = `${indicator.name} (${indicator.unit})`;
  if (indicator.type === 'yes_no') {
    const options = [
      { value: 'yes', label: t('progress.yes') },
      { value: 'no', label: t('progress.no') },
    ];
    return <SelectField name={name} label={label} options={options} selected={value} blank={t('update.value.choose')} errors={state.errors} />;
  }
  const kind = indicator.type === 'percentage' ? 'percentage' : 'number';
  return <InputField name={name} label={label} errors={state.errors} attributes={{ type: 'text', inputmode: 'decimal', value, 'data-kind': kind }} />;
}

export interface UpdateFormProps {
  ctx: ViewContext;
  mode: 'new' | 'edit';
  period: Period;
  target: UpdateTarget;
  entity: string;
  indicators: PlanIndicator[];
  state: UpdateFormState;
  /** The update being edited (its id, state, review comment and files). */
  update?: ProgressUpdate;
}

export function UpdateFormPage(props: UpdateFormProps): SafeHtml {
  const { ctx, mode, period, target, entity, indicators, state, update } = props;
  const { t } = ctx;
  const title = mode === 'new' ? t('update.new.title') : t('update.edit.title');
  const action = mode === 'new' ? '/progress/updates' : `/progress/updates/${update?.id ?? 0}`;
  const label = target.code ? `${target.code} ${target.title}` : target.title;
  return (
    <Layout ctx={ctx} title={`${title}: ${label}`} description={title}>
      <p class="breadcrumb">
        <a href={update ? `/progress/updates/${update.id}` : '/progress/report'}>{update ? targetLabel(update) : t('filing.title')}</a>
      </p>
      <h1>{title}</h1>
      <dl class="facts">
        <div>
          <dt>{t('update.about')}</dt>
          <dd>{label}</dd>
        </div>
        <div>
          <dt>{t('update.organization')}</dt>
          <dd>{entity}</dd>
        </div>
        <div>
          <dt>{t('update.period')}</dt>
          <dd>
            {period.label} ({t('periods.column.deadline')}: {ctx.fmt.date(period.deadline)})
          </dd>
        </div>
      </dl>
      {update?.state === 'returned' && update.reviewComment ? <p class="notice">{t('update.returned', { comment: update.reviewComment })}</p> : null}
      <ErrorSummary ctx={ctx} errors={state.errors} message={state.message} />
      <NewerValues
        ctx={ctx}
        newer={
          state.newer ? (
            <>
              <p>
                <StatusBadge ctx={ctx} status={state.newer.status} /> <StateBadge ctx={ctx} state={state.newer.state} />
              </p>
              <div class="narrative">{renderMarkdown(state.newer.narrative)}</div>
            </>
          ) : null
        }
      />
      <PostForm ctx={ctx} action={action} class="stacked">
        {mode === 'new' ? (
          <>
            <input type="hidden" name="period" value={String(period.id)} />
            <input type="hidden" name={target.kind === 'item' ? 'item' : 'pledge'} value={String(target.id)} />
          </>
        ) : (
          <input type="hidden" name="version" value={state.values.version ?? ''} />
        )}
        <Field id="status" name="status" label={t('update.status')} errors={state.errors}>
          <Select
            id="status"
            name="status"
            options={progressStatuses.map((status) => ({ value: status, label: t(`progress.status.${status}` as MessageKey) }))}
            selected={state.values.status ?? 'on_track'}
            invalid={Boolean(state.errors.status)}
          />
        </Field>
        <TextArea name="narrative" label={t('update.narrative')} hint={t('update.narrative.hint')} value={state.values.narrative ?? ''} errors={state.errors} rows={8} />
        {indicators.length > 0 ? (
          <fieldset class="field indicator-values">
            <legend>{t('update.values', { year: String(period.year) })}</legend>
            <p class="hint">{t('update.values.hint')}</p>
            {indicators.map((indicator) => (
              <IndicatorInput ctx={ctx} indicator={indicator} state={state} />
            ))}
          </fieldset>
        ) : null}
        <TextArea name="evidence_links" label={t('update.links')} hint={t('update.links.hint')} value={state.values.evidence_links ?? ''} errors={state.errors} rows={3} />
        <div class="actions">
          <button type="submit" name="intent" value="save" class="secondary">
            {t('update.save')}
          </button>
          <button type="submit" name="intent" value="submit">
            {t('update.submit')}
          </button>
          <a href={update ? `/progress/updates/${update.id}` : '/progress/report'}>{t('form.cancel')}</a>
        </div>
      </PostForm>
    </Layout>
  );
}

function EvidenceList({ ctx, update, canRemove }: { ctx: ViewContext; update: ProgressUpdate; canRemove: boolean }): SafeHtml {
  const { t } = ctx;
  if (update.evidence.length === 0) return <p>{t('update.evidence.none')}</p>;
  return (
    <ul>
      {update.evidence.map((entry) => (
        <li>
          {entry.kind === 'link' ? (
            <a href={entry.url ?? '#'} rel="noopener noreferrer external">
              {entry.title}
            </a>
          ) : (
            <a href={`/progress/evidence/${entry.id}`} download>
              {entry.title}
            </a>
          )}
          {entry.kind === 'file' && entry.sizeBytes !== null ? ` (${ctx.fmt.number(Math.max(1, Math.round(entry.sizeBytes / 1024)))} KB)` : ''}
          {canRemove && entry.kind === 'file' ? (
            <PostForm ctx={ctx} action={`/progress/evidence/${entry.id}/delete`} class="inline-form">
              <button type="submit" class="link-button">
                {t('update.files.remove')}
              </button>
            </PostForm>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function ValuesTable({ ctx, id, update, caption }: { ctx: ViewContext; id: string; update: { values: ProgressUpdate['values'] }; caption: string }): SafeHtml {
  const { t } = ctx;
  if (update.values.length === 0) return <p>{t('update.values.none')}</p>;
  return (
    <ScrollTable id={id} caption={caption}>
      <thead>
        <tr>
          <th scope="col">{t('progress.column.indicator')}</th>
          <th scope="col">{t('plan.indicators.unit')}</th>
          <th scope="col">{t('progress.figure.value')}</th>
        </tr>
      </thead>
      <tbody>
        {update.values.map((value) => (
          <tr>
            <th scope="row">{value.name}</th>
            <td>{value.unit}</td>
            <td>{formatIndicatorValue(ctx, value.type, value.value)}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

function History({ ctx, detail }: { ctx: ViewContext; detail: UpdateDetail }): SafeHtml {
  const { t } = ctx;
  const names = new Map(detail.update.values.map((value) => [value.indicatorId, value]));
  for (const indicator of detail.indicators)
    if (!names.has(indicator.id)) names.set(indicator.id, { indicatorId: indicator.id, name: indicator.name, unit: indicator.unit, type: indicator.type, value: 0 });
  return (
    <>
      <ScrollTable id="history-table" caption={t('update.history.caption')}>
        <thead>
          <tr>
            <th scope="col">{t('update.history.number')}</th>
            <th scope="col">{t('update.history.when')}</th>
            <th scope="col">{t('update.history.who')}</th>
            <th scope="col">{t('update.history.action')}</th>
            <th scope="col">{t('progress.column.state')}</th>
            <th scope="col">{t('progress.column.status')}</th>
          </tr>
        </thead>
        <tbody>
          {detail.history.map((version) => (
            <tr>
              <th scope="row">
                <a href={`#version-${version.number}`}>{version.number}</a>
              </th>
              <td>{ctx.fmt.date(version.at)}</td>
              <td>{version.actor}</td>
              <td>{t(`update.action.${version.action}` as MessageKey)}</td>
              <td>{t(`progress.state.${version.state}` as MessageKey)}</td>
              <td>{t(`progress.status.${version.snapshot.status}` as MessageKey)}</td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      {detail.history.map((version) => (
        <details class="version" id={`version-${version.number}`}>
          <summary>{t('update.history.show', { number: version.number })}</summary>
          {version.snapshot.reviewComment ? <p class="meta">{t('update.comment', { comment: version.snapshot.reviewComment })}</p> : null}
          <div class="narrative">{renderMarkdown(version.snapshot.narrative)}</div>
          <ValuesTable
            ctx={ctx}
            id={`values-${version.number}`}
            caption={`${t('update.values.title')} · ${t('update.history.number')} ${version.number}`}
            update={{
              values: version.snapshot.values.flatMap((value) => {
                const known = names.get(value.indicatorId);
                return known ? [{ ...known, value: value.value }] : [];
              }),
            }}
          />
          {version.snapshot.evidence.length > 0 ? (
            <ul>
              {version.snapshot.evidence.map((entry) => (
                <li>{entry.url ? `${entry.title} (${entry.url})` : entry.title}</li>
              ))}
            </ul>
          ) : null}
        </details>
      ))}
    </>
  );
}

export interface UpdatePageState {
  errors: FieldErrors;
  message: string | null;
  comment: string;
  notice: string | null;
}

export function UpdatePage({ ctx, detail, state }: { ctx: ViewContext; detail: UpdateDetail; state: UpdatePageState }): SafeHtml {
  const { t } = ctx;
  const { update, rights } = detail;
  const title = t('update.title', { target: targetLabel(update) });
  return (
    <Layout ctx={ctx} title={title} description={title}>
      <p class="breadcrumb">
        <a href={`/progress/periods/${update.period.id}`}>{t('period.title', { label: update.period.label })}</a>
      </p>
      <h1>{title}</h1>
      <Flash message={state.notice} />
      {update.isSample ? <p class="notice">{t('progress.sample')}</p> : null}
      <dl class="facts">
        <div>
          <dt>{t('update.organization')}</dt>
          <dd>
            <a href={`/members/${encodeURIComponent(update.entity.slug)}`}>{update.entity.acronym}</a>
          </dd>
        </div>
        <div>
          <dt>{t('update.period')}</dt>
          <dd>{update.period.label}</dd>
        </div>
        <div>
          <dt>{t('progress.column.state')}</dt>
          <dd>
            <StateBadge ctx={ctx} state={update.state} />
          </dd>
        </div>
        <div>
          <dt>{t('update.status')}</dt>
          <dd>
            <StatusBadge ctx={ctx} status={update.status} />
          </dd>
        </div>
        <div>
          <dt>{t('update.author')}</dt>
          <dd>{update.author}</dd>
        </div>
        {update.submittedAt ? (
          <div>
            <dt>{t('update.submitted')}</dt>
            <dd>{ctx.fmt.date(update.submittedAt)}</dd>
          </div>
        ) : null}
        {update.reviewedAt ? (
          <div>
            <dt>{t('update.reviewed')}</dt>
            <dd>
              {ctx.fmt.date(update.reviewedAt)}
              {update.reviewedBy ? `, ${update.reviewedBy}` : ''}
            </dd>
          </div>
        ) : null}
      </dl>
      {update.reviewComment ? (
        <p class="notice" id="review-comment">
          {update.state === 'returned' ? t('update.returned', { comment: update.reviewComment }) : t('update.comment', { comment: update.reviewComment })}
        </p>
      ) : null}
      <div class="narrative">{renderMarkdown(update.narrative)}</div>
      <h2>{t('update.values.title')}</h2>
      <ValuesTable ctx={ctx} id="values-table" update={update} caption={t('update.values.title')} />
      <h2>{t('update.evidence')}</h2>
      <EvidenceList ctx={ctx} update={update} canRemove={rights.attach} />
      {rights.attach ? (
        <PostForm ctx={ctx} action={`/progress/updates/${update.id}/files#attach`} enctype="multipart/form-data" class="stacked no-print">
          {/* A refused upload is shown here, beside its field, and the page comes back scrolled to it. */}
          <div id="attach">{state.errors?.files ? <ErrorSummary ctx={ctx} errors={state.errors} message={state.message} /> : null}</div>
          <Field id="files" name="files" label={t('update.files')} errors={state.errors}>
            <input id="files" name="files" type="file" multiple />
          </Field>
          <div class="actions">
            <button type="submit" class="secondary">
              {t('update.files.attach')}
            </button>
          </div>
        </PostForm>
      ) : null}
      {rights.edit ? (
        <div class="actions no-print">
          <a class="button" href={`/progress/updates/${update.id}/edit`}>
            {t('update.edit')}
          </a>
          <PostForm ctx={ctx} action={`/progress/updates/${update.id}/submit`} class="inline-form">
            <input type="hidden" name="version" value={String(update.version)} />
            <button type="submit">{t('update.submit')}</button>
          </PostForm>
        </div>
      ) : null}
      {rights.review ? (
        <section class="review no-print" aria-labelledby="review-title">
          <h2 id="review-title">{t('update.review.title')}</h2>
          {state.errors?.files ? null : <ErrorSummary ctx={ctx} errors={state.errors} message={state.message} />}
          <PostForm ctx={ctx} action={`/progress/updates/${update.id}/accept`} class="stacked">
            <input type="hidden" name="version" value={String(update.version)} />
            <TextArea name="comment" label={t('update.review.comment')} value={state.comment} errors={state.errors} rows={3} />
            <div class="actions">
              <button type="submit">{t('update.accept')}</button>
              <button type="submit" class="secondary" formaction={`/progress/updates/${update.id}/return`}>
                {t('update.return')}
              </button>
            </div>
          </PostForm>
        </section>
      ) : null}
      {!rights.review && !state.errors?.files && state.errors && Object.keys(state.errors).length > 0 ? <ErrorSummary ctx={ctx} errors={state.errors} message={state.message} /> : null}
      <h2>{t('update.history')}</h2>
      <History ctx={ctx} detail={detail} />
    </Layout>
  );
}

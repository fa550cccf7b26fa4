/**
 * Endorsement rounds on a statement's page: the open round with its positions and the form to
 * record one, and the rounds before it.
 */
import type { SafeHtml } from '../../lib/html';
import type { MessageKey } from '../../lib/i18n';
import { formatDeadline } from '../../lib/zoned-time';
import type { ViewContext } from '../../views/context';
import { emptyForm, fieldValue, PostForm, TextArea, type FormState } from '../../views/components/forms';
import type { RoundView, StatementDetail } from './statements.service';
import { positions } from './statements.table';
import { ScrollTable } from '../../views/components/scroll-region';
import { type StatementPageData, tallyText } from './statements.common.views';

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

export function OpenRound({ ctx, data, round }: { ctx: ViewContext; data: StatementPageData; round: RoundView }): SafeHtml {
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

export function PastRounds({ ctx, rounds }: { ctx: ViewContext; rounds: RoundView[] }): SafeHtml {
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

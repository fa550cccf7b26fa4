/**
 * What the pen holder and the secretariat do from a statement's page: open a consultation or an
 * endorsement round, adopt, publish, withdraw.
 */
import type { SafeHtml } from '../../lib/html';
import type { MessageKey } from '../../lib/i18n';
import type { ViewContext } from '../../views/context';
import { CheckboxGroup, emptyForm, fieldList, fieldValue, PostForm, SelectField, TextArea, TextField } from '../../views/components/forms';
import { consultedRoles } from './statements.schemas';
import { offeredRoles } from '../../policy/advisory-role';
import { roundRules } from './statements.table';
import { type StatementPageData, roleLabel } from './statements.common.views';

export function PenHolderForms({ ctx, data }: { ctx: ViewContext; data: StatementPageData }): SafeHtml {
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

export function AdoptionForms({ ctx, data }: { ctx: ViewContext; data: StatementPageData }): SafeHtml {
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

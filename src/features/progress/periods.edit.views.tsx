import type { SafeHtml } from '../../lib/html';
import type { MessageKey } from '../../lib/i18n';
import type { ViewContext } from '../../views/context';
import { ErrorSummary, FactList, fieldValue, FormActions, NewerValues, PostForm, SelectField, TextField, type FormState } from '../../views/components/forms';
import { Layout } from '../../views/layout';
import type { Period } from './progress.model';
import { periodKinds } from './progress.table';

export function periodFormValues(period: Period): FormState['values'] {
  return { label: period.label, kind: period.kind, opens_on: period.opensOn, deadline: period.deadline, version: String(period.version) };
}

export function PeriodEditPage({ ctx, period, state }: { ctx: ViewContext; period: Period; state: FormState }): SafeHtml {
  const { t } = ctx;
  const title = t('referenceAdmin.periods.edit.title', { label: period.label, year: String(period.year) });
  const value = (name: string) => fieldValue(state, name);
  return (
    <Layout ctx={ctx} title={title} description={title}>
      <p class="breadcrumb">
        <a href="/progress/periods">{t('periods.title')}</a> · <a href={`/progress/periods/${period.id}`}>{period.label}</a>
      </p>
      <h1>{title}</h1>
      <ErrorSummary ctx={ctx} errors={state.errors} message={state.message} />
      <NewerValues ctx={ctx} newer={state.newer} />
      <PostForm ctx={ctx} action={`/progress/periods/${period.id}/edit`} class="stacked">
        <input type="hidden" name="version" value={value('version')} />
        <TextField name="label" label={t('periods.add.label')} value={value('label')} errors={state.errors} required maxlength={60} />
        <SelectField
          name="kind"
          label={t('periods.add.kind')}
          selected={value('kind')}
          errors={state.errors}
          options={periodKinds.map((kind) => ({ value: kind, label: t(`progress.kind.${kind}` as MessageKey) }))}
        />
        <TextField name="opens_on" type="date" label={t('periods.add.opens')} value={value('opens_on')} errors={state.errors} required />
        <TextField name="deadline" type="date" label={t('periods.add.deadline')} value={value('deadline')} errors={state.errors} required />
        <FormActions ctx={ctx} submit={t('form.save')} cancel={`/progress/periods/${period.id}`} />
      </PostForm>
    </Layout>
  );
}

export function newerPeriod(ctx: ViewContext, period: Period): SafeHtml {
  const { t } = ctx;
  const rows: [string, string][] = [
    [t('periods.add.label'), period.label],
    [t('periods.add.kind'), t(`progress.kind.${period.kind}` as MessageKey)],
    [t('periods.add.opens'), ctx.fmt.date(period.opensOn)],
    [t('periods.add.deadline'), ctx.fmt.date(period.deadline)],
  ];
  return <FactList rows={rows} />;
}

/**
 * Creating and editing a working group: its mandate, kind and member organizations.
 */
import type { SafeHtml } from '../../lib/html';
import type { MessageKey } from '../../lib/i18n';
import type { ViewContext } from '../../views/context';
import { CheckboxGroup, ErrorSummary, fieldList, FormActions, NewerValues, PostForm, SelectField, TextArea, TextField, type FormState } from '../../views/components/forms';
import { Layout } from '../../views/layout';
import { groupKinds, type Group } from './groups.schemas';
import { groupHref, text } from './groups.common.views';

export function groupFormValues(group: Group | null): FormState['values'] {
  if (!group) return { kind: 'ad_hoc', version: '0', entities: [], conveners: [] };
  return {
    name: group.name,
    kind: group.kind,
    mandate: group.mandate,
    formed_on: group.formedOn ?? '',
    formed_reason: group.formedReason ?? '',
    closed_on: group.closedOn ?? '',
    entities: group.members.map((member) => member.acronym),
    conveners: group.members.filter((member) => member.convener).map((member) => member.acronym),
    version: String(group.version),
  };
}

export function GroupFormPage(props: { ctx: ViewContext; group: Group | null; state: FormState; entities: { acronym: string; name: string }[] }): SafeHtml {
  const { ctx, group, state, entities } = props;
  const { t } = ctx;
  const title = group ? t('groups.form.title.edit', { name: group.name }) : t('groups.form.title.new');
  const options = entities.map((entity) => ({ value: entity.acronym, label: entity.acronym }));
  return (
    <Layout ctx={ctx} title={title} description={t('groups.intro')}>
      <p class="breadcrumb">
        <a href="/groups">{t('groups.title')}</a>
      </p>
      <h1>{title}</h1>
      <ErrorSummary ctx={ctx} errors={state.errors} message={state.message} />
      <NewerValues ctx={ctx} newer={state.newer} />
      <PostForm ctx={ctx} action={group ? `${groupHref(group)}/edit` : '/groups'} class="stacked">
        <input type="hidden" name="version" value={text(state.values, 'version')} />
        <TextField name="name" label={t('groups.form.name')} value={text(state.values, 'name')} errors={state.errors} required maxlength={200} />
        <SelectField
          name="kind"
          label={t('groups.form.kind')}
          options={groupKinds.map((kind) => ({ value: kind, label: t(`groups.kind.${kind}` as MessageKey) }))}
          selected={text(state.values, 'kind')}
        />
        <TextArea name="mandate" label={t('groups.form.mandate')} value={text(state.values, 'mandate')} errors={state.errors} rows={4} />
        <TextField name="formed_on" label={t('groups.form.formedOn')} value={text(state.values, 'formed_on')} errors={state.errors} />
        <TextArea name="formed_reason" label={t('groups.form.formedReason')} value={text(state.values, 'formed_reason')} errors={state.errors} rows={3} />
        <TextField name="closed_on" label={t('groups.form.closedOn')} value={text(state.values, 'closed_on')} errors={state.errors} />
        <CheckboxGroup name="entities" legend={t('groups.form.entities')} options={options} selected={fieldList(state, 'entities')} errors={state.errors} />
        <CheckboxGroup name="conveners" legend={t('groups.form.conveners')} options={options} selected={fieldList(state, 'conveners')} errors={state.errors} />
        <FormActions ctx={ctx} submit={t('form.save')} cancel={group ? groupHref(group) : '/groups'} />
      </PostForm>
    </Layout>
  );
}

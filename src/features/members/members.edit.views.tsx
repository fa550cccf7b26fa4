import type { SafeHtml } from '../../lib/html';
import type { ViewContext } from '../../views/context';
import { CheckboxGroup, ErrorSummary, fieldList, fieldValue, FormActions, NewerValues, PostForm, SelectField, TextArea, TextField, type FormState } from '../../views/components/forms';
import { Layout } from '../../views/layout';
import { vocabularyName, type Vocabularies, type Vocabulary } from '../vocabularies/vocabularies.schemas';
import type { MemberDetail, Profile } from './members.schemas';
import { kindOptions, memberHref, ProfileSection, valueLabels } from './members.views';

export type EditState = FormState;

export function profileFormValues(profile: Profile | null): EditState['values'] {
  return {
    ...(profile?.values ?? {}),
    expertise: profile?.expertise ?? '',
    initiatives: (profile?.initiatives ?? []).map((item) => item.title).join('\n'),
    partnerships: (profile?.partnerships ?? []).map((item) => item.name).join('\n'),
    version: String(profile?.version ?? 0),
  };
}

/**
 * The choices of a dimension: the values offered, and a retired value only where the saved profile
 * has it (marked), so it can be kept or let go but is never offered anew.
 */
function dimensionOptions(ctx: ViewContext, dimension: Vocabulary, saved: string[]) {
  return dimension.values.filter((value) => value.retiredYear === null || saved.includes(value.code)).map((value) => ({ value: value.code, label: valueLabels(ctx, dimension, [value.code]) }));
}

export function ProfileEditPage({ ctx, member, state, vocabularies }: { ctx: ViewContext; member: MemberDetail; state: EditState; vocabularies: Vocabularies }): SafeHtml {
  const { t } = ctx;
  const title = t('profile.edit.title', { name: member.name });
  return (
    <Layout ctx={ctx} title={title} description={t('profile.edit.intro')}>
      <p class="breadcrumb">
        <a href={memberHref(member)}>{member.acronym}</a>
      </p>
      <h1>{title}</h1>
      <p>{t('profile.edit.intro')}</p>
      <ErrorSummary ctx={ctx} errors={state.errors} message={state.message} />
      <NewerValues ctx={ctx} newer={state.newer} />
      <PostForm ctx={ctx} action={`${memberHref(member)}/profile`} class="stacked">
        <input type="hidden" name="version" value={fieldValue(state, 'version')} />
        {vocabularies.dimensions.map((dimension) => (
          <CheckboxGroup
            name={dimension.code}
            legend={vocabularyName(dimension, ctx.locale)}
            options={dimensionOptions(ctx, dimension, member.profile?.values[dimension.code] ?? [])}
            selected={fieldList(state, dimension.code)}
            errors={state.errors}
          />
        ))}
        <TextArea name="expertise" label={t('profile.edit.expertise')} value={fieldValue(state, 'expertise')} errors={state.errors} rows={4} />
        <TextArea name="initiatives" label={t('profile.edit.initiatives')} value={fieldValue(state, 'initiatives')} errors={state.errors} rows={5} />
        <TextArea name="partnerships" label={t('profile.edit.partnerships')} value={fieldValue(state, 'partnerships')} errors={state.errors} rows={5} />
        <FormActions ctx={ctx} submit={t('form.save')} cancel={memberHref(member)} />
      </PostForm>
    </Layout>
  );
}

export function newerProfile(ctx: ViewContext, profile: Profile | null, vocabularies: Vocabularies): SafeHtml {
  return <ProfileSection ctx={ctx} profile={profile} dimensions={vocabularies.dimensions} />;
}

export function memberFormValues(member: MemberDetail): EditState['values'] {
  return {
    name: member.name,
    kind: member.kind,
    status: member.status,
    joined_year: member.joinedYear ? String(member.joinedYear) : '',
    left_year: member.leftYear ? String(member.leftYear) : '',
    mandate: member.mandate ?? '',
    role_note: member.roleNote ?? '',
    version: String(member.version),
  };
}

export function MemberEditPage({ ctx, member, state, vocabularies }: { ctx: ViewContext; member: MemberDetail; state: EditState; vocabularies: Vocabularies }): SafeHtml {
  const { t } = ctx;
  const title = t('member.edit.title', { name: member.acronym });
  const value = (name: string) => fieldValue(state, name);
  return (
    <Layout ctx={ctx} title={title} description={title}>
      <p class="breadcrumb">
        <a href={memberHref(member)}>{member.acronym}</a>
      </p>
      <h1>{title}</h1>
      <ErrorSummary ctx={ctx} errors={state.errors} message={state.message} />
      <NewerValues ctx={ctx} newer={state.newer} />
      <PostForm ctx={ctx} action={`${memberHref(member)}/edit`} class="stacked">
        <input type="hidden" name="version" value={value('version')} />
        <TextField name="name" label={t('member.edit.name')} value={value('name')} errors={state.errors} required maxlength={200} />
        <SelectField name="kind" label={t('member.edit.kind')} options={kindOptions(ctx, vocabularies.kinds, member.kind)} selected={value('kind')} errors={state.errors} />
        <SelectField
          name="status"
          label={t('member.edit.status')}
          options={(['member', 'partner', 'former'] as const).map((status) => ({ value: status, label: t(`members.status.${status}`) }))}
          selected={value('status')}
        />
        <TextField name="joined_year" label={t('member.edit.joined')} type="number" value={value('joined_year')} errors={state.errors} />
        <TextField name="left_year" label={t('member.edit.left')} type="number" value={value('left_year')} errors={state.errors} />
        <TextArea name="mandate" label={t('member.edit.mandate')} value={value('mandate')} errors={state.errors} rows={4} />
        <TextArea name="role_note" label={t('member.edit.roleNote')} value={value('role_note')} errors={state.errors} rows={3} />
        <FormActions ctx={ctx} submit={t('form.save')} cancel={memberHref(member)} />
      </PostForm>
    </Layout>
  );
}

export function newerMember(ctx: ViewContext, member: MemberDetail): SafeHtml {
  return (
    <dl class="facts">
      <div>
        <dt>{ctx.t('member.edit.name')}</dt>
        <dd>{member.name}</dd>
      </div>
      <div>
        <dt>{ctx.t('member.edit.status')}</dt>
        <dd>{ctx.t(`members.status.${member.status}`)}</dd>
      </div>
      <div>
        <dt>{ctx.t('member.edit.mandate')}</dt>
        <dd>{member.mandate ?? '—'}</dd>
      </div>
      <div>
        <dt>{ctx.t('member.edit.roleNote')}</dt>
        <dd>{member.roleNote ?? '—'}</dd>
      </div>
    </dl>
  );
}

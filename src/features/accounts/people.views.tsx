/** The people an administrator or a focal point looks after: inviting, listing, approving. */
import type { SafeHtml } from '../../lib/html';
import type { ViewContext } from '../../views/context';
import { Flash } from '../../views/components/flash';
import { CheckboxGroup, ErrorSummary, FormActions, PostForm, SelectField, TextField, type SelectOption } from '../../views/components/forms';
import { ScrollTable } from '../../views/components/scroll-region';
import { Layout } from '../../views/layout';
import type { Account, InviteForm } from './accounts.service';
import { roleLabel, type FormState } from './accounts.views';

function organizationOptions(form: InviteForm): SelectOption[] {
  return form.organizations.map((entity) => ({ value: entity.acronym, label: `${entity.acronym}: ${entity.name}` }));
}

export function InvitePage({ ctx, state, form }: { ctx: ViewContext; state: FormState; form: InviteForm }): SafeHtml {
  const { t } = ctx;
  const selected = (state.values.roles ?? 'member').split(',');
  return (
    <Layout ctx={ctx} title={t('invite.title')} description={t('invite.intro')}>
      <h1>{t('invite.title')}</h1>
      <p>{t('invite.intro')}</p>
      <ErrorSummary ctx={ctx} errors={state.errors} message={state.message} />
      <PostForm ctx={ctx} action="/account/invite" class="stacked">
        <TextField name="name" label={t('invite.name')} value={state.values.name} errors={state.errors} required maxlength={120} />
        <TextField name="email" label={t('invite.email')} type="email" value={state.values.email} errors={state.errors} required />
        {form.rights.chooseOrganization ? (
          <SelectField name="entity" label={t('invite.entity')} options={organizationOptions(form)} selected={state.values.entity} blank={t('invite.entity.none')} errors={state.errors} />
        ) : (
          <p>{t('invite.entity.own', { entity: form.ownEntity ?? '—' })}</p>
        )}
        <CheckboxGroup name="roles" legend={t('invite.roles')} options={form.roles.map((role) => ({ value: role, label: roleLabel(ctx, role) }))} selected={selected} errors={state.errors} />
        <FormActions ctx={ctx} submit={t('invite.submit')} cancel="/account" />
      </PostForm>
    </Layout>
  );
}

/** A provider serving several organizations leaves the choice of the person's to whoever approves. */
function ApprovalChoice({ ctx, account }: { ctx: ViewContext; account: Account }) {
  const id = `entity-${account.id}`;
  return (
    <>
      <label for={id}>{ctx.t('people.entity')}</label>{' '}
      <select id={id} name="entity" required>
        {account.approvalChoices.map((choice) => (
          <option value={choice.acronym}>{choice.acronym}</option>
        ))}
      </select>{' '}
    </>
  );
}

export function PeoplePage({ ctx, accounts, notice }: { ctx: ViewContext; accounts: Account[]; notice: string | null }): SafeHtml {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('people.title')} description={t('people.intro')}>
      <h1>{t('people.title')}</h1>
      <Flash message={notice} />
      <p>
        <a class="button" href="/account/invite">
          {t('account.invite')}
        </a>
      </p>
      <ScrollTable id="people-table" caption={t('people.intro')}>
        <thead>
          <tr>
            <th scope="col">{t('account.name')}</th>
            <th scope="col">{t('account.email')}</th>
            <th scope="col">{t('account.entity')}</th>
            <th scope="col">{t('account.roles')}</th>
            <th scope="col">{t('people.lastSignIn')}</th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((account) => (
            <tr>
              <th scope="row">{account.name}</th>
              <td>{account.email}</td>
              <td>{account.entityAcronym ?? '—'}</td>
              <td>{account.roles.map((role) => roleLabel(ctx, role)).join(', ')}</td>
              <td>
                {account.approvalPending ? (
                  <PostForm ctx={ctx} action={`/admin/accounts/${account.id}/approve`} class="inline">
                    {t('people.waiting')} {account.approvalChoices.length > 0 ? <ApprovalChoice ctx={ctx} account={account} /> : null}
                    <button type="submit" class="secondary">
                      {t('people.approve')} <span class="visually-hidden">{account.email}</span>
                    </button>
                  </PostForm>
                ) : account.lastSignInAt ? (
                  ctx.fmt.moment(account.lastSignInAt)
                ) : account.hasPassword ? (
                  t('people.never')
                ) : (
                  t('people.pending')
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </Layout>
  );
}

/** /admin/group: the group's names, texts per language, words, prefixes, colours and logo, in one form. */
import { groupSlug, type GroupIdentityData } from '../../lib/group';
import { languageName, supportedLocales } from '../../lib/i18n';
import type { SafeHtml } from '../../lib/html';
import { maxLogoBytes } from '../../lib/logo';
import { Flash } from '../../views/components/flash';
import { ErrorSummary, FormActions, InputField, PostForm, TextArea, TextField, type FieldErrors } from '../../views/components/forms';
import type { ViewContext } from '../../views/context';
import { Layout } from '../../views/layout';
import { optionalSections } from '../../lib/report-sections';
import { reportSectionFieldName, reportSectionMax, textFieldName, type TextField as TextFieldName } from './group-settings.schemas';

export interface GroupSettingsFormState {
  values: Record<string, string>;
  errors: FieldErrors;
  message: string | null;
}

export interface GroupSettingsPageData {
  saved: GroupIdentityData;
  form: GroupSettingsFormState;
  notice: string | null;
}

const textLabels: Record<
  TextFieldName,
  {
    label:
      | 'groupSettings.fullName'
      | 'groupSettings.description'
      | 'groupSettings.homeText'
      | 'groupSettings.aboutText'
      | 'groupSettings.principals'
      | 'groupSettings.principalsMeeting'
      | 'groupSettings.advisors';
    hint?: 'groupSettings.markdown.hint' | 'groupSettings.principals.hint' | 'groupSettings.advisors.hint';
    long?: boolean;
  }
> = {
  fullName: { label: 'groupSettings.fullName' },
  description: { label: 'groupSettings.description' },
  homeText: { label: 'groupSettings.homeText', hint: 'groupSettings.markdown.hint', long: true },
  aboutText: { label: 'groupSettings.aboutText', hint: 'groupSettings.markdown.hint', long: true },
  principals: { label: 'groupSettings.principals', hint: 'groupSettings.principals.hint' },
  principalsMeeting: { label: 'groupSettings.principalsMeeting' },
  advisors: { label: 'groupSettings.advisors', hint: 'groupSettings.advisors.hint' },
};

function ColourField({ ctx, name, label, hint, value, errors }: { ctx: ViewContext; name: string; label: string; hint: string; value: string; errors: FieldErrors }): SafeHtml {
  return (
    <div class="colour-field">
      <InputField
        name={name}
        label={label}
        hint={hint}
        errors={errors}
        attributes={{ type: 'text', value, required: true, maxlength: 7, pattern: '#[0-9a-fA-F]{6}', spellcheck: 'false', 'data-colour': ctx.locale }}
      />
    </div>
  );
}

export function GroupSettingsPage({ ctx, data }: { ctx: ViewContext; data: GroupSettingsPageData }): SafeHtml {
  const { t } = ctx;
  const { values, errors, message } = data.form;
  const value = (name: string) => values[name] ?? '';
  const title = t('groupSettings.title');
  const slug = groupSlug(value('shortName') || data.saved.shortName);
  const example = `${value('prefix_principal') || data.saved.decisionPrefixes.principal}4/2022/3`;
  return (
    <Layout ctx={ctx} title={title} description={t('groupSettings.intro')}>
      <h1>{title}</h1>
      <p class="lead">{t('groupSettings.intro')}</p>
      <Flash message={data.notice} />
      <ErrorSummary ctx={ctx} errors={errors} message={message} />
      <PostForm ctx={ctx} action="/admin/group" enctype="multipart/form-data" class="stacked group-settings">
        <input type="hidden" name="version" value={value('version')} />
        <fieldset>
          <legend>{t('groupSettings.identity')}</legend>
          <TextField name="shortName" label={t('groupSettings.shortName')} hint={t('groupSettings.shortName.hint', { slug })} value={value('shortName')} errors={errors} required maxlength={30} />
          <TextField
            name="contactEmail"
            type="email"
            label={t('groupSettings.contactEmail')}
            hint={t('groupSettings.contactEmail.hint')}
            value={value('contactEmail')}
            errors={errors}
            autocomplete="email"
            maxlength={200}
          />
        </fieldset>
        {supportedLocales.map((locale) => (
          <fieldset lang={locale} dir={locale === 'ar' ? 'rtl' : 'ltr'}>
            <legend>{t('groupSettings.texts', { language: languageName(locale, ctx.locale) })}</legend>
            <p class="hint">{locale === 'en' ? t('groupSettings.texts.englishHint') : t('groupSettings.texts.otherHint')}</p>
            {(Object.keys(textLabels) as TextFieldName[]).map((field) => {
              const spec = textLabels[field];
              const name = textFieldName(field, locale);
              const hint = spec.hint ? t(spec.hint) : undefined;
              return spec.long ? (
                <TextArea name={name} label={t(spec.label)} value={value(name)} errors={errors} rows={5} {...(hint ? { hint } : {})} />
              ) : (
                <TextField name={name} label={t(spec.label)} value={value(name)} errors={errors} required={field === 'fullName' && locale === 'en'} {...(hint ? { hint } : {})} />
              );
            })}
          </fieldset>
        ))}
        <fieldset>
          <legend>{t('groupSettings.prefixes')}</legend>
          <p class="hint">{t('groupSettings.prefixes.hint', { example })}</p>
          <TextField name="prefix_principal" label={t('groupSettings.prefix.principal')} value={value('prefix_principal')} errors={errors} required maxlength={10} />
          <TextField name="prefix_working" label={t('groupSettings.prefix.working')} value={value('prefix_working')} errors={errors} required maxlength={10} />
          <TextField name="prefix_group" label={t('groupSettings.prefix.group')} value={value('prefix_group')} errors={errors} required maxlength={10} />
        </fieldset>
        <fieldset class="report-sections">
          <legend>{t('groupWiring.reportSections')}</legend>
          <p class="hint">{t('groupWiring.reportSections.hint')}</p>
          {optionalSections.map((section) =>
            supportedLocales.map((locale) => {
              const name = reportSectionFieldName(section, locale);
              return (
                <TextField
                  name={name}
                  label={t(`groupWiring.reportSection.${section}`, { language: languageName(locale, ctx.locale) })}
                  value={value(name)}
                  errors={errors}
                  maxlength={reportSectionMax}
                />
              );
            }),
          )}
        </fieldset>
        <fieldset>
          <legend>{t('groupSettings.colours')}</legend>
          <p class="hint">{t('groupSettings.colours.hint')}</p>
          <ColourField ctx={ctx} name="primaryColour" label={t('groupSettings.primaryColour')} hint={t('groupSettings.primaryColour.hint')} value={value('primaryColour')} errors={errors} />
          <ColourField ctx={ctx} name="accentColour" label={t('groupSettings.accentColour')} hint={t('groupSettings.accentColour.hint')} value={value('accentColour')} errors={errors} />
        </fieldset>
        <fieldset>
          <legend>{t('groupSettings.logo')}</legend>
          {data.saved.logo ? (
            <figure class="logo-preview">
              <img src={`/group/logo?v=${data.saved.logo.version}`} alt={t('groupSettings.logo.current')} height="64" />
              <figcaption>{t('groupSettings.logo.current')}</figcaption>
            </figure>
          ) : (
            <p>{t('groupSettings.logo.none')}</p>
          )}
          <InputField
            name="logo"
            label={t('groupSettings.logo.file')}
            hint={t('groupSettings.logo.hint', { size: maxLogoBytes / 1024 })}
            errors={errors}
            attributes={{ type: 'file', accept: '.svg,.png,image/svg+xml,image/png' }}
          />
          {data.saved.logo ? (
            <div class="field checkbox">
              <input type="checkbox" id="removeLogo" name="removeLogo" value="on" checked={value('removeLogo') === 'on'} />
              <label for="removeLogo">{t('groupSettings.logo.remove')}</label>
            </div>
          ) : null}
        </fieldset>
        <FormActions ctx={ctx} submit={t('groupSettings.save')} cancel="/admin/group" />
      </PostForm>
    </Layout>
  );
}

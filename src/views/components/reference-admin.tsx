/** What the secretariat's reference data screens share: the links between them, the "not confirmed" mark. */
import type { SafeHtml } from '../../lib/html';
import type { ViewContext } from '../context';
import { fieldValue, type FormState } from './forms';

/** The links between the reference data screens, on each of them. */
export function ReferenceSections({ ctx }: { ctx: ViewContext }): SafeHtml {
  const { t } = ctx;
  const links: [string, string][] = [
    ['/admin/members', t('referenceAdmin.section.members')],
    ['/admin/terms', t('referenceAdmin.section.terms')],
    ['/admin/about', t('referenceAdmin.section.about')],
    ['/progress/periods', t('referenceAdmin.section.periods')],
    ['/groups', t('referenceAdmin.section.groups')],
    ['/admin/vocabularies', t('nav.vocabularies')],
    ['/admin/group', t('groupSettings.nav')],
  ];
  return (
    <nav class="subnav" aria-label={t('referenceAdmin.sections')}>
      <ul class="inline-list">
        {links.map(([href, label]) => (
          <li>
            <a href={href}>{label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The mark of a record that public sources do not confirm. */
export function UncertainField({ ctx, state }: { ctx: ViewContext; state: FormState }): SafeHtml {
  const checked = ['on', 'true'].includes(fieldValue(state, 'uncertain'));
  return (
    <div class="field">
      <label class="checkbox">
        <input type="checkbox" id="uncertain" name="uncertain" value="true" checked={checked} /> {ctx.t('referenceAdmin.uncertain')}
      </label>
    </div>
  );
}

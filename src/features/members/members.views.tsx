import { groupIdentity } from '../../lib/group';
import { renderMarkdown } from '../../lib/markdown';
import type { SafeHtml } from '../../lib/html';
import type { MessageKey } from '../../lib/i18n';
import type { ViewContext } from '../../views/context';
import { FigureBlock, type RenderedFigure } from '../../views/components/figure';
import { Flash } from '../../views/components/flash';
import { FilterBar, SelectField, TextField, type SelectOption } from '../../views/components/forms';
import { Pagination } from '../../views/components/pagination';
import { SourceList } from '../../views/components/sources';
import { Layout } from '../../views/layout';
import { findValue, labelIn, valueLabel, vocabularyName, type Vocabularies, type Vocabulary } from '../vocabularies/vocabularies.schemas';
import type { MemberListQuery, MemberSummary, Profile } from './members.schemas';
import type { MemberPage, MemberPageModel, MembershipCount, AboutData } from './members.service';
import { ScrollTable } from '../../views/components/scroll-region';

/** A kind of organization in the reader's language (from the group's list of kinds). */
export function kindLabel(ctx: ViewContext, kinds: Vocabulary, kind: string): string {
  return valueLabel(kinds, kind, ctx.locale);
}

/** The kinds of organization as choices, for the directory's filter and the edit form: those offered, and `current` even if retired. */
export function kindOptions(ctx: ViewContext, kinds: Vocabulary, current?: string): SelectOption[] {
  return kinds.values.filter((value) => value.retiredYear === null || value.code === current).map((value) => ({ value: value.code, label: labelIn(value.labels, ctx.locale, value.code) }));
}

/** The labels of some values of a dimension, a retired one marked as such. */
export function valueLabels(ctx: ViewContext, dimension: Vocabulary, codes: string[]): string {
  return codes
    .map((code) => {
      const label = valueLabel(dimension, code, ctx.locale);
      return (findValue(dimension, code)?.retiredYear ?? null) !== null ? ctx.t('vocabularies.retiredMark', { label }) : label;
    })
    .join(', ');
}

export function memberHref(member: { slug: string }): string {
  return `/members/${encodeURIComponent(member.slug)}`;
}

interface Coverage {
  reported: MembershipCount | null;
  listed: number;
}

function CoverageNote({ ctx, coverage }: { ctx: ViewContext; coverage: Coverage }): SafeHtml {
  if (!coverage.reported || coverage.reported.count <= coverage.listed) return <></>;
  return (
    <p class="notice">
      {ctx.t('members.incomplete', {
        count: coverage.reported.count,
        year: ctx.fmt.date(coverage.reported.asOf),
        listed: coverage.listed,
      })}
    </p>
  );
}

function MemberRows({ ctx, members, kinds }: { ctx: ViewContext; members: MemberSummary[]; kinds: Vocabulary }): SafeHtml {
  return (
    <>
      {members.map((member) => (
        <tr>
          <th scope="row">
            <a href={memberHref(member)}>{member.acronym}</a>
          </th>
          <td>{member.name}</td>
          <td>{kindLabel(ctx, kinds, member.kind)}</td>
          <td>{member.joinedYear ?? ctx.t('member.unknown')}</td>
        </tr>
      ))}
    </>
  );
}

function MemberTable({ ctx, members, caption, kinds }: { ctx: ViewContext; members: MemberSummary[]; caption: string; kinds: Vocabulary }): SafeHtml {
  return (
    <ScrollTable id="members-table" caption={caption}>
      <thead>
        <tr>
          <th scope="col">{ctx.t('members.column.acronym')}</th>
          <th scope="col">{ctx.t('members.column.name')}</th>
          <th scope="col">{ctx.t('members.column.kind')}</th>
          <th scope="col">{ctx.t('members.column.joined')}</th>
        </tr>
      </thead>
      <tbody>
        <MemberRows ctx={ctx} members={members} kinds={kinds} />
      </tbody>
    </ScrollTable>
  );
}

export function MembersPage(props: { ctx: ViewContext; query: MemberListQuery; page: MemberPage; others: MemberSummary[]; coverage: Coverage; vocabularies: Vocabularies }): SafeHtml {
  const { ctx, query, page, others, coverage } = props;
  const { kinds } = props.vocabularies;
  const { t } = ctx;
  const filtered = Boolean(query.kind || query.q);
  return (
    <Layout ctx={ctx} title={t('members.title')} description={t('members.intro')}>
      <h1>{t('members.title')}</h1>
      <p class="lead">{t('members.intro')}</p>
      <CoverageNote ctx={ctx} coverage={coverage} />
      <FilterBar action="/members" role="search" apply={t('members.filter.apply')} clear={filtered ? { href: '/members', label: t('members.filter.clear') } : null}>
        <SelectField name="kind" label={t('members.filter.kind')} options={kindOptions(ctx, kinds, query.kind)} selected={query.kind} blank={t('members.filter.kind.all')} />
        <TextField name="q" type="search" label={t('members.filter.search')} value={query.q} maxlength={100} />
      </FilterBar>
      <p role="status">{t('members.count', { count: page.total })}</p>
      {page.items.length === 0 ? <p>{t('members.none')}</p> : <MemberTable ctx={ctx} members={page.items} caption={t('members.table.caption')} kinds={kinds} />}
      <Pagination ctx={ctx} info={page} />
      {!filtered && others.length > 0 ? (
        <section>
          <h2>{t('members.former.title')}</h2>
          <p>{t('members.former.intro')}</p>
          <ul class="plain-list">
            {others.map((other) => (
              <li>
                <a href={memberHref(other)}>{other.acronym}</a> · {other.name} ({t(`members.status.${other.status}` as MessageKey)})
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </Layout>
  );
}

function FacetList({ ctx, dimension, codes }: { ctx: ViewContext; dimension: Vocabulary; codes: string[] }): SafeHtml {
  return (
    <div class="facet">
      <dt>{vocabularyName(dimension, ctx.locale)}</dt>
      <dd>{codes.length > 0 ? valueLabels(ctx, dimension, codes) : ctx.t('member.unknown')}</dd>
    </div>
  );
}

export function ProfileSection({ ctx, profile, dimensions }: { ctx: ViewContext; profile: Profile | null; dimensions: Vocabulary[] }): SafeHtml {
  const { t } = ctx;
  if (!profile) return <p>{t('member.profile.none')}</p>;
  return (
    <>
      <p class="meta">{t('member.profile.asOf', { date: ctx.fmt.date(profile.asOf) })}</p>
      {profile.isSample ? <p class="notice">{t('member.profile.sample')}</p> : null}
      <dl class="facets">
        {dimensions.map((dimension) => (
          <FacetList ctx={ctx} dimension={dimension} codes={profile.values[dimension.code] ?? []} />
        ))}
        {profile.expertise ? (
          <div class="facet">
            <dt>{t('member.profile.expertise')}</dt>
            <dd>{profile.expertise}</dd>
          </div>
        ) : null}
      </dl>
      {profile.initiatives.length > 0 ? (
        <>
          <h3>{t('member.profile.initiatives')}</h3>
          <ul>
            {profile.initiatives.map((item) => (
              <li>{item.title}</li>
            ))}
          </ul>
        </>
      ) : null}
      {profile.partnerships.length > 0 ? (
        <>
          <h3>{t('member.profile.partnerships')}</h3>
          <ul>
            {profile.partnerships.map((item) => (
              <li>{item.name}</li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

export function MemberPage(props: {
  ctx: ViewContext;
  member: MemberPageModel;
  cochairYears: number[];
  notice: string | null;
  /** The organization's part in the Plan of Action, as the progress feature renders it. */
  contributions?: SafeHtml | undefined;
  vocabularies: Vocabularies;
}): SafeHtml {
  const { ctx, member, cochairYears, notice } = props;
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={`${member.acronym} · ${member.name}`} description={member.roleNote ?? member.name}>
      <p class="breadcrumb">
        <a href="/members">{t('member.back')}</a>
      </p>
      <h1>
        {member.name} <span class="acronym">({member.acronym})</span>
      </h1>
      <Flash message={notice} />
      {member.rights.editRecord ? (
        <p class="no-print">
          <a href={`${memberHref(member)}/edit`}>{t('member.edit')}</a>
        </p>
      ) : null}
      {member.status !== 'member' ? <p class="notice">{t(`members.status.${member.status}` as MessageKey)}</p> : null}
      {member.uncertain ? <p class="notice">{t('member.uncertain')}</p> : null}
      <dl class="facts">
        <div>
          <dt>{t('member.kind')}</dt>
          <dd>{kindLabel(ctx, props.vocabularies.kinds, member.kind)}</dd>
        </div>
        <div>
          <dt>{t('member.joined')}</dt>
          <dd>{member.joinedYear ?? t('member.unknown')}</dd>
        </div>
        {member.leftYear ? (
          <div>
            <dt>{t('member.left')}</dt>
            <dd>{member.leftYear}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('member.cochair')}</dt>
          <dd>{cochairYears.length > 0 ? cochairYears.join(', ') : t('member.cochair.none')}</dd>
        </div>
      </dl>
      <h2>{t('member.mandate')}</h2>
      {member.mandate ? <p>{member.mandate}</p> : null}
      {member.roleNote ? <p>{member.roleNote}</p> : null}
      {member.successor ? (
        <p>
          {t('member.successor')} <a href={memberHref(member.successor)}>{member.successor.name}</a>
        </p>
      ) : null}
      {member.predecessors.length > 0 ? <p>{t('member.predecessors', { names: member.predecessors.map((p) => p.acronym).join(', ') })}</p> : null}
      <SourceList ctx={ctx} sources={member.sources} />
      <h2>{t('member.profile')}</h2>
      {member.rights.editProfile ? (
        <p class="no-print">
          <a href={`${memberHref(member)}/profile`}>{t('profile.edit')}</a>
        </p>
      ) : null}
      <ProfileSection ctx={ctx} profile={member.profile} dimensions={props.vocabularies.dimensions} />
      {props.contributions ?? null}
    </Layout>
  );
}

export function AboutPage({ ctx, about, figure }: { ctx: ViewContext; about: AboutData; figure: RenderedFigure | null }): SafeHtml {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('about.title')} description={t('about.description')}>
      <h1>{t('about.title')}</h1>
      <div class="lead">{renderMarkdown(groupIdentity(ctx.locale).aboutText)}</div>
      <h2>{t('about.history')}</h2>
      <ol class="timeline">
        {about.history.map((item) => (
          <li>
            <p>
              <strong>{ctx.fmt.date(item.occurredOn)}</strong>: {item.summary}
            </p>
            <SourceList ctx={ctx} sources={item.sources} />
          </li>
        ))}
      </ol>
      <h2>{t('about.membership')}</h2>
      {figure ? <FigureBlock ctx={ctx} figure={figure} /> : null}
      <ScrollTable id="membership-table" caption={t('about.membership.caption')}>
        <thead>
          <tr>
            <th scope="col">{t('about.membership.date')}</th>
            <th scope="col">{t('about.membership.count')}</th>
            <th scope="col">{t('about.membership.source')}</th>
          </tr>
        </thead>
        <tbody>
          {about.membershipCounts.map((row) => (
            <tr>
              <th scope="row">{ctx.fmt.date(row.asOf)}</th>
              <td>{ctx.fmt.number(row.count)}</td>
              <td>
                {row.note ? <p class="note">{row.note}</p> : null}
                {row.sources.map((url, index) => (
                  <>
                    {index > 0 ? ' · ' : ''}
                    <a href={url} rel="noopener noreferrer external">
                      {new URL(url).hostname}
                    </a>
                  </>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </Layout>
  );
}

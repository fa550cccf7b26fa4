/**
 * A group's whole reference data in one bundle (docs/group-bundle.md): checked whole before anything
 * is written, then written in one transaction, merged by natural keys (acronym, as-of date, date and
 * summary, year, slug): what is missing is added, what is on record is left as it is. Exported in the
 * same format, so an export imported into an empty database exports to the same text.
 */
import { allOrNothing } from '../../db/transactions';
import type { Deps } from '../../deps';
import { localized } from '../../lib/i18n';
import type { Actor } from '../../policy/actor';
import { authorize } from '../../policy/policy';
import * as audit from '../audit/audit.service';
import * as governance from '../governance/governance.service';
import * as groups from '../groups/groups.service';
import * as groupSettings from '../group-settings/group-settings.service';
import * as members from '../members/members.service';
import { forgetVocabularies, unknownKindMessage } from '../vocabularies/vocabularies.service';
import * as vocabularySets from '../vocabularies/vocabularies.import.service';
import { parseBundle } from './bundle.read';
import type { BundleIssue, GroupBundle } from './bundle.types';
import { writeBundle } from './bundle.write';
import { storeGroupSettings, storeVocabularies } from './settings.adapter';

export interface BundleCounts {
  /** Group settings written or completed (0 or 1), and vocabulary records added or changed. */
  settings: number;
  vocabularies: number;
  /** Organizations, membership counts and history entries added. */
  members: number;
  terms: number;
  priorities: number;
  groups: number;
}

export type ImportOutcome = { ok: true; inserted: BundleCounts } | { ok: false; issues: BundleIssue[] };

/** Every problem of a bundle, those that need the data included (organizations on record, sections not stored). */
export async function checkBundle(deps: Deps, source: string): Promise<{ bundle: GroupBundle | null; issues: BundleIssue[] }> {
  const parsed = parseBundle(source);
  const issues = [...parsed.issues];
  const acronyms = [...new Set(parsed.outsideRefs.map((ref) => ref.acronym))];
  const onRecord = await members.entityIdsByAcronym(deps, acronyms);
  for (const ref of parsed.outsideRefs) {
    if (!onRecord.has(ref.acronym)) issues.push({ line: ref.line, message: `${ref.path}: ${localized('groupBundle.unknownOrganization', { acronym: ref.acronym })}` });
  }
  if (parsed.group) issues.push(...(await storeGroupSettings.check(deps, parsed.group, new Map())));
  const vocabularies = parsed.vocabularies;
  if (vocabularies) issues.push(...(await storeVocabularies.check(deps, vocabularies, parsed.vocabularyLines)));
  // A member's kind is one of the bundle's kinds of organization, or, when the bundle names none, of those on record.
  const kinds = vocabularies?.kinds && vocabularies.kinds.values.length > 0 ? vocabularies.kinds.values : (await vocabularySets.exportVocabularies(deps)).kinds.values;
  const offered = kinds.filter((value) => (value.retiredYear ?? null) === null).map((value) => value.code);
  const known = new Set(kinds.map((value) => value.code));
  for (const ref of parsed.kindRefs) {
    if (!known.has(ref.kind)) issues.push({ line: ref.line, message: `${ref.path}: ${unknownKindMessage(ref.kind, offered)}` });
  }
  issues.sort((a, b) => a.line - b.line);
  return { bundle: issues.length === 0 ? parsed.bundle : null, issues };
}

/**
 * Imports a bundle whole or not at all: checked inside the transaction that writes it (so an
 * organization removed meanwhile is a problem, not a half-written import). Audited as `actor`.
 * Inside a transaction already (icat seed), it takes part in that one.
 */
export async function importBundle(deps: Deps, actor: Actor, input: { source: string; sourceName: string }): Promise<ImportOutcome> {
  authorize(actor, 'member.edit');
  const outcome = await allOrNothing(deps, async (within): Promise<ImportOutcome> => {
    const { bundle, issues } = await checkBundle(within, input.source);
    if (!bundle) return { ok: false, issues };
    const inserted = await writeBundleData(within, actor, bundle);
    // A file that adds nothing leaves no trace either: importing the same file twice changes nothing.
    if (Object.values(inserted).every((count) => count === 0)) return { ok: true, inserted };
    await audit.record(within.db, within.clock.now(), {
      actor,
      action: 'import',
      table: 'group_bundle',
      recordId: input.sourceName,
      after: { file: input.sourceName, inserted, members: bundle.members.length, terms: bundle.terms.length, groups: bundle.workingGroups.length },
    });
    return { ok: true, inserted };
  });
  // The settings and vocabularies the import wrote are what pages and messages read from now on.
  if (outcome.ok && outcome.inserted.settings > 0) await groupSettings.loadGroupSettings(deps);
  if (outcome.ok && outcome.inserted.vocabularies > 0) forgetVocabularies();
  return outcome;
}

async function writeBundleData(deps: Deps, actor: Actor, bundle: GroupBundle): Promise<BundleCounts> {
  const settings = bundle.group ? await storeGroupSettings.store(deps, actor, bundle.group) : 0;
  const vocabularies = bundle.vocabularies ? await storeVocabularies.store(deps, actor, bundle.vocabularies) : 0;
  const memberCount = await members.loadReferenceMembers(deps, {
    entities: bundle.members.map((member) => ({
      acronym: member.acronym,
      name: member.name,
      kind: member.kind,
      status: member.status,
      joinedYear: member.joined,
      leftYear: member.left,
      successor: member.successor,
      roleNote: member.roleNote,
      mandate: member.mandate,
      uncertain: member.uncertain,
      sources: member.sources,
    })),
    membershipCounts: bundle.membershipCounts,
    history: bundle.history.map((entry) => ({ occurredOn: entry.on, summary: entry.summary, sources: entry.sources })),
  });
  const terms = await governance.loadReferenceTerms(
    deps,
    bundle.terms.map((term) => ({ year: term.year, chairs: term.cochairs, endorsedOn: term.endorsedOn, note: term.note, uncertain: term.uncertain, sources: term.sources })),
  );
  const byYear: Record<string, governance.ReferencePriorities> = {};
  for (const term of bundle.terms) if (term.priorities) byYear[String(term.year)] = term.priorities;
  const priorities = await governance.loadReferencePriorities(deps, byYear);
  const groupCount = await groups.loadReferenceGroups(deps, bundle.workingGroups);
  return { settings, vocabularies, members: memberCount, terms, priorities, groups: groupCount };
}

/** The bundle of what is on record, as canonical text; also its counts, for the command's message. */
export async function exportBundle(deps: Deps, actor: Actor): Promise<{ text: string; bundle: GroupBundle }> {
  authorize(actor, 'member.edit');
  const [reference, governed, workingGroups] = await Promise.all([members.readReferenceMembers(deps), governance.readReferenceTerms(deps), groups.readReferenceGroups(deps)]);
  const bundle: GroupBundle = {
    group: await storeGroupSettings.read(deps),
    vocabularies: await storeVocabularies.read(deps),
    members: reference.entities.map((entity) => ({
      acronym: entity.acronym,
      name: entity.name,
      kind: entity.kind,
      status: entity.status,
      joined: entity.joinedYear,
      left: entity.leftYear,
      successor: entity.successor,
      mandate: entity.mandate ?? null,
      roleNote: entity.roleNote,
      uncertain: entity.uncertain,
      sources: entity.sources,
    })),
    membershipCounts: reference.membershipCounts,
    history: reference.history.map((entry) => ({ on: entry.occurredOn, summary: entry.summary, sources: entry.sources })),
    terms: governed.terms.map((term) => {
      const priorities = governed.priorities[String(term.year)];
      return {
        year: term.year,
        cochairs: term.chairs,
        endorsedOn: term.endorsedOn,
        note: term.note,
        uncertain: term.uncertain,
        sources: term.sources,
        priorities: priorities ? { items: priorities.items, crossCutting: priorities.crossCutting ?? [], uncertain: priorities.uncertain ?? false, sources: priorities.sources } : null,
      };
    }),
    workingGroups: workingGroups.map((group) => ({
      slug: group.slug,
      name: group.name,
      kind: group.kind,
      mandate: group.mandate,
      formedOn: group.formedOn,
      formedReason: group.formedReason,
      closedOn: group.closedOn,
      members: group.members === 'all current members' ? [] : group.members,
      sources: group.sources,
    })),
  };
  return { text: writeBundle(bundle), bundle };
}

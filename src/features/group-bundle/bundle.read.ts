/**
 * Reads a group bundle (docs/group-bundle.md) with the `yaml` package and checks it whole: every
 * problem is reported with its line. Pure: no database; the service checks what needs the data
 * (organizations on record, sections that cannot be stored) afterwards.
 */
import { LineCounter, parseDocument, type Node } from 'yaml';
import { localized } from '../../lib/i18n';
import { optionalSections } from '../../lib/report-sections';
import { reportSectionMax } from '../group-settings/group-settings.schemas';
import { normaliseText } from '../../lib/text';
import {
  bundleFormat,
  groupKinds,
  memberStatuses,
  type BundleCount,
  type BundleGroup,
  type BundleHistoryEntry,
  type BundleMember,
  type BundlePriorities,
  type BundleRef,
  type BundleSettings,
  type BundleTerm,
  type BundleTexts,
  type BundleVocabularies,
  type BundleVocabularyValue,
  type GroupBundle,
  type ParsedBundle,
} from './bundle.types';
import { type Fields, Reader, sections, slugPattern, uniqueKeys } from './bundle.reader';

export function parseBundle(rawSource: string): ParsedBundle {
  const refused = { bundle: null, outsideRefs: [], sectionLines: {}, group: null, vocabularies: null, vocabularyLines: new Map<string, number>(), kindRefs: [] };
  const checked = normaliseText(rawSource);
  if (!checked.ok) {
    const line = rawSource.slice(0, checked.index).split('\n').length;
    return { ...refused, issues: [{ line, message: localized('input.controlCharacter', { codePoint: checked.codePoint }) }] };
  }
  const lines = new LineCounter();
  const doc = parseDocument(checked.text, { lineCounter: lines, uniqueKeys: true });
  const reader = new Reader(lines);
  const yamlProblems = [...doc.errors, ...doc.warnings];
  if (yamlProblems.length > 0) {
    const issues = yamlProblems.map((error) => ({
      line: error.linePos?.[0]?.line ?? 1,
      message: localized('groupBundle.yaml', { detail: (error.message.split('\n')[0] ?? error.message).replace(/ at line \d+, column \d+:?$/, '') }),
    }));
    return { ...refused, issues };
  }
  const top = reader.fields((doc.contents as Node | null) ?? null, 'bundle', sections, 1);
  if (!top) return { ...refused, issues: reader.issues };
  const format = top.text('format', 100);
  if (top.has('format') && format !== bundleFormat) reader.problem(top.lineOf('format'), 'format', 'groupBundle.format', { expected: bundleFormat });

  const sectionLines: ParsedBundle['sectionLines'] = {};
  const group = top.has('group') ? readSettings(reader, top) : null;
  if (top.has('group')) sectionLines.group = top.lineOf('group');
  const vocabularyLines = new Map<string, number>();
  const vocabularies = top.has('vocabularies') ? readVocabularies(reader, top, vocabularyLines) : null;
  if (top.has('vocabularies')) sectionLines.vocabularies = top.lineOf('vocabularies');

  const kindRefs: ParsedBundle['kindRefs'] = [];
  const members = readMembers(reader, top, kindRefs);
  const bundled = new Set(members.map((member) => member.acronym.toLowerCase()));
  const refs: BundleRef[] = [];
  const membershipCounts = readCounts(reader, top);
  const history = readHistory(reader, top);
  const terms = readTerms(reader, top, refs);
  const workingGroups = readGroups(reader, top, refs);
  for (const member of members) if (member.successorLine !== null && member.successor) refs.push({ acronym: member.successor, line: member.successorLine, path: member.successorPath });

  const issues = [...reader.issues].sort((a, b) => a.line - b.line);
  const outsideRefs = refs.filter((ref) => !bundled.has(ref.acronym.toLowerCase()));
  const bundle: GroupBundle = {
    group,
    vocabularies,
    members: members.map(({ successorLine: _line, successorPath: _path, ...member }) => member),
    membershipCounts,
    history,
    terms,
    workingGroups,
  };
  return { bundle: issues.length > 0 ? null : bundle, issues, outsideRefs, sectionLines, group, vocabularies, vocabularyLines, kindRefs };
}

/** One text, or one per language, as `{ en, fr, ... }` (one string is English). */
function texts(fields: Fields, key: string, max: number, required = false): BundleTexts {
  if (!fields.has(key)) {
    if (required) fields.localizedText(key, max, true);
    return {};
  }
  const text = fields.localizedText(key, max, required);
  if (text === null) return {};
  return typeof text === 'string' ? { en: text } : text;
}

const settingsFields = ['short_name', 'full_name', 'description', 'home_text', 'about_text', 'principals', 'principals_meeting', 'advisors', 'decision_prefixes', 'report_sections', 'contact'];
const meetingLevels = ['principal', 'working', 'group'];
const prefixPattern = /^[A-Z0-9]{1,10}$/;
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function readSettings(reader: Reader, top: Fields): BundleSettings | null {
  const fields = reader.fields(top.node('group'), 'group', settingsFields, top.lineOf('group'));
  if (!fields) return null;
  const decisionPrefixes: Record<string, string> = {};
  if (fields.has('decision_prefixes')) {
    const prefixes = reader.fields(fields.node('decision_prefixes'), 'group.decision_prefixes', meetingLevels, fields.lineOf('decision_prefixes'));
    for (const level of prefixes ? meetingLevels : []) {
      const prefix = prefixes!.text(level, 10);
      if (prefix !== null && !prefixPattern.test(prefix)) reader.problem(prefixes!.lineOf(level), `group.decision_prefixes.${level}`, 'groupSettings.error.prefix');
      else if (prefix !== null) decisionPrefixes[level] = prefix;
    }
  }
  const reportSections: Record<string, BundleTexts> = {};
  if (fields.has('report_sections')) {
    const sections = reader.fields(fields.node('report_sections'), 'group.report_sections', optionalSections, fields.lineOf('report_sections'));
    for (const section of sections ? optionalSections : []) {
      const names = texts(sections!, section, reportSectionMax);
      if (Object.keys(names).length > 0) reportSections[section] = names;
    }
  }
  const contact = fields.text('contact', 200);
  if (contact !== null && !emailPattern.test(contact)) reader.problem(fields.lineOf('contact'), 'group.contact', 'groupSettings.error.email');
  const fullName = texts(fields, 'full_name', 300, true);
  if (fields.has('full_name') && Object.keys(fullName).length > 0 && !fullName.en) reader.problem(fields.lineOf('full_name'), 'group.full_name', 'groupSettings.error.fullName');
  return {
    shortName: fields.requiredText('short_name', 30),
    fullName,
    description: texts(fields, 'description', 300),
    homeText: texts(fields, 'home_text', 20000),
    aboutText: texts(fields, 'about_text', 20000),
    principals: texts(fields, 'principals', 100),
    principalsMeeting: texts(fields, 'principals_meeting', 150),
    advisors: texts(fields, 'advisors', 100),
    decisionPrefixes,
    reportSections,
    contact: contact !== null && emailPattern.test(contact) ? contact : null,
  };
}

/** The values of a vocabulary, noting the line of each place the vocabulary feature may name. */
function readValues(reader: Reader, list: Fields, path: string, where: string, lines: Map<string, number>): BundleVocabularyValue[] {
  lines.set(where, list.lineOf('values'));
  return reader.list(list.node('values'), `${path}.values`, list.lineOf('values')).flatMap((item, index) => {
    const value = reader.fields(item, `${path}.values[${index}]`, ['code', 'labels', 'retired_year'], list.lineOf('values'));
    if (!value) return [];
    const at = `${where}.${index}`;
    lines.set(at, value.line);
    lines.set(`${at}.code`, value.lineOf('code'));
    lines.set(`${at}.labels`, value.lineOf('labels'));
    lines.set(`${at}.retiredYear`, value.lineOf('retired_year'));
    const code = value.requiredText('code', 80);
    const labels = texts(value, 'labels', 300, true);
    const retiredYear = value.year('retired_year', false);
    return code !== null ? [{ code, labels, retiredYear }] : [];
  });
}

function readVocabularies(reader: Reader, top: Fields, lines: Map<string, number>): BundleVocabularies | null {
  const fields = reader.fields(top.node('vocabularies'), 'vocabularies', ['dimensions', 'kinds'], top.lineOf('vocabularies'));
  if (!fields) return null;
  lines.set('data', fields.line);
  lines.set('dimensions', fields.lineOf('dimensions'));
  const dimensions = reader.list(fields.node('dimensions'), 'vocabularies.dimensions', fields.lineOf('dimensions')).flatMap((item, index) => {
    const path = `vocabularies.dimensions[${index}]`;
    const dimension = reader.fields(item, path, ['code', 'names', 'captions', 'charted', 'values'], fields.lineOf('dimensions'));
    if (!dimension) return [];
    const at = `dimensions.${index}`;
    lines.set(at, dimension.line);
    for (const [key, name] of [
      ['code', 'code'],
      ['names', 'names'],
      ['captions', 'captions'],
      ['charted', 'charted'],
    ])
      lines.set(`${at}.${name}`, dimension.lineOf(key!));
    const code = dimension.requiredText('code', 80);
    const names = texts(dimension, 'names', 300, true);
    const captions = texts(dimension, 'captions', 300);
    const charted = dimension.has('charted') ? dimension.flag('charted') : true;
    const values = readValues(reader, dimension, path, `${at}.values`, lines);
    return code !== null ? [{ code, names, captions, charted, values }] : [];
  });
  let kinds: BundleVocabularies['kinds'] = null;
  if (fields.has('kinds')) {
    const list = reader.fields(fields.node('kinds'), 'vocabularies.kinds', ['names', 'values'], fields.lineOf('kinds'));
    lines.set('kinds', fields.lineOf('kinds'));
    if (list) {
      lines.set('kinds.names', list.lineOf('names'));
      kinds = { names: texts(list, 'names', 300), values: readValues(reader, list, 'vocabularies.kinds', 'kinds.values', lines) };
    }
  }
  return { dimensions, kinds };
}

function readMembers(reader: Reader, top: Fields, kindRefs: ParsedBundle['kindRefs']): (BundleMember & { successorLine: number | null; successorPath: string })[] {
  const known = ['acronym', 'name', 'kind', 'status', 'joined', 'left', 'successor', 'mandate', 'role_note', 'uncertain', 'sources'];
  const seen = uniqueKeys(reader);
  return reader.list(top.node('members'), 'members', top.lineOf('members')).flatMap((item, index) => {
    const fields = reader.fields(item, `members[${index}]`, known, top.lineOf('members'));
    if (!fields) return [];
    const acronym = fields.requiredText('acronym', 40);
    if (acronym !== null) seen(acronym, fields.lineOf('acronym'), `${fields.path}.acronym`);
    const name = fields.requiredText('name', 300);
    const kind = fields.requiredText('kind', 60);
    if (kind !== null) kindRefs.push({ kind, line: fields.lineOf('kind'), path: `${fields.path}.kind` });
    const status = fields.choice('status', memberStatuses);
    const joined = fields.year('joined', false);
    const left = fields.year('left', false);
    if (joined !== null && left !== null && left < joined) reader.problem(fields.lineOf('left'), `${fields.path}.left`, 'groupBundle.leftBeforeJoined', { year: String(joined) });
    const successor = fields.text('successor', 40);
    if (successor !== null && acronym !== null && successor.toLowerCase() === acronym.toLowerCase()) {
      reader.problem(fields.lineOf('successor'), `${fields.path}.successor`, 'groupBundle.ownSuccessor');
    }
    const member = {
      joined,
      left,
      successor,
      successorLine: successor === null ? null : fields.lineOf('successor'),
      successorPath: `${fields.path}.successor`,
      mandate: fields.text('mandate', 4000),
      roleNote: fields.text('role_note', 1000),
      uncertain: fields.flag('uncertain'),
      sources: fields.texts('sources', 2000).map((source) => source.text),
    };
    return acronym !== null && name !== null && kind !== null && status !== null ? [{ acronym, name, kind, status, ...member }] : [];
  });
}

function readCounts(reader: Reader, top: Fields): BundleCount[] {
  const seen = uniqueKeys(reader);
  return reader.list(top.node('membership_counts'), 'membership_counts', top.lineOf('membership_counts')).flatMap((item, index) => {
    const fields = reader.fields(item, `membership_counts[${index}]`, ['as_of', 'count', 'sources'], top.lineOf('membership_counts'));
    if (!fields) return [];
    const asOf = fields.date('as_of', true);
    if (asOf !== null) seen(asOf, fields.lineOf('as_of'), `${fields.path}.as_of`);
    const count = fields.count('count', 10000);
    const sources = fields.texts('sources', 2000).map((source) => source.text);
    return asOf !== null && count !== null ? [{ asOf, count, sources }] : [];
  });
}

function readHistory(reader: Reader, top: Fields): BundleHistoryEntry[] {
  const seen = uniqueKeys(reader);
  return reader.list(top.node('history'), 'history', top.lineOf('history')).flatMap((item, index) => {
    const fields = reader.fields(item, `history[${index}]`, ['on', 'summary', 'sources'], top.lineOf('history'));
    if (!fields) return [];
    const on = fields.date('on', true);
    const summary = fields.requiredText('summary', 4000);
    if (on !== null && summary !== null) seen(`${on} ${summary}`, fields.lineOf('summary'), `${fields.path}.summary`, `${on}: ${summary.slice(0, 60)}`);
    const sources = fields.texts('sources', 2000).map((source) => source.text);
    return on !== null && summary !== null ? [{ on, summary, sources }] : [];
  });
}

function readTerms(reader: Reader, top: Fields, refs: BundleRef[]): BundleTerm[] {
  const known = ['year', 'cochairs', 'endorsed_on', 'note', 'uncertain', 'sources', 'priorities'];
  const seen = uniqueKeys(reader);
  return reader.list(top.node('terms'), 'terms', top.lineOf('terms')).flatMap((item, index) => {
    const fields = reader.fields(item, `terms[${index}]`, known, top.lineOf('terms'));
    if (!fields) return [];
    const year = fields.year('year', true);
    if (year !== null) seen(String(year), fields.lineOf('year'), `${fields.path}.year`);
    const chairs = fields.texts('cochairs', 40);
    const seenChair = uniqueKeys(reader);
    for (const chair of chairs) seenChair(chair.text, chair.line, chair.path);
    refs.push(...chairs.map((chair) => ({ acronym: chair.text, line: chair.line, path: chair.path })));
    const term = {
      cochairs: chairs.map((chair) => chair.text),
      endorsedOn: fields.date('endorsed_on', false),
      note: fields.text('note', 1000),
      uncertain: fields.flag('uncertain'),
      sources: fields.texts('sources', 2000).map((source) => source.text),
      priorities: fields.has('priorities') ? readPriorities(reader, fields) : null,
    };
    return year !== null ? [{ year, ...term }] : [];
  });
}

function readPriorities(reader: Reader, term: Fields): BundlePriorities | null {
  const fields = reader.fields(term.node('priorities'), `${term.path}.priorities`, ['items', 'cross_cutting', 'uncertain', 'sources'], term.lineOf('priorities'));
  if (!fields) return null;
  const seen = uniqueKeys(reader);
  const items = fields.texts('items', 500);
  const crossCutting = fields.texts('cross_cutting', 500);
  for (const item of [...items, ...crossCutting]) seen(item.text, item.line, item.path);
  return {
    items: items.map((item) => item.text),
    crossCutting: crossCutting.map((item) => item.text),
    uncertain: fields.flag('uncertain'),
    sources: fields.texts('sources', 2000).map((source) => source.text),
  };
}

function readGroups(reader: Reader, top: Fields, refs: BundleRef[]): BundleGroup[] {
  const known = ['slug', 'name', 'kind', 'mandate', 'formed_on', 'formed_reason', 'closed_on', 'members', 'sources'];
  const seen = uniqueKeys(reader);
  return reader.list(top.node('working_groups'), 'working_groups', top.lineOf('working_groups')).flatMap((item, index) => {
    const fields = reader.fields(item, `working_groups[${index}]`, known, top.lineOf('working_groups'));
    if (!fields) return [];
    const slug = fields.requiredText('slug', 80);
    if (slug !== null && !slugPattern.test(slug)) reader.problem(fields.lineOf('slug'), `${fields.path}.slug`, 'groupBundle.slug');
    if (slug !== null) seen(slug, fields.lineOf('slug'), `${fields.path}.slug`);
    const name = fields.requiredText('name', 200);
    const kind = fields.choice('kind', groupKinds);
    const mandate = fields.requiredText('mandate', 4000);
    const formedOn = fields.date('formed_on', false);
    const closedOn = fields.date('closed_on', false);
    if (formedOn !== null && closedOn !== null && closedOn < formedOn) reader.problem(fields.lineOf('closed_on'), `${fields.path}.closed_on`, 'groupBundle.closedBeforeFormed', { date: formedOn });
    const groupMembers = fields.texts('members', 40);
    const seenMember = uniqueKeys(reader);
    for (const member of groupMembers) seenMember(member.text, member.line, member.path);
    refs.push(...groupMembers.map((member) => ({ acronym: member.text, line: member.line, path: member.path })));
    const rest = {
      formedOn,
      formedReason: fields.text('formed_reason', 4000),
      closedOn,
      members: groupMembers.map((member) => member.text),
      sources: fields.texts('sources', 2000).map((source) => source.text),
    };
    return slug !== null && name !== null && kind !== null && mandate !== null ? [{ slug, name, kind, mandate, ...rest }] : [];
  });
}

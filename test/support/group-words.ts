/**
 * The group's words for tests: ICAT's (the first group on the platform, whose pages the tests read)
 * and a made-up group's, to show that no page keeps ICAT's words when another group runs the platform.
 * The app gets them from the group's settings; tests hand them to the same function the settings use.
 */
import type { GroupWords, Locale } from '../../src/lib/i18n';
import { defaultColours, defaultDecisionPrefixes, groupIdentityData, type GroupIdentityData, type TextByLanguage } from '../../src/lib/group';
import { applyGroupIdentity } from '../../src/features/group-settings/group-settings.service';

export interface GroupFixture {
  words: Partial<Record<Locale, GroupWords>>;
  /** The prefix of principal-level decision references (PLM4/2022/3). */
  decisionPrefix: string;
  /** The names of the report's optional sections, by language (none: no such section). */
  reportSections: { crises?: Partial<Record<Locale, string>> };
  /** The group's home and about texts, as its settings would hold them (none: those loaded stay). */
  texts?: Pick<GroupIdentityData, 'description' | 'homeText' | 'aboutText'>;
}

export const icatWords: Record<Locale, GroupWords> = {
  en: { group: 'ICAT', groupFull: 'Inter-Agency Coordination Group against Trafficking in Persons', principals: 'Principals', principalsMeeting: 'Principals’ meeting', advisors: 'Survivor advisor' },
  fr: {
    group: 'ICAT',
    groupFull: 'Groupe interinstitutions de coordination contre la traite des personnes',
    principals: 'chefs de secrétariat',
    principalsMeeting: 'réunion des chefs de secrétariat',
    advisors: 'Conseiller(ère) survivant(e)',
  },
  es: {
    group: 'ICAT',
    groupFull: 'Grupo Interinstitucional de Coordinación contra la Trata de Personas',
    principals: 'jefes ejecutivos',
    principalsMeeting: 'reunión de los jefes ejecutivos',
    advisors: 'Asesor superviviente',
  },
  ar: {
    group: 'ICAT',
    groupFull: 'فريق التنسيق المشترك بين الوكالات لمكافحة الاتجار بالأشخاص',
    principals: 'الرؤساء التنفيذيون',
    principalsMeeting: 'اجتماع الرؤساء التنفيذيين',
    advisors: 'مستشار من الناجين',
  },
  ru: {
    group: 'ICAT',
    groupFull: 'Межучрежденческая координационная группа по борьбе с торговлей людьми',
    principals: 'руководители',
    principalsMeeting: 'совещание руководителей',
    advisors: 'Консультант из числа пострадавших',
  },
  zh: { group: 'ICAT', groupFull: '打击贩运人口问题机构间协调小组', principals: '行政首长', principalsMeeting: '行政首长会议', advisors: '幸存者顾问' },
};

export const icat: GroupFixture = {
  words: icatWords,
  decisionPrefix: 'PLM',
  reportSections: { crises: { en: 'Responding to crises', fr: 'Réponse aux crises', es: 'Respuesta a las crisis', ar: 'الاستجابة للأزمات', ru: 'Реагирование на кризисы', zh: '应对危机' } },
};

/** A made-up group with no advisory role and no crises section: English words only (other languages use them). */
export const madeUpGroup: GroupFixture = {
  words: { en: { group: 'RWCN', groupFull: 'Regional Water Cooperation Network', principals: 'Ministers', principalsMeeting: 'Ministerial meeting', advisors: '' } },
  decisionPrefix: 'MIN',
  reportSections: {},
  texts: { description: { en: 'Regional Water Cooperation Network' }, homeText: { en: 'RWCN brings its member organizations together to coordinate their work.' }, aboutText: {} },
};

/** Makes the platform speak as a group: its words in messages, its decision prefix, its report sections. */
export function useGroup(fixture: GroupFixture): void {
  applyGroupIdentity(identityOf(fixture));
}

type Texts = Pick<GroupIdentityData, 'description' | 'homeText' | 'aboutText'>;

/** The texts loaded from the database, kept while a group with texts of its own is in use. */
let loadedTexts: Texts | null = null;

function textsFor(fixture: GroupFixture, loaded: GroupIdentityData | null): Texts {
  const current: Texts = { description: loaded?.description ?? {}, homeText: loaded?.homeText ?? {}, aboutText: loaded?.aboutText ?? {} };
  if (fixture.texts) {
    loadedTexts ??= current;
    return fixture.texts;
  }
  const restored = loadedTexts ?? current;
  loadedTexts = null;
  return restored;
}

/** The settings the pages read, with the fixture's names, prefix and texts. */
function identityOf(fixture: GroupFixture): GroupIdentityData {
  const byLanguage = (word: keyof GroupWords): TextByLanguage => Object.fromEntries(Object.entries(fixture.words).map(([locale, words]) => [locale, words[word]]));
  const loaded = groupIdentityData();
  return {
    contactEmail: null,
    logo: null,
    colours: { ...defaultColours },
    version: 0,
    ...loaded,
    ...textsFor(fixture, loaded),
    configured: true,
    shortName: fixture.words.en?.group ?? '',
    fullName: byLanguage('groupFull'),
    principals: byLanguage('principals'),
    principalsMeeting: byLanguage('principalsMeeting'),
    advisors: byLanguage('advisors'),
    decisionPrefixes: { ...defaultDecisionPrefixes, principal: fixture.decisionPrefix },
    reportSections: fixture.reportSections,
  };
}

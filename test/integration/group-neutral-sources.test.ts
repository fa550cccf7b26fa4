/**
 * The platform serves any coordination group: no page, mail, file or message may carry ICAT's name or
 * its governance words of its own accord. They come from the group's settings, through the
 * placeholders of the catalogue ({group}, {groupFull}, {principals}...). This test reads the sources
 * (src/, public/, bin/) and fails on ICAT, "Principals" (both case-sensitive) and trafficking (any
 * case), and on the translated names and terms in the other five languages. Allowed: test files and
 * the features' access expectations (about the demo's seed),
 * environment variable names (ICAT_DATA_DIR...: the software's, like the `icat` command), and the
 * short list below. seed/ holds ICAT's own data and is not read.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const searched = ['src', 'public', 'bin'];

/** What gives ICAT's words away: its name, its Principals, its subject, in the six languages. */
const forbidden: { name: string; pattern: RegExp }[] = [
  // \b keeps environment variable names out: in ICAT_DATA_DIR, "_" follows without a word boundary.
  { name: 'ICAT', pattern: /\bICAT\b/ },
  { name: 'Principals', pattern: /\bPrincipals\b/ },
  { name: 'trafficking', pattern: /trafficking/i },
  { name: 'traite (fr)', pattern: /\btraite des (personnes|êtres humains|enfants)/i },
  { name: 'trata (es)', pattern: /\btrata de (personas|seres humanos|niños)/i },
  { name: 'торговля людьми (ru)', pattern: /торговл\p{L}*\s+(людьми|детьми)/iu },
  { name: '贩运 (zh)', pattern: /贩运/u },
  { name: 'الاتجار (ar)', pattern: /الاتجار/u },
];

/**
 * The few places allowed to keep a forbidden word, each with why. Keep it short: a word belongs in the
 * catalogue with a placeholder, or in the group's settings.
 */
const allowed: { file: RegExp; line: RegExp; why: string }[] = [
  // Migrations that keep an ICAT install's own data when it upgrades (its vocabulary, its identity, its
  // report section): they hold ICAT's data as seed/ does, and act only on a database holding ICAT's.
  {
    file: /^src\/db\/migrations\/(202612040900_create_vocabularies|202612041210_keep_icat_identity|202612041501_keep_icat_crises_section)\.ts$/,
    line: /./,
    why: "an upgrade migration keeping an ICAT install's own data",
  },
  // The neutral words of an install not yet set up, and the form's example of such a word: a common
  // English title for heads of organizations, which any group may replace.
  {
    file: /^src\/features\/group-settings\/messages\/en\.ts$/,
    line: /^\s*'groupSettings\.(neutral\.principals|neutral\.principalsMeeting|principals\.hint)':/,
    why: 'neutral word and example for the settings form',
  },
];

interface Finding {
  file: string;
  line: number;
  word: string;
  text: string;
}

/** The forbidden words of one line of a file, unless the allow-list lets that line keep them. */
function wordsIn(file: string, text: string): string[] {
  const found = forbidden.filter(({ pattern }) => pattern.test(text)).map(({ name }) => name);
  if (found.length === 0) return [];
  return allowed.some((entry) => entry.file.test(file) && entry.line.test(text)) ? [] : found;
}

/** Tests, and the access expectations each feature states for the route-access walk over the demo's seed (its URLs name ICAT's records). */
function isTest(file: string): boolean {
  return /\.test\.tsx?$/.test(file) || /\.access\.ts$/.test(file) || file.split('/').includes('test');
}

function* filesUnder(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* filesUnder(path);
    else yield path;
  }
}

function findings(): Finding[] {
  const result: Finding[] = [];
  for (const top of searched) {
    for (const path of filesUnder(join(root, top))) {
      const file = relative(root, path).split('\\').join('/');
      if (isTest(file)) continue;
      const content = readFileSync(path);
      if (content.includes(0)) continue; // binary
      content
        .toString('utf8')
        .split('\n')
        .forEach((text, index) => {
          for (const word of wordsIn(file, text)) result.push({ file, line: index + 1, word, text: text.trim().slice(0, 160) });
        });
    }
  }
  return result;
}

describe('the sources speak of "the group", never of ICAT', () => {
  it('the matcher catches ICAT, the Principals and trafficking in any of the six languages', () => {
    expect(wordsIn('src/features/site/site.views.tsx', '<h1>Welcome to ICAT</h1>')).toEqual(['ICAT']);
    expect(wordsIn('src/features/site/site.views.tsx', "title: 'ICAT: publications'")).toEqual(['ICAT']);
    expect(wordsIn('src/features/governance/messages/en.ts', "'x': 'endorsed by the Principals'")).toEqual(['Principals']);
    expect(wordsIn('src/views/layout.tsx', 'Against Trafficking in Persons')).toEqual(['trafficking']);
    expect(wordsIn('src/messages/common/fr.ts', "'x': 'contre la traite des personnes'")).toEqual(['traite (fr)']);
    expect(wordsIn('src/messages/common/es.ts', "'x': 'contra la Trata de Personas'")).toEqual(['trata (es)']);
    expect(wordsIn('src/messages/common/ru.ts', "'x': 'по борьбе с торговлей людьми'")).toEqual(['торговля людьми (ru)']);
    expect(wordsIn('src/messages/common/zh.ts', "'x': '打击贩运人口'")).toEqual(['贩运 (zh)']);
    expect(wordsIn('src/messages/common/ar.ts', "'x': 'لمكافحة الاتجار بالأشخاص'")).toEqual(['الاتجار (ar)']);
  });

  it('lets through what is not the group: environment variables, words that merely contain the letters, ordinary verbs', () => {
    expect(wordsIn('src/config.ts', 'ICAT_DATA_DIR: { schema: z.string() }')).toEqual([]);
    expect(wordsIn('src/lib/errors.ts', "| 'UNAUTHENTICATED'")).toEqual([]);
    expect(wordsIn('src/features/x/messages/es.ts', "'x': 'Se trata de un error'")).toEqual([]);
    expect(wordsIn('src/features/x/messages/fr.ts', "'x': 'Le service traite la demande'")).toEqual([]);
    expect(wordsIn('src/features/meetings/meetings.views.tsx', "t('meetings.level.principal')")).toEqual([]);
  });

  it('allows no other line to keep the group’s words: what used to (calendar, feed, second factor, mapping) reads the settings or the vocabulary', () => {
    expect(allowed.map((entry) => entry.why)).toEqual(["an upgrade migration keeping an ICAT install's own data", 'neutral word and example for the settings form']);
    expect(wordsIn('src/features/members/messages/en.ts', "  'facet.forms.child': 'Child trafficking',")).toEqual(['trafficking']);
    expect(wordsIn('src/features/meetings/meetings.calendar.ts', "prodId: { company: 'ICAT', product: 'platform' }")).toEqual(['ICAT']);
    expect(wordsIn('src/features/site/site.feed.ts', '<author><name>ICAT</name></author>')).toEqual(['ICAT']);
    expect(wordsIn('src/features/accounts/second-factor.service.ts', "issuer: 'ICAT platform'")).toEqual(['ICAT']);
  });

  it('finds none in src/, public/ and bin/', () => {
    expect(findings()).toEqual([]);
  });
});

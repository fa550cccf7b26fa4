import { sql, type Kysely } from 'kysely';

/**
 * An ICAT install keeps its report's "Responding to crises" section now that the section's name is a
 * setting: ICAT's settings row (written by the seed or by the upgrade before this one) gets the
 * section's name in the six languages, as ICAT's seed data has it, unless names were
 * already given. Another group's settings are left alone: it has no such section until it names one.
 */
const crises = {
  en: 'Responding to crises',
  fr: 'Réponse aux crises',
  es: 'Respuesta a las crisis',
  ar: 'الاستجابة للأزمات',
  ru: 'Реагирование на кризисы',
  zh: '应对危机',
};

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    update group_settings
       set report_sections = ${JSON.stringify({ crises })}::jsonb
     where short_name = 'ICAT' and report_sections = '{}'::jsonb`.execute(db);
}

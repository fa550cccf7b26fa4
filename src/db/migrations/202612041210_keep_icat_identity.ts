import { sql, type Kysely } from 'kysely';

/**
 * An ICAT install upgraded to settings stored in the database keeps its name: when the database
 * already holds ICAT's reference data (it was seeded, and ICAT's members are on record) and no
 * group settings exist yet, ICAT's identity is written, as seed/reference/group.json had it when
 * this migration was written. A new install, or one initialised for another group, is left alone.
 */
const icat = {
  shortName: 'ICAT',
  fullName: {"en": "Inter-Agency Coordination Group against Trafficking in Persons", "fr": "Groupe interinstitutions de coordination contre la traite des personnes", "es": "Grupo Interinstitucional de Coordinación contra la Trata de Personas", "ar": "فريق التنسيق المشترك بين الوكالات لمكافحة الاتجار بالأشخاص", "ru": "Межучрежденческая координационная группа по борьбе с торговлей людьми", "zh": "打击贩运人口问题机构间协调小组"},
  description: {"en": "Working together against trafficking in persons", "fr": "Agir ensemble contre la traite des personnes", "es": "Trabajar juntos contra la trata de personas", "ar": "العمل معًا لمكافحة الاتجار بالأشخاص", "ru": "Вместе против торговли людьми", "zh": "携手打击贩运人口"},
  homeText: {"en": "The Inter-Agency Coordination Group against Trafficking in Persons brings UN entities and international and regional organizations together to coordinate their work against trafficking in persons.", "fr": "Le Groupe interinstitutions de coordination contre la traite des personnes réunit des entités des Nations Unies et des organisations internationales et régionales afin de coordonner leur action contre la traite des personnes.", "es": "El Grupo Interinstitucional de Coordinación contra la Trata de Personas reúne a entidades de las Naciones Unidas y a organizaciones internacionales y regionales para coordinar su labor contra la trata de personas.", "ar": "يجمع فريق التنسيق المشترك بين الوكالات لمكافحة الاتجار بالأشخاص كيانات الأمم المتحدة والمنظمات الدولية والإقليمية لتنسيق عملها في مكافحة الاتجار بالأشخاص.", "ru": "Межучрежденческая координационная группа по борьбе с торговлей людьми объединяет структуры ООН, международные и региональные организации для координации их деятельности по борьбе с торговлей людьми.", "zh": "打击贩运人口问题机构间协调小组汇聚联合国实体以及国际和区域组织，协调各方打击贩运人口的工作。"},
  aboutText: {"en": "The Inter-Agency Coordination Group against Trafficking in Persons brings UN entities and international and regional organizations together to coordinate their work against trafficking in persons.", "fr": "Le Groupe interinstitutions de coordination contre la traite des personnes réunit des entités des Nations Unies et des organisations internationales et régionales afin de coordonner leur action contre la traite des personnes.", "es": "El Grupo Interinstitucional de Coordinación contra la Trata de Personas reúne a entidades de las Naciones Unidas y a organizaciones internacionales y regionales para coordinar su labor contra la trata de personas.", "ar": "يجمع فريق التنسيق المشترك بين الوكالات لمكافحة الاتجار بالأشخاص كيانات الأمم المتحدة والمنظمات الدولية والإقليمية لتنسيق عملها في مكافحة الاتجار بالأشخاص.", "ru": "Межучрежденческая координационная группа по борьбе с торговлей людьми объединяет структуры ООН, международные и региональные организации для координации их деятельности по борьбе с торговлей людьми.", "zh": "打击贩运人口问题机构间协调小组汇聚联合国实体以及国际和区域组织，协调各方打击贩运人口的工作。"},
  principals: {"en": "Principals", "fr": "chefs de secrétariat", "es": "jefes ejecutivos", "ar": "الرؤساء التنفيذيون", "ru": "руководители", "zh": "行政首长"},
  principalsMeeting: {"en": "Principals' meeting", "fr": "réunion des chefs de secrétariat", "es": "reunión de jefes ejecutivos", "ar": "اجتماع الرؤساء التنفيذيين", "ru": "совещание руководителей", "zh": "行政首长会议"},
  advisors: {"en": "Survivor advisor", "fr": "Conseiller(ère) survivant(e)", "es": "Asesor superviviente", "ar": "مستشار من الناجين", "ru": "Консультант из числа пострадавших", "zh": "幸存者顾问"},
  decisionPrefixes: {"principal": "PLM", "working": "WLM", "group": "GLM"},
};

export async function up(db: Kysely<unknown>): Promise<void> {
  const existing = await sql<{ count: number }>`select count(*)::int as count from group_settings`.execute(db);
  if ((existing.rows[0]?.count ?? 0) > 0) return;
  const seeded = await sql<{ count: number }>`select count(*)::int as count from app_meta where key = 'seeded_at'`.execute(db);
  const icatMembers = await sql<{ count: number }>`select count(*)::int as count from entities where acronym in ('UNODC', 'IOM', 'ILO', 'OHCHR', 'UNHCR', 'UNICEF')`.execute(db);
  if ((seeded.rows[0]?.count ?? 0) === 0 || (icatMembers.rows[0]?.count ?? 0) < 3) return;
  await sql`
    insert into group_settings (id, short_name, full_name, description, home_text, about_text, principals, principals_meeting, advisors, decision_prefixes, updated_by_label, updated_at)
    values (1, ${icat.shortName}, ${JSON.stringify(icat.fullName)}::jsonb, ${JSON.stringify(icat.description)}::jsonb, ${JSON.stringify(icat.homeText)}::jsonb,
      ${JSON.stringify(icat.aboutText)}::jsonb, ${JSON.stringify(icat.principals)}::jsonb, ${JSON.stringify(icat.principalsMeeting)}::jsonb,
      ${JSON.stringify(icat.advisors)}::jsonb, ${JSON.stringify(icat.decisionPrefixes)}::jsonb, 'upgrade', now())`.execute(db);
}

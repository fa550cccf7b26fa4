import { sql, type Kysely } from 'kysely';

/**
 * The group's vocabularies become data: the mapping's dimensions and their values, and the kinds of
 * organization, each with its names in the six languages. ICAT's vocabulary, until now in code and in
 * the message catalogue, is written here as it stood. Profiles keep their values in one jsonb map
 * (dimension code -> value codes) instead of one column per dimension, and an organization's kind is
 * no longer held to three fixed codes.
 */
const icat: {
  mapping: { code: string; names: Record<string, string>; captions: Record<string, string>; charted: boolean; values: { code: string; labels: Record<string, string> }[] }[];
  kinds: { code: string; names: Record<string, string>; values: { code: string; labels: Record<string, string> }[] };
} = {
  "mapping": [
    {
      "code": "regions",
      "names": {
        "en": "Region",
        "fr": "Région",
        "es": "Región",
        "ar": "المنطقة",
        "ru": "Регион",
        "zh": "区域"
      },
      "captions": {
        "en": "Organizations by region of engagement",
        "fr": "Organisations par région d’intervention",
        "es": "Organizaciones por región de actuación",
        "ar": "المنظمات حسب منطقة المشاركة",
        "ru": "Организации по регионам деятельности",
        "zh": "按参与区域分列的组织"
      },
      "charted": true,
      "values": [
        {
          "code": "africa",
          "labels": {
            "en": "Africa",
            "fr": "Afrique",
            "es": "África",
            "ar": "أفريقيا",
            "ru": "Африка",
            "zh": "非洲"
          }
        },
        {
          "code": "americas",
          "labels": {
            "en": "Americas",
            "fr": "Amériques",
            "es": "Américas",
            "ar": "الأمريكتان",
            "ru": "Северная и Южная Америка",
            "zh": "美洲"
          }
        },
        {
          "code": "arab_states",
          "labels": {
            "en": "Arab States and the Middle East",
            "fr": "États arabes et Moyen-Orient",
            "es": "Estados Árabes y Oriente Medio",
            "ar": "الدول العربية والشرق الأوسط",
            "ru": "Арабские государства и Ближний Восток",
            "zh": "阿拉伯国家和中东"
          }
        },
        {
          "code": "asia_pacific",
          "labels": {
            "en": "Asia and the Pacific",
            "fr": "Asie et Pacifique",
            "es": "Asia y el Pacífico",
            "ar": "آسيا والمحيط الهادئ",
            "ru": "Азиатско-Тихоокеанский регион",
            "zh": "亚洲及太平洋"
          }
        },
        {
          "code": "europe_central_asia",
          "labels": {
            "en": "Europe and Central Asia",
            "fr": "Europe et Asie centrale",
            "es": "Europa y Asia Central",
            "ar": "أوروبا وآسيا الوسطى",
            "ru": "Европа и Центральная Азия",
            "zh": "欧洲和中亚"
          }
        }
      ]
    },
    {
      "code": "forms",
      "names": {
        "en": "Form of exploitation",
        "fr": "Forme d’exploitation",
        "es": "Forma de explotación",
        "ar": "شكل الاستغلال",
        "ru": "Форма эксплуатации",
        "zh": "剥削形式"
      },
      "captions": {
        "en": "Organizations by form of exploitation addressed",
        "fr": "Organisations par forme d’exploitation traitée",
        "es": "Organizaciones por forma de explotación abordada",
        "ar": "المنظمات حسب شكل الاستغلال الذي تتصدى له",
        "ru": "Организации по формам эксплуатации, которыми они занимаются",
        "zh": "按所针对的剥削形式分列的组织"
      },
      "charted": true,
      "values": [
        {
          "code": "sexual",
          "labels": {
            "en": "Sexual exploitation",
            "fr": "Exploitation sexuelle",
            "es": "Explotación sexual",
            "ar": "الاستغلال الجنسي",
            "ru": "Сексуальная эксплуатация",
            "zh": "性剥削"
          }
        },
        {
          "code": "labour",
          "labels": {
            "en": "Labour exploitation",
            "fr": "Exploitation par le travail",
            "es": "Explotación laboral",
            "ar": "الاستغلال في العمل",
            "ru": "Трудовая эксплуатация",
            "zh": "劳动剥削"
          }
        },
        {
          "code": "child",
          "labels": {
            "en": "Child trafficking",
            "fr": "Traite des enfants",
            "es": "Trata de niños",
            "ar": "الاتجار بالأطفال",
            "ru": "Торговля детьми",
            "zh": "贩运儿童"
          }
        },
        {
          "code": "forced_marriage",
          "labels": {
            "en": "Forced marriage",
            "fr": "Mariage forcé",
            "es": "Matrimonio forzado",
            "ar": "الزواج القسري",
            "ru": "Принудительный брак",
            "zh": "强迫婚姻"
          }
        },
        {
          "code": "organ_removal",
          "labels": {
            "en": "Organ removal",
            "fr": "Prélèvement d’organes",
            "es": "Extracción de órganos",
            "ar": "نزع الأعضاء",
            "ru": "Изъятие органов",
            "zh": "摘取器官"
          }
        },
        {
          "code": "forced_criminality",
          "labels": {
            "en": "Forced criminality",
            "fr": "Criminalité forcée",
            "es": "Delincuencia forzada",
            "ar": "الإكراه على ارتكاب الجرائم",
            "ru": "Принуждение к преступной деятельности",
            "zh": "强迫犯罪"
          }
        },
        {
          "code": "other",
          "labels": {
            "en": "Other forms",
            "fr": "Autres formes",
            "es": "Otras formas",
            "ar": "أشكال أخرى",
            "ru": "Другие формы",
            "zh": "其他形式"
          }
        }
      ]
    },
    {
      "code": "interventions",
      "names": {
        "en": "Intervention",
        "fr": "Intervention",
        "es": "Intervención",
        "ar": "التدخل",
        "ru": "Направление деятельности",
        "zh": "干预措施"
      },
      "captions": {
        "en": "Organizations by area of intervention",
        "fr": "Organisations par domaine d’intervention",
        "es": "Organizaciones por ámbito de intervención",
        "ar": "المنظمات حسب مجال التدخل",
        "ru": "Организации по направлениям деятельности",
        "zh": "按干预领域分列的组织"
      },
      "charted": true,
      "values": [
        {
          "code": "technical_assistance",
          "labels": {
            "en": "Technical assistance",
            "fr": "Assistance technique",
            "es": "Asistencia técnica",
            "ar": "المساعدة التقنية",
            "ru": "Техническая помощь",
            "zh": "技术援助"
          }
        },
        {
          "code": "normative_policy",
          "labels": {
            "en": "Normative and policy work",
            "fr": "Travaux normatifs et politiques",
            "es": "Labor normativa y de políticas",
            "ar": "العمل المعياري والسياساتي",
            "ru": "Нормативная и политическая работа",
            "zh": "规范和政策工作"
          }
        },
        {
          "code": "knowledge_development",
          "labels": {
            "en": "Knowledge development",
            "fr": "Production de connaissances",
            "es": "Generación de conocimientos",
            "ar": "تطوير المعارف",
            "ru": "Накопление знаний",
            "zh": "知识开发"
          }
        },
        {
          "code": "capacity_building",
          "labels": {
            "en": "Capacity building",
            "fr": "Renforcement des capacités",
            "es": "Creación de capacidad",
            "ar": "بناء القدرات",
            "ru": "Укрепление потенциала",
            "zh": "能力建设"
          }
        },
        {
          "code": "protection_assistance",
          "labels": {
            "en": "Protection and assistance",
            "fr": "Protection et assistance",
            "es": "Protección y asistencia",
            "ar": "الحماية والمساعدة",
            "ru": "Защита и помощь",
            "zh": "保护和援助"
          }
        },
        {
          "code": "prevention",
          "labels": {
            "en": "Prevention",
            "fr": "Prévention",
            "es": "Prevención",
            "ar": "الوقاية",
            "ru": "Предупреждение",
            "zh": "预防"
          }
        },
        {
          "code": "prosecution_support",
          "labels": {
            "en": "Prosecution support",
            "fr": "Appui aux poursuites",
            "es": "Apoyo al enjuiciamiento",
            "ar": "دعم الملاحقة القضائية",
            "ru": "Содействие уголовному преследованию",
            "zh": "起诉支助"
          }
        },
        {
          "code": "partnerships",
          "labels": {
            "en": "Partnerships",
            "fr": "Partenariats",
            "es": "Alianzas",
            "ar": "الشراكات",
            "ru": "Партнерства",
            "zh": "伙伴关系"
          }
        }
      ]
    },
    {
      "code": "levels",
      "names": {
        "en": "Level",
        "fr": "Niveau",
        "es": "Nivel",
        "ar": "المستوى",
        "ru": "Уровень",
        "zh": "层面"
      },
      "captions": {
        "en": "Organizations by level of work",
        "fr": "Organisations par niveau d’action",
        "es": "Organizaciones por nivel de trabajo",
        "ar": "المنظمات حسب مستوى العمل",
        "ru": "Организации по уровням работы",
        "zh": "按工作层面分列的组织"
      },
      "charted": true,
      "values": [
        {
          "code": "global",
          "labels": {
            "en": "Global",
            "fr": "Mondial",
            "es": "Mundial",
            "ar": "عالمي",
            "ru": "Глобальный",
            "zh": "全球"
          }
        },
        {
          "code": "regional",
          "labels": {
            "en": "Regional",
            "fr": "Régional",
            "es": "Regional",
            "ar": "إقليمي",
            "ru": "Региональный",
            "zh": "区域"
          }
        },
        {
          "code": "national",
          "labels": {
            "en": "National",
            "fr": "National",
            "es": "Nacional",
            "ar": "وطني",
            "ru": "Национальный",
            "zh": "国家"
          }
        }
      ]
    },
    {
      "code": "target_groups",
      "names": {
        "en": "Target groups",
        "fr": "Groupes cibles",
        "es": "Grupos destinatarios",
        "ar": "الفئات المستهدفة",
        "ru": "Целевые группы",
        "zh": "目标群体"
      },
      "captions": {},
      "charted": false,
      "values": [
        {
          "code": "law_enforcement",
          "labels": {
            "en": "Law enforcement",
            "fr": "Services de détection et de répression",
            "es": "Fuerzas del orden",
            "ar": "أجهزة إنفاذ القانون",
            "ru": "Правоохранительные органы",
            "zh": "执法部门"
          }
        },
        {
          "code": "policymakers",
          "labels": {
            "en": "Policymakers",
            "fr": "Décideurs",
            "es": "Responsables de políticas",
            "ar": "واضعو السياسات",
            "ru": "Лица, определяющие политику",
            "zh": "决策者"
          }
        },
        {
          "code": "civil_society",
          "labels": {
            "en": "Civil society",
            "fr": "Société civile",
            "es": "Sociedad civil",
            "ar": "المجتمع المدني",
            "ru": "Гражданское общество",
            "zh": "民间社会"
          }
        },
        {
          "code": "judiciary",
          "labels": {
            "en": "Judiciary and prosecutors",
            "fr": "Magistrats du siège et du parquet",
            "es": "Judicatura y fiscalía",
            "ar": "القضاة وأعضاء النيابة العامة",
            "ru": "Судьи и прокуроры",
            "zh": "司法和检察人员"
          }
        },
        {
          "code": "service_providers",
          "labels": {
            "en": "Service providers",
            "fr": "Prestataires de services",
            "es": "Proveedores de servicios",
            "ar": "مقدمو الخدمات",
            "ru": "Поставщики услуг",
            "zh": "服务提供者"
          }
        },
        {
          "code": "private_sector",
          "labels": {
            "en": "Private sector",
            "fr": "Secteur privé",
            "es": "Sector privado",
            "ar": "القطاع الخاص",
            "ru": "Частный сектор",
            "zh": "私营部门"
          }
        },
        {
          "code": "survivors",
          "labels": {
            "en": "Survivors",
            "fr": "Survivants",
            "es": "Supervivientes",
            "ar": "الناجون",
            "ru": "Пострадавшие",
            "zh": "幸存者"
          }
        },
        {
          "code": "children_youth",
          "labels": {
            "en": "Children and youth",
            "fr": "Enfants et jeunes",
            "es": "Niños y jóvenes",
            "ar": "الأطفال والشباب",
            "ru": "Дети и молодежь",
            "zh": "儿童和青年"
          }
        },
        {
          "code": "migrants_refugees",
          "labels": {
            "en": "Migrants and refugees",
            "fr": "Migrants et réfugiés",
            "es": "Migrantes y refugiados",
            "ar": "المهاجرون واللاجئون",
            "ru": "Мигранты и беженцы",
            "zh": "移民和难民"
          }
        }
      ]
    }
  ],
  "kinds": {
    "code": "organization_kinds",
    "names": {
      "en": "Kinds of organization",
      "fr": "Types d’organisation",
      "es": "Tipos de organización",
      "ar": "أنواع المنظمات",
      "ru": "Типы организаций",
      "zh": "组织类型"
    },
    "values": [
      {
        "code": "un_entity",
        "labels": {
          "en": "UN entity",
          "fr": "Entité des Nations Unies",
          "es": "Entidad de las Naciones Unidas",
          "ar": "كيان تابع للأمم المتحدة",
          "ru": "Структура ООН",
          "zh": "联合国实体"
        }
      },
      {
        "code": "international",
        "labels": {
          "en": "International organization",
          "fr": "Organisation internationale",
          "es": "Organización internacional",
          "ar": "منظمة دولية",
          "ru": "Международная организация",
          "zh": "国际组织"
        }
      },
      {
        "code": "regional",
        "labels": {
          "en": "Regional organization",
          "fr": "Organisation régionale",
          "es": "Organización regional",
          "ar": "منظمة إقليمية",
          "ru": "Региональная организация",
          "zh": "区域组织"
        }
      }
    ]
  }
};

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table vocabularies (
      id serial primary key,
      code text not null unique check (code ~ '^[a-z][a-z0-9_]{0,59}$'),
      purpose text not null check (purpose in ('mapping', 'kinds')),
      names jsonb not null,
      captions jsonb not null default '{}',
      charted boolean not null default true,
      position integer not null,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create unique index vocabularies_one_kinds_list on vocabularies (purpose) where purpose = 'kinds'`.execute(db);
  await sql`
    create table vocabulary_values (
      id serial primary key,
      vocabulary_id integer not null references vocabularies (id) on delete cascade,
      code text not null check (code ~ '^[a-z0-9][a-z0-9_]{0,59}$'),
      labels jsonb not null,
      position integer not null,
      retired_year integer,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (vocabulary_id, code)
    )`.execute(db);

  // A database that already holds members is ICAT's (the only group before vocabularies became
  // data): it keeps the vocabulary it had in code. A new database starts with none; the group's
  // bundle (ICAT's seed among them) or its administrator brings them.
  const holdsMembers = (await sql<{ any: boolean }>`select exists (select 1 from entities) as any`.execute(db)).rows[0]?.any === true;
  const dimensions = holdsMembers ? [...icat.mapping.map((dimension) => ({ ...dimension, purpose: 'mapping' })), { ...icat.kinds, purpose: 'kinds', captions: {}, charted: false }] : [];
  for (const [index, dimension] of dimensions.entries()) {
    const inserted = await sql<{ id: number }>`
      insert into vocabularies (code, purpose, names, captions, charted, position)
      values (${dimension.code}, ${dimension.purpose}, ${JSON.stringify(dimension.names)}::jsonb, ${JSON.stringify(dimension.captions)}::jsonb, ${dimension.charted}, ${index + 1})
      returning id`.execute(db);
    const id = inserted.rows[0]?.id;
    for (const [position, value] of dimension.values.entries()) {
      await sql`insert into vocabulary_values (vocabulary_id, code, labels, position) values (${id}, ${value.code}, ${JSON.stringify(value.labels)}::jsonb, ${position + 1})`.execute(db);
    }
  }

  await sql`alter table profiles add column mapping jsonb not null default '{}'`.execute(db);
  await sql`
    update profiles set mapping = jsonb_build_object(
      'regions', to_jsonb(regions), 'forms', to_jsonb(forms), 'interventions', to_jsonb(interventions),
      'levels', to_jsonb(levels), 'target_groups', to_jsonb(target_groups))`.execute(db);
  await sql`drop index if exists profiles_regions`.execute(db);
  await sql`drop index if exists profiles_forms`.execute(db);
  await sql`drop index if exists profiles_interventions`.execute(db);
  await sql`alter table profiles drop column regions, drop column forms, drop column interventions, drop column levels, drop column target_groups`.execute(db);
  await sql`create index profiles_mapping on profiles using gin (mapping jsonb_path_ops)`.execute(db);

  await sql`alter table entities drop constraint if exists entities_kind_check`.execute(db);
}

import type { Translation } from '../../lib/i18n';
import type { en } from './en';

export const ar: Translation<typeof en> = {
  'cli.usage': `الاستخدام: icat <command>

الأوامر:
  serve                       تشغيل المنصة (تطبيق عمليات الترحيل، وتعبئة قاعدة البيانات إن كانت فارغة)
  migrate                     تطبيق عمليات ترحيل قاعدة البيانات المعلقة
  seed                        تحميل البيانات المرجعية والبيانات التجريبية (دون تكرار)
  init --name NAME --short-name ABC [--description TEXT] [--contact EMAIL]
                              تهيئة قاعدة بيانات فارغة لفريق جديد (أسماؤه؛ دون بيانات تجريبية)
  import-profiles FILE        تحميل ملامح خريطة الجهود من ملف ‎.csv أو ‎.xlsx (جميع الصفوف أو لا شيء)
  import-plan FILE.yaml [--note TEXT]
                              تحميل خطة عمل أو تحديثها (docs/plan-format.md؛ كاملة أو لا شيء)
  import-group FILE.yaml      تحميل ملف البيانات المرجعية للفريق (docs/group-bundle.md؛ تُذكر كل مشكلة؛ كاملًا أو لا شيء)
  export-group FILE.yaml [--force]
                              كتابة البيانات المرجعية للفريق في ملف يمكن أن يعيد import-group قراءته
  import-progress PERIOD FILE
                              تحميل التقارير المرحلية لفترة إبلاغ من ملف ‎.csv أو ‎.xlsx (جميع الصفوف أو لا شيء)
  send-reminders              مراسلة جهات التنسيق التي يحل موعد تقديم تقاريرها في غضون 7 أيام (مرة واحدة لكل فترة)
  send-digests                إرسال الملخصات الأسبوعية لمنشورات الأفرقة العاملة (يمكن تشغيله يوميًا دون ضرر)
  report YEAR [--lang LANG] [--format html,pdf,docx] [--out DIR]
                              إعداد التقرير السنوي لسنة YEAR باللغة LANG (en, fr, es, ar, ru, zh) وطباعة مسارات الملفات
  messages export --lang LANG [--format xliff|xliff12] FILE
                              كتابة فهرس الرسائل بصيغة XLIFF للمترجمين
  messages import FILE        قراءة ملف XLIFF مترجم (كله أو لا شيء؛ مع ذكر كل مشكلة)
  backup FILE                 كتابة قاعدة البيانات كلها، بما فيها الملفات، في FILE (دون ضرر أثناء عمل الخادم)
  restore FILE                تحميل نسخة احتياطية في قاعدة بيانات فارغة أو في ICAT_DATA_DIR
  texts export --kind KIND --id ID --lang LANG FILE.xlf
                              كتابة نص واحد (statement, publication, event, report_section) بصيغة XLIFF 2.0
  texts import FILE.xlf       حفظ ملف XLIFF مترجم بوصفه نسخة جديدة غير رسمية من ترجمته
  bench [NAME…]               تشغيل اختبارات الأداء في bench/ (جميعها، أو المذكورة منها)
  user add --email E --name N [--entity ACRONYM] --role ROLE [--password-stdin]
                              إنشاء حساب (إذا لم تُحدَّد كلمة مرور، يُطبع رابط لتعيينها)
  user reset-password --email E
                              طباعة رابط لإعادة تعيين كلمة المرور صالح لمرة واحدة
`,
  'cli.unknownCommand': 'أمر غير معروف "{name}".\n\n{usage}',
  'cli.unknownAction': 'إجراء غير معروف "{action}".\n{usage}',
  'cli.level.none': 'لا يوجد',

  'cli.data.missing': 'لا يوجد دليل بيانات في {where}: لا شيء للقراءة. شغّل الأمر في الدليل الذي يحتوي على "data"، أو حدد في ICAT_DATA_DIR (أو DATABASE_URL) مكان البيانات.',
  'cli.data.created': 'أُنشئ دليل بيانات جديد فارغ في {where} (حدد ICAT_DATA_DIR لاستخدام دليل آخر).',
  'cli.database.postgres': 'خادم PostgreSQL ‏{location}',
  'cli.database.embedded': 'قاعدة PGlite المدمجة في {location}',
  'cli.database.embeddedClient': 'قاعدة PGlite المدمجة في {location}، عبر الخادم قيد التشغيل',

  'cli.upgrade.applied': 'طُبقت عمليات الترحيل {migrations}؛ المستوى {level}',
  'cli.upgrade.upToDate': 'محدثة بالفعل؛ المستوى {level}',
  'cli.upgrade.moved':
    '{summary}؛ {count, plural, zero {لم يُنقل أي ملف} one {نُقل ملف واحد} two {نُقل ملفان} few {نُقلت # ملفات} many {نُقل # ملفًا} other {نُقل # ملف}} من دليل البيانات إلى قاعدة البيانات',
  'cli.migrate.done': 'عمليات الترحيل في {database}: {upgrade}.',

  'cli.serve.upgraded': 'قاعدة البيانات: {upgrade}.',
  'cli.serve.seeded': 'حُمّلت البيانات المرجعية والبيانات التجريبية.',
  'cli.serve.administrator': 'أُنشئ المسؤول {email} بكلمة المرور {password}',
  'cli.serve.administratorOnce': 'لا تُعرض إلا هذه المرة: سجّل الدخول في ‎/login وغيّرها، أو فعّل عاملًا ثانيًا للتحقق، من ‎/account.',
  'cli.serve.interrupted': '{count, plural, zero {لا توجد مهام} one {مهمة واحدة} two {مهمتان} few {# مهام} many {# مهمة} other {# مهمة}} قطعها آخر إيقاف وسيُعاد تشغيلها.',
  'cli.serve.listening': 'منصة {group} على {url} (قاعدة البيانات: {database}).',

  'cli.seed.step': '  {name}: {count, plural, zero {لا جديد} one {سجل جديد واحد} two {سجلان جديدان} few {# سجلات جديدة} many {# سجلًا جديدًا} other {# سجل جديد}}',
  'cli.seed.done': 'حُمّلت البيانات المرجعية والبيانات التجريبية في {database}.',
  'cli.seed.members': 'الأعضاء',
  'cli.seed.terms': 'فترات الولاية',
  'cli.seed.termPriorities': 'أولويات فترات الولاية',
  'cli.seed.mapping': 'خريطة الجهود (ملامح نموذجية)',
  'cli.seed.groups': 'الأفرقة العاملة',
  'cli.seed.groupPosts': 'منشورات الأفرقة (نموذج)',
  'cli.seed.library': 'المنشورات والفعاليات',
  'cli.seed.record': 'الاجتماعات والمقررات والبيانات',
  'cli.seed.plan': 'خطة العمل (نموذج)',
  'cli.seed.progress': 'التعهدات والتقدم المحرز في عام 2022 (نموذج)',
  'cli.seed.report': 'التقرير السنوي لعام 2022 (نصوص نموذجية)',

  'cli.importProfiles.usage': 'الاستخدام: icat import-profiles FILE.csv|FILE.xlsx',
  'cli.importProfiles.done':
    '{file}: {rows, plural, zero {لم يُقرأ أي ملمح} one {قُرئ ملمح واحد} two {قُرئ ملمحان} few {قُرئت # ملامح} many {قُرئ # ملمحًا} other {قُرئ # ملمح}}، وكُتب منها {changed} (ولم يتغير الباقي).',
  'cli.importPlan.usage': 'الاستخدام: icat import-plan FILE.yaml [--note "ما الذي تغير"]',
  'cli.importPlan.unchanged': '{file}: الخطة "{key}" مطابقة لهذا النص بالفعل (النسخة {version})؛ لم يتغير شيء.',
  'cli.importPlan.done': '{file}: {outcome, select, created {أُنشئت} other {حُدّثت}} الخطة "{title}" ({key})، وهي الآن في النسخة {version}. انظر ‎/plan?plan={key}',

  'cli.mail.deliveredByServer':
    '{count, plural, zero {لم تُسلَّم أي رسالة} one {سُلّمت رسالة واحدة} two {سُلّمت رسالتان} few {سُلّمت # رسائل} many {سُلّمت # رسالة} other {سُلّمت # رسالة}} عبر خادم البريد؛ ويعيد الخادم محاولة إرسال ما تعذر إرساله.',
  'cli.mail.deliveredAsFiles':
    '{count, plural, zero {لم تُسلَّم أي رسالة} one {سُلّمت رسالة واحدة} two {سُلّمت رسالتان} few {سُلّمت # رسائل} many {سُلّمت # رسالة} other {سُلّمت # رسالة}} في شكل ملفات ‎.eml في {dir}؛ ويعيد الخادم محاولة إرسال ما تعذر إرساله.',
  'cli.reminders.none': 'لا تنتهي مهلة أي فترة إبلاغ مفتوحة في غضون 7 أيام: لا توجد تذكيرات لإرسالها.',
  'cli.reminders.period': 'فترة الإبلاغ {label} ({year})، الموعد النهائي {deadline}',
  'cli.reminders.sent': '  أُرسل تذكير إلى {email} ({entity}، {period})',
  'cli.reminders.done':
    '{count, plural, zero {لم يُدرج أي تذكير} one {أُدرج تذكير واحد} two {أُدرج تذكيران} few {أُدرجت # تذكيرات} many {أُدرج # تذكيرًا} other {أُدرج # تذكير}} في قائمة الانتظار، و{already} أُرسلت من قبل.',
  'cli.digests.checked': '  {count, plural, zero {لم يُفحص أي اشتراك} one {فُحص اشتراك واحد} two {فُحص اشتراكان} few {فُحصت # اشتراكات} many {فُحص # اشتراكًا} other {فُحص # اشتراك}}…',
  'cli.digests.none': 'لم يحن موعد أي ملخص (يُرسل كل ملخص بعد {days} أيام من الملخص السابق).',
  'cli.digests.done':
    'اشتراكات الملخص التي حان موعدها: {due}؛ {sent, plural, zero {لم يُدرج أي ملخص} one {أُدرج ملخص واحد} two {أُدرج ملخصان} few {أُدرجت # ملخصات} many {أُدرج # ملخصًا} other {أُدرج # ملخص}} في قائمة الانتظار، ولم تكن في الاشتراكات الأخرى منشورات جديدة.',

  'cli.backup.usage': 'الاستخدام: icat backup FILE (مثلًا icat backup icat-2026-11-29.backup.gz)',
  'cli.restore.usage': 'الاستخدام: icat restore FILE (في قاعدة بيانات فارغة أو في ICAT_DATA_DIR)',
  'cli.backup.progress': '  {table}: {rows, plural, zero {لا صفوف} one {صف واحد} two {صفان} few {# صفوف} many {# صفًا} other {# صف}}…',
  'cli.backup.totals': 'الجداول: {tables}، الصفوف: {rows}، الملفات: {files}',
  'cli.backup.done': 'نسخة احتياطية من {database} في المستوى {level}: {totals}.',
  'cli.backup.written': 'كُتبت في {file} ({size} ميغابايت).',
  'cli.restore.done': 'استُعيد {file} (المُعد في {made}) في {database}: {totals}.',
  'cli.restore.requeued': 'عند بدء تشغيل الخادم ستُعالَج رسائل البريد غير المرسلة ({mail}) وعمليات إعداد التقارير ({reports}).',

  'cli.bench.unknown': 'لا يوجد اختبار أداء باسم {names}؛ الاختبارات المتاحة: {available}.',
  'cli.bench.option': 'يتطلب الخيار {option} {expected}؛ وقد أُعطي {value}. الخيارات: ‎--scale 1,10,100 و‎--seconds N و‎--connections N و‎--database-url postgres://….',
  'cli.bench.expected.numbers': 'أعدادًا صحيحة موجبة تفصل بينها فواصل',
  'cli.bench.expected.address': 'عنوان خادم PostgreSQL ‏(postgres://…)',
  'cli.bench.unknownOption': 'لا يوجد الخيار {option} في الأمر icat bench. الخيارات: ‎--scale 1,10,100 و‎--seconds N و‎--connections N و‎--database-url postgres://….',

  'cli.user.usage': `الاستخدام:
  icat user add --email E --name N [--entity ACRONYM] --role ROLE [--role ROLE …] [--password-stdin]
  icat user reset-password --email E`,
  'cli.user.created': 'أُنشئ الحساب {email} ({roles}).',
  'cli.user.createdFor': 'أُنشئ الحساب {email} ({roles}، {entity}).',
  'cli.user.setPasswordLink': 'رابط تعيين كلمة المرور (صالح لمرة واحدة، لمدة 7 أيام): {link}',
  'cli.user.resetLink': 'رابط إعادة تعيين كلمة المرور للحساب {email} (صالح لمرة واحدة، لمدة ساعتين): {link}',

  'cli.report.usage': `الاستخدام: icat report YEAR [--lang {languages}] [--format html,pdf,docx] [--out DIR]
  يكتب التقرير السنوي لسنة YEAR (HTML وPDF وWord وبيانات كل شكل بصيغة CSV) في DIR،
  باللغة المطلوبة (الإنكليزية افتراضيًا؛ وتنتهي أسماء ملفات اللغات الأخرى بـ ‎-LANG).
  يُعد التقرير النهائي أو المنشور من بياناته المجمدة، ويُعد المشروع من البيانات بحالتها الراهنة.`,
  'cli.report.language': 'لغة غير معروفة "{lang}": استخدم {languages}.\n{usage}',

  'cli.messages.usage': `الاستخدام: icat messages export --lang {languages} [--format xliff|xliff12] FILE
           icat messages import FILE
  يكتب export كل رسالة بوصفها وحدة XLIFF (2.0، أو 1.2 مع ‎--format xliff12): المصدر الإنكليزي
  والرسالة الحالية للغة بوصفها الهدف. ويقرأ import ملفًا كهذا إلى قاعدة البيانات؛ فيتحقق
  أولًا من كل وحدة ولا يستورد شيئًا إذا كانت في أي منها مشكلة.`,
  'cli.messages.oneFile': 'حدد ملفًا واحدًا.\n{usage}',
  'cli.messages.language': 'حدد اللغة باستخدام ‎--lang: إحدى اللغات {languages}.\n{usage}',
  'cli.messages.format': 'صيغة غير معروفة "{format}": استخدم xliff (XLIFF 2.0) أو xliff12 (XLIFF 1.2).\n{usage}',

  'cli.texts.usage': 'الاستخدام: icat texts export --kind statement|publication|event|report_section --id ID --lang fr|es|ar|ru|zh|en FILE.xlf\n           icat texts import FILE.xlf',
  'cli.texts.kind': 'يجب أن تكون قيمة ‎--kind إحدى القيم التالية: {kinds}.\n{usage}',
  'cli.texts.id': 'الخيار ‎--id مطلوب (لفرع من التقرير: YEAR.section، مثل 2022.foreword).\n{usage}',
  'cli.texts.language': 'يجب أن تكون قيمة ‎--lang إحدى القيم التالية: en, fr, es, ar, ru, zh.\n{usage}',
  'cli.texts.fileToWrite': 'حدد الملف المراد كتابته.\n{usage}',
  'cli.texts.fileToRead': 'حدد الملف المراد قراءته.\n{usage}',
  'cli.texts.action': 'حدد export أو import.\n{usage}',
  'cli.texts.exported': 'كُتب {file}: {kind} {id} للترجمة إلى {language}.',
  'cli.texts.unchanged': '{file}: ترجمة {kind} {ref} إلى {language} تقول هذا بالفعل؛ لم يتغير شيء.',
  'cli.texts.stored': '{file}: حُفظت النسخة {version} من ترجمة {kind} {ref} إلى {language}{created, select, yes { (ترجمة جديدة)} other {}}، وهي غير رسمية إلى أن توافق عليها الأمانة. انظر {url}',

  'xliff.notWellFormed': 'الملف ليس مستند XML سليم البنية: {error}',
  'xliff.version': 'هذا ملف XLIFF من الإصدار "{version}": يقبل التصدير والاستيراد الإصدارين 2.0 و1.2.',
  'xliff.notXliff': 'الملف ليس ملف XLIFF: لا يحتوي على عنصر <xliff>.',
  'xliff.targetLanguage': 'اللغة الهدف للملف هي "{language}": يجب أن تكون إحدى اللغات {languages}.',
  'xliff.text.foreignElement': '<{element}> ليس عنصرًا من عناصر XLIFF 2.0 (مساحة الاسم {namespace}).',
  'xliff.text.markupInside': 'الوحدة "{unit}": {part, select, source {يحتوي مصدرها} other {يحتوي هدفها}} على <{element}>، الذي لا تقرؤه هذه المنصة؛ اكتب الترميز كما في المصدر.',
  'xliff.text.duplicate': 'الوحدة "{unit}" مكررة.',
  'xliff.text.notXliff': 'الملف ليس ملف XLIFF 2.0: لا يحتوي على عنصر <xliff>.',
  'xliff.text.languages': 'يجب أن تكون لغتا الملف (srcLang "{source}"، trgLang "{target}") من بين en, fr, es, ar, ru, zh.',
  'xliff.text.noOriginal': 'لا يذكر الملف النص الذي يترجمه (<file original="kind/id">).',
  'xliff.text.unknownUnit': 'الوحدة "{unit}" ليست من وحدات النص (وحداته هي {units}).',
  'xliff.text.missingUnit': 'الوحدة "{unit}" غير موجودة في الملف.',
  'xliff.text.sourceChanged': 'الوحدة "{unit}": مصدرها لا يطابق النص بحالته الراهنة؛ صدّر الملف من جديد.',
  'xliff.text.emptyTarget': 'الوحدة "{unit}" بلا ترجمة (هدفها فارغ).',
  'xliff.text.markup': 'الوحدة "{unit}": ترميز الهدف ({target}) يختلف عن ترميز المصدر ({source})؛ أبقِ الروابط والتأكيد والعناصر النائبة كما هي.',
  'xliff.text.refused': 'لم يُستورد الملف؛ لم يُكتب أي شيء.\n{problems}',
  'xliff.text.noText': '{file}: <file original="{original}"> لا يشير إلى أي نص من نصوص هذه المنصة (kind/id، مثل statement/12).',
  'xliff.text.sourceLanguage': '{file}: يترجم الملف من "{declared}"، لكن النص مكتوب بـ "{language}".',
  'xliff.text.ownLanguage': '{file}: اللغة الهدف "{language}" هي لغة النص نفسه.',
  'texts.ref.invalid':
    '"{ref}" لا يشير إلى {kind, select, statement {أي بيان} publication {أي منشور} event {أي فعالية} other {أي فرع من التقرير}}: حدد {kind, select, report_section {سنة وفرعًا، مثل 2022.foreword} other {رقمًا}}.',
  'texts.ref.expected': 'يجب أن يكون {kind, select, report_section {سنة وفرعًا، مثل 2022.foreword} other {رقمًا}}',
};

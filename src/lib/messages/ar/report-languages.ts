import type { reportLanguages as english } from '../en/report-languages';
import type { Translation } from '../types';

export const reportLanguages: Translation<typeof english> = {
  'report.narrative.originalOnly':
    '{language, select, en {هذا الفرع متاح باللغة الإنكليزية فقط.} fr {هذا الفرع متاح باللغة الفرنسية فقط.} es {هذا الفرع متاح باللغة الإسبانية فقط.} ar {هذا الفرع متاح باللغة العربية فقط.} ru {هذا الفرع متاح باللغة الروسية فقط.} zh {هذا الفرع متاح باللغة الصينية فقط.} other {هذا الفرع متاح بلغته الأصلية فقط.}}',
  'report.figure.noData': '{subject}: لا توجد بيانات.',
  'report.snapshotMissing': 'اعتُمد تقرير عام {year} في صيغته النهائية قبل أن يتسنى إعداده بهذه اللغة. يُرجى إعادة فتحه واعتماده نهائياً من جديد لتثبيته بجميع اللغات.',

  'reports.generate.language': 'لغة التقرير',
  'reports.files.language': 'اللغة',
  'reports.view.languages': 'هذا التقرير بلغات أخرى',

  'report.cli.step.compile': 'جارٍ تجميع البيانات',
  'report.cli.step.html': 'جارٍ إعداد الصفحة الشبكية',
  'report.cli.step.pdf': 'جارٍ طباعة ملف PDF',
  'report.cli.step.docx': 'جارٍ إعداد مستند Word',
  'report.cli.step.csv': 'جارٍ إعداد بيانات الأشكال',
  'report.cli.step.done': 'اكتمل',
  'report.cli.summary': 'تقرير عام {year} باللغة {language} ({status}، البيانات في {moment}): {count, plural, zero {لا ملفات} one {ملف واحد} two {ملفان} few {# ملفات} many {# ملفاً} other {# ملف}}.',

  'messages.problem.unknownKey': 'لا توجد في الفهرس رسالة تحمل هذا المعرِّف',
  'messages.problem.invalid': 'ليست رسالة ICU صحيحة ({error})',
  'messages.problem.placeholders': 'العناصر النائبة تختلف عن الإنكليزية: المتوقع {expected}، والموجود {found}',
  'messages.problem.markup': 'الترميز يختلف عن الإنكليزية: المتوقع {expected}، والموجود {found}',
  'messages.problem.plurals': 'تنقص صيغةَ جمعٍ الفئاتُ {missing} التي تتطلبها اللغة {language}',
  'messages.problem.duplicate': 'يرد هذا المعرِّف أكثر من مرة في الملف',
  'messages.problem.none': 'لا شيء',
  'messages.import.refused':
    'لم يُستورد أي شيء: {count, plural, zero {لا توجد وحدات بها مشاكل} one {وحدة واحدة بها مشكلة} two {وحدتان بهما مشاكل} few {# وحدات بها مشاكل} many {# وحدة بها مشاكل} other {# وحدة بها مشاكل}}.',
  'messages.import.done':
    '{count, plural, =0 {لم تتغير أي رسالة} zero {لم تُستورد أي رسالة} one {استُوردت رسالة واحدة} two {استُوردت رسالتان} few {استُوردت # رسائل} many {استُوردت # رسالة} other {استُوردت # رسالة}} للغة {language}.',
  'messages.export.done': '{count, plural, zero {لم تُكتب أي وحدة} one {كُتبت وحدة واحدة} two {كُتبت وحدتان} few {كُتبت # وحدات} many {كُتبت # وحدة} other {كُتبت # وحدة}}، منها {translated} مترجمة.',
};

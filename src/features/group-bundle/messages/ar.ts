import type { Translation } from '../../../lib/i18n';
import type { en } from './en';

export const ar: Translation<typeof en> = {
  'groupBundle.yaml': 'ليس بصيغة YAML صحيحة: {detail}',
  'groupBundle.notMapping': 'يجب أن يكون مجموعة من الحقول المسماة',
  'groupBundle.notList': 'يجب أن يكون قائمة',
  'groupBundle.unknownField': '"{field}" ليس حقلًا معروفًا',
  'groupBundle.required': 'إلزامي',
  'groupBundle.notText': 'يجب أن يكون نصًا',
  'groupBundle.empty': 'يجب ألا يكون فارغًا',
  'groupBundle.tooLong': 'يجب ألا يتجاوز {max} حرفًا',
  'groupBundle.notYear': 'يجب أن يكون سنة بين {from} و{to}',
  'groupBundle.notDate': 'يجب أن يكون تاريخًا بالصيغة YYYY أو YYYY-MM أو YYYY-MM-DD',
  'groupBundle.notCount': 'يجب أن يكون عددًا صحيحًا بين 1 و{max}',
  'groupBundle.notBoolean': 'يجب أن تكون قيمته true أو false',
  'groupBundle.oneOf': 'يجب أن يكون إحدى القيم التالية: {choices}',
  'groupBundle.format': 'يجب أن يكون "{expected}"، وهو الشكل الذي يقرؤه هذا الإصدار',
  'groupBundle.slug': 'يجب أن يتكون من حروف لاتينية صغيرة وأرقام وشرطات (مثل policy-support-group)',
  'groupBundle.code': 'يجب أن يكون رمزًا من حروف لاتينية صغيرة وأرقام وشرطات سفلية',
  'groupBundle.duplicate': '"{value}" مذكور مرتين (أول مرة في السطر {line})',
  'groupBundle.unknownOrganization': '"{acronym}" ليست من منظمات هذا الملف ولا من المنظمات المسجلة',
  'groupBundle.ownSuccessor': 'لا يجوز أن تكون المنظمة خلفًا لنفسها',
  'groupBundle.leftBeforeJoined': 'يجب ألا تسبق سنة انضمام المنظمة ({year})',
  'groupBundle.closedBeforeFormed': 'يجب ألا يسبق تاريخ إنشاء الفريق ({date})',
  'groupBundle.problems':
    '{file}: لم يُحفظ أي شيء؛ {count, plural, zero {لا توجد مشكلات} one {توجد مشكلة واحدة} two {توجد مشكلتان} few {توجد # مشكلات} many {توجد # مشكلة} other {توجد # مشكلة}} يلزم تصحيحها:',
  'groupBundle.imported':
    '{file}: استُورد في معاملة واحدة. السجلات الجديدة: المنظمات وأعداد الأعضاء والوقائع التاريخية {members}؛ فترات الرئاسة {terms}؛ الأولويات {priorities}؛ الأفرقة العاملة {groups}. وتُركت السجلات الموجودة على حالها.',
  'groupBundle.failed': '{file}: لم يُحفظ أي شيء، وبقيت قاعدة البيانات على حالها. السبب: {reason}',
  'groupBundle.exported': '{file}: كُتب. المنظمات {members}؛ فترات الرئاسة {terms}؛ الأفرقة العاملة {groups}.',
  'groupBundle.usageImport': 'الاستخدام: icat import-group FILE.yaml (docs/group-bundle.md)',
  'groupBundle.usageExport': 'الاستخدام: icat export-group FILE.yaml [--force] (docs/group-bundle.md)',
  'groupBundle.exists': '{file} موجود بالفعل؛ أضف ‎--force لاستبداله.',
  'groupBundle.seedStep': 'البيانات المرجعية للفريق (seed/reference/icat.group.yaml)',
  'groupBundle.seedFailed': 'توقف icat seed دون أن يحفظ أي شيء، وبقيت قاعدة البيانات على حالها. السبب: {reason}',
};

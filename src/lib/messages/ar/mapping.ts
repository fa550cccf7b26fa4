import type { mapping as english } from '../en/mapping';
import type { Translation } from '../types';

export const mapping: Translation<typeof english> = {
  'mapping.title': 'خريطة جهود الأعضاء',
  'mapping.description': 'أين تعمل المنظمات الأعضاء، وما أشكال الاستغلال التي تتصدى لها، وما أنواع التدخلات التي تنفذها.',
  'mapping.sample': 'الملفات المعروضة بيانات نموذجية لأغراض العرض التوضيحي، وليست بيانات الفريق نفسه.',
  'mapping.filters': 'تصفية خريطة الجهود',
  'mapping.filter.any': 'أي قيمة',
  'mapping.filtered':
    '{count, plural, zero {لا توجد منظمات مطابقة لعوامل التصفية هذه.} one {توجد منظمة واحدة مطابقة لعوامل التصفية هذه.} two {توجد منظمتان مطابقتان لعوامل التصفية هذه.} few {توجد {count} منظمات مطابقة لعوامل التصفية هذه.} many {توجد {count} منظمة مطابقة لعوامل التصفية هذه.} other {توجد {count} منظمة مطابقة لعوامل التصفية هذه.}}',
  'mapping.figure.valueTitle': 'المنظمات',
  'mapping.table.caption': 'المنظمات الأعضاء وملفاتها',
  'mapping.table.asOf': 'تاريخ الملف',
  'mapping.download': 'تنزيل الجدول (CSV)',
  'mapping.none': 'لا توجد منظمة مطابقة لعوامل التصفية هذه.',
};

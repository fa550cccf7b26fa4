import type { Translation } from '../../../lib/i18n';
import type { en } from './en';

export const ar: Translation<typeof en> = {
  'audit.title': 'سجل التدقيق',
  'audit.intro': 'كل تغيير يُجرى على المنصة: من أجراه، ومتى، وما هو، والقيم قبله وبعده. ولا يمكن تغيير القيود أو حذفها.',
  'audit.filter.person': 'الشخص (البريد الإلكتروني)',
  'audit.filter.entity': 'المنظمة (المختصر)',
  'audit.filter.table': 'نوع السجل',
  'audit.filter.table.all': 'جميع الأنواع',
  'audit.filter.from': 'من',
  'audit.filter.to': 'إلى',
  'audit.export': 'تنزيل بصيغة CSV',
  'audit.column.at': 'التوقيت',
  'audit.column.who': 'الشخص',
  'audit.column.action': 'الإجراء',
  'audit.column.record': 'السجل',
  'audit.column.entity': 'المنظمة',
  'audit.column.change': 'التغيير',
  'audit.none': 'لا يوجد قيد مطابق لعوامل التصفية هذه.',
  'audit.count': '{count, plural, zero {لا توجد قيود} one {قيد واحد} two {قيدان} few {{count} قيود} many {{count} قيدًا} other {{count} قيد}}',
};

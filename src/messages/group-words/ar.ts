import type { Translation } from '../../lib/i18n';
import type { en } from './en';

export const ar: Translation<typeof en> = {
  'role.advisors.unnamed': 'مستشار',
  'raised.role.advisorsNotOffered': 'لا يوجد لدى الفريق دور استشاري: يُرجى اختيار دور آخر.',
  'reports.narrative.crises.unnamed': 'الأفرقة العاملة: مقدمة',
  'mail.passwordReset.subject': 'إعادة تعيين كلمة المرور على منصة {group} للتنسيق',
  'mail.passwordReset.body':
    'السيد(ة) {name}،\n\nوردنا طلب لإعادة تعيين كلمة مرور حسابك. إن كنت أنت من قدّم الطلب، فيُرجى اختيار كلمة مرور جديدة في غضون ساعتين عبر هذا الرابط (يصلح لمرة واحدة):\n\n{link}\n\nوإن لم تكن أنت من قدّمه، فتجاهل هذه الرسالة؛ وستبقى كلمة المرور دون تغيير.\n',
  'mail.reminder.subject': 'تذكير: تقرير التقدم المحرز ({group}) عن الفترة {period} مطلوب في موعد أقصاه {deadline}',
  'mail.reminder.body':
    'السيد(ة) {name}،\n\nيحل في {deadline} موعد تقديم تقارير التقدم المحرز الخاصة بـ {entity} عن فترة الإبلاغ {period}، ولم تُقدَّم جميعها بعد.\nيمكنك إعدادها وتقديمها من هنا: {link}\n\nهذا هو التذكير الوحيد الذي ستتلقاه بشأن هذه الفترة.',
};

import type { Translation } from '../../../lib/i18n';
import type { en } from './en';

export const ar: Translation<typeof en> = {
  'nav.work': 'أعمالي',
  'nav.work.count':
    '{count, plural, zero {لا توجد مهام بانتظارك} one {مهمة واحدة بانتظارك} two {مهمتان بانتظارك} few {{count} مهام بانتظارك} many {{count} مهمة بانتظارك} other {{count} مهمة بانتظارك}}',
  'work.title': 'أعمالي',
  'work.intro': 'كل ما ينتظر إجراءً منك، مصنفًا حسب النوع، والأقرب موعدًا أولًا. وتتغير القائمة كلما أحال إليك الآخرون عملًا وكلما أنجزت ما لديك.',
  'work.summary':
    '{count, plural, zero {لا توجد مهام بانتظارك.} one {مهمة واحدة بانتظارك.} two {مهمتان بانتظارك.} few {{count} مهام بانتظارك.} many {{count} مهمة بانتظارك.} other {{count} مهمة بانتظارك.}}',
  'work.summary.none': 'لا يوجد ما ينتظرك حاليًا.',
  'work.section.review': 'تقارير مرحلية للاستعراض',
  'work.section.returned': 'تقارير أُعيدت إلى منظمتك',
  'work.section.round': 'جولات تأييد بانتظار موقف منظمتك',
  'work.section.consultation': 'مشاورات مفتوحة لك',
  'work.section.comments': 'تعليقات مفتوحة على نصوص أنشأتها',
  'work.section.report': 'تقارير سنوية للإنجاز',
  'work.section.invitation': 'دعوات لم تُقبل بعد',
  'work.empty.review': 'لا يوجد ما يُستعرض. عندما تقدّم منظمة تقريرًا مرحليًا تتولى أنت استعراضه (بصفتك من الرئاسة المشتركة لعامه، أو من الأمانة)، يظهر هنا.',
  'work.empty.returned': 'لا توجد تقارير معادة. عندما يعيد الرئيسان المشاركان تقريرًا لمنظمتك مشفوعًا بتعليق، يظهر هنا.',
  'work.empty.round': 'لا توجد جولة بانتظار منظمتك. عندما تُفتح جولة تأييد، تظهر هنا إلى أن يُسجَّل موقف منظمتك.',
  'work.empty.consultation': 'لا توجد مشاورة مفتوحة لك. عندما يدعو الرئيسان المشاركان دورك إلى التعليق على مشروع ما، يظهر هنا.',
  'work.empty.comments': 'لا توجد تعليقات مفتوحة. عندما يعلّق أحد على نص أنشأته، يظهر التعليق هنا إلى أن يُعالَج.',
  'work.empty.report': 'لا يوجد تقرير للإنجاز. يظهر هنا التقرير السنوي لأي عام تعمل عليه ما دام في مرحلة المشروع.',
  'work.empty.invitation': 'قُبلت جميع الدعوات. يظهر هنا أي زميل تدعوه إلى أن يحدد كلمة مروره.',
  'work.due.day': 'الموعد النهائي: {date}',
  'work.due.at': 'الموعد النهائي: {moment}',
  'work.expires': 'تنتهي صلاحية الرابط: {moment}',
  'work.detail.review': '{entity}، {period}',
  'work.detail.returned': '{entity}، {period}',
  'work.detail.comments':
    '{count, plural, zero {لا توجد تعليقات مفتوحة} one {تعليق مفتوح واحد} two {تعليقان مفتوحان} few {{count} تعليقات مفتوحة} many {{count} تعليقًا مفتوحًا} other {{count} تعليق مفتوح}}',
  'work.detail.report': 'التقرير السنوي لعام {year} في مرحلة المشروع',
  'work.detail.invitation': '{email} {entity}',
  'work.message': 'الرسالة: {message}',
  'work.reviewComment': 'تعليق من الرئيسين المشاركين: {message}',
};

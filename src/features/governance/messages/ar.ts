import type { Translation } from '../../../lib/i18n';
import type { en } from './en';

export const ar: Translation<typeof en> = {
  'nav.governance': 'الحوكمة',
  'governance.title': 'الرئاسة والولايات والأولويات',
  'governance.intro': 'تتولى منظمتان عضوان الرئاسة المشتركة للفريق كل عام، ويؤيدهما {principals} في اجتماعهم المعقود في العام السابق. ويحدد الرئيسان المشاركان أولويات ولايتهما.',
  'governance.plan': 'خطة العمل',
  'governance.current': 'الحالية',
  'governance.chair': 'الرئيس',
  'governance.cochairs': 'الرئيسان المشاركان',
  'governance.chairs.unknown': 'غير معروف من المصادر العامة',
  'governance.endorsed': 'التأييد',
  'governance.endorsed.decision': 'المقرر {reference}',
  'governance.endorsed.unknown': 'التاريخ غير معروف',
  'governance.note': 'ملاحظة',
  'governance.uncertain': 'جزء من هذا السجل غير مؤكد: فالمصادر لا تشير إليه إلا ضمنًا.',
  'governance.priorities': 'الأولويات',
  'governance.priorities.uncertain': 'صياغة بعض الأولويات غير مؤكدة جزئيًا في المصدر.',
  'governance.priorities.none': 'لا توجد أولويات مسجَّلة لهذه الولاية.',
  'governance.crossCutting': 'مسائل شاملة',
  'governance.pledges': 'التعهدات والتقدم المحرز في عام {year}',
  'governance.unknown': 'الرئيس غير معروف: لا يذكره أي مصدر عام.',
  outOfTerm: 'الإجراء «{action}» مخصص للأمانة وللرئيسين المشاركين لعام {year}. وتتولى منظمتك الرئاسة المشتركة في {years}، ولذلك فهو غير متاح لك حاليًا.',
  'outOfTerm.noTerm': 'الإجراء «{action}» مخصص للأمانة وللرئيسين المشاركين لعام {year}. ولا تتولى منظمتك الرئاسة المشتركة في عام {year}، ولذلك فهو غير متاح لك حاليًا.',
};

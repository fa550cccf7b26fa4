import type { Translation } from '../../../lib/i18n';
import type { en } from './en';

export const ar: Translation<typeof en> = {
  'search.title': 'البحث',
  'search.titleFor': 'البحث: {q}',
  'search.intro': 'بحث واحد يشمل المنشورات والبيانات والفعاليات والاجتماعات والمقررات، ويشمل كذلك، بالنسبة إلى الأعضاء، مشاركات أفرقتهم العاملة.',
  'search.label': 'البحث عن',
  'search.submit': 'بحث',
  'search.count': '{count, plural, zero {لا توجد نتائج} one {نتيجة واحدة} two {نتيجتان} few {{count} نتائج} many {{count} نتيجة} other {{count} نتيجة}}',
  'search.none': 'لا توجد نتائج مطابقة لعبارة «{q}».',
  'search.empty': 'اكتب بضع كلمات للبحث.',
  'search.facets': 'تضييق نطاق النتائج',
  'search.facet.kind': 'النوع',
  'search.facet.year': 'السنة',
  'search.facet.all': 'الكل',
  'search.kind.publication': 'منشور',
  'search.kind.statement': 'بيان',
  'search.kind.event': 'فعالية',
  'search.kind.meeting': 'اجتماع',
  'search.kind.decision': 'مقرر',
  'search.kind.group_post': 'مشاركة في فريق',
  'search.visibility.members': 'للأعضاء فقط',
  'search.visibility.group': 'للفريق العامل فقط',
  'search.hint': 'ضع العبارة بين علامتي تنصيص للبحث عنها كما هي ("lasting crises")، أو ضع علامة الطرح قبل كلمة لاستبعادها (-Ukraine).',
};

import type { groupWiring as english } from '../en/group-wiring';
import type { Translation } from '../types';

export const groupWiring: Translation<typeof english> = {
  'groupWiring.reportSections': 'أقسام التقرير الخاصة بالفريق',
  'groupWiring.reportSections.hint':
    'يجوز أن يتضمن التقرير السنوي قسماً عن كيفية استجابة الأفرقة العاملة للأزمات والنزاعات. ولإدراجه، يُرجى تسميته بالإنكليزية (وتُعرض التسمية الإنكليزية في أي لغة تُترك خانتها فارغة)؛ وإذا تُركت جميع التسميات فارغة، لا يتضمن التقرير هذا القسم.',
  'groupWiring.reportSection.crises': 'اسم القسم المتعلق بالأزمات باللغة {language}',
};

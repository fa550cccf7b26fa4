import type { Translation } from '../../lib/i18n';
import type { en } from './en';

export const ar: Translation<typeof en> = {
  'account.language': 'اللغة',
  'account.language.hint': 'تُعرض الصفحات التي تطّلع عليها بعد تسجيل الدخول، وتُحرَّر الرسائل التي ترسلها إليك المنصة، بهذه اللغة.',
  'account.language.browser': 'حسب لغة المتصفح',
  'account.language.saved': 'حُفظت لغتك.',
  'account.language.invalid': 'يُرجى اختيار إحدى اللغات المتاحة.',
  'account.language.save': 'حفظ اللغة',
  'round.rule.withQuorum': '{rule}، النصاب: {quorum}',
};

import type { languages as english } from '../en/languages';
import type { Translation } from '../types';

export const languages: Translation<typeof english> = {
  'site.language': 'اللغة',
  'account.language': 'اللغة',
  'account.language.hint': 'تُعرض الصفحات التي تطّلع عليها بعد تسجيل الدخول، وتُحرَّر الرسائل التي ترسلها إليك المنصة، بهذه اللغة.',
  'account.language.browser': 'حسب لغة المتصفح',
  'account.language.saved': 'حُفظت لغتك.',
  'account.language.invalid': 'يُرجى اختيار إحدى اللغات المتاحة.',
  'account.language.save': 'حفظ اللغة',
  'round.rule.withQuorum': '{rule}، النصاب: {quorum}',
};

import type { languages as english } from '../en/languages';
import type { Translation } from '../types';

export const languages: Translation<typeof english> = {
  'site.language': 'Язык',
  'account.language': 'Язык',
  'account.language.hint': 'На этом языке отображаются страницы после входа в систему и составляются письма, которые вам направляет платформа.',
  'account.language.browser': 'Как в настройках браузера',
  'account.language.saved': 'Язык сохранен.',
  'account.language.invalid': 'Выберите один из предложенных языков.',
  'account.language.save': 'Сохранить язык',
  'round.rule.withQuorum': '{rule}, кворум: {quorum}',
};

import type { Translation } from '../../lib/i18n';
import type { en } from './en';

export const ru: Translation<typeof en> = {
  'account.language': 'Язык',
  'account.language.hint': 'На этом языке отображаются страницы после входа в систему и составляются письма, которые вам направляет платформа.',
  'account.language.browser': 'Как в настройках браузера',
  'account.language.saved': 'Язык сохранен.',
  'account.language.invalid': 'Выберите один из предложенных языков.',
  'account.language.save': 'Сохранить язык',
  'round.rule.withQuorum': '{rule}, кворум: {quorum}',
};

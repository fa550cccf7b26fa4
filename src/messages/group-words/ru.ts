import type { Translation } from '../../lib/i18n';
import type { en } from './en';

export const ru: Translation<typeof en> = {
  'role.advisors.unnamed': 'Консультант',
  'raised.role.advisorsNotOffered': 'В группе не предусмотрена консультативная роль: выберите другую роль.',
  'reports.narrative.crises.unnamed': 'Рабочие группы: введение',
  'mail.passwordReset.subject': 'Сброс пароля на координационной платформе {group}',
  'mail.passwordReset.body':
    'Уважаемый(-ая) {name}!\n\nПоступил запрос на сброс пароля вашей учетной записи. Если запрос отправили вы, задайте новый пароль в течение 2 часов по этой ссылке (она действует один раз):\n\n{link}\n\nЕсли запрос отправили не вы, не обращайте внимания на это сообщение: ваш пароль останется прежним.\n',
  'mail.reminder.subject': 'Напоминание: отчет о ходе работы ({group}) за период {period} необходимо представить до {deadline}',
  'mail.reminder.body':
    'Уважаемый(-ая) {name}!\n\nОтчеты о ходе работы {entity} за отчетный период {period} необходимо представить до {deadline}, однако пока представлены не все.\nПодготовить и представить их можно здесь: {link}\n\nДругих напоминаний за этот период не будет.',
};

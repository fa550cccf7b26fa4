import type { Translation } from '../../../lib/i18n';
import type { en } from './en';

export const ru: Translation<typeof en> = {
  'nav.notifications': 'Уведомления',
  'nav.notifications.count':
    '{count, plural, one {{count} непрочитанное уведомление} few {{count} непрочитанных уведомления} many {{count} непрочитанных уведомлений} other {{count} непрочитанного уведомления}}',
  'notification.kind.update_submitted': 'Отчет о ходе работы представлен на рассмотрение (сопредседателям соответствующего года)',
  'notification.kind.update_returned': 'Отчет о ходе работы вашей организации возвращен',
  'notification.kind.update_accepted': 'Отчет о ходе работы вашей организации принят',
  'notification.kind.round_opened': 'Открыт раунд одобрения (для координаторов)',
  'notification.kind.round_closing': 'Раунд одобрения завершится через 48 часов, а позиция вашей организации не зарегистрирована',
  'notification.kind.consultation_opened': 'Вам предложено высказать замечания в рамках консультации',
  'notification.kind.comment_reply': 'Кто-то прокомментировал тот же абзац после вас',
  'notification.update_submitted.subject': 'Отчет о ходе работы на рассмотрение: {entity}, {title}',
  'notification.update_submitted.body':
    '{entity} представляет на рассмотрение отчет о ходе работы по «{title}» ({period}). Как сопредседатель {year} года вы принимаете его или возвращаете с комментарием.',
  'notification.update_returned.subject': 'Отчет о ходе работы возвращен: {title}',
  'notification.update_returned.body':
    '{reviewer} возвращает отчет о ходе работы организации {entity} по «{title}» ({period}). Внесите изменения в соответствии с комментарием и представьте отчет снова.',
  'notification.update_accepted.subject': 'Отчет о ходе работы принят: {title}',
  'notification.update_accepted.body': '{reviewer} принимает отчет о ходе работы организации {entity} по «{title}» ({period}).',
  'notification.round_opened.subject': 'Раунд одобрения: {title}',
  'notification.round_opened.body':
    'Текст «{title}» (версия {version}) открыт для одобрения до {deadline}.\nПравило: {rule}.\nПросьба зарегистрировать позицию вашей организации (одобрить, воздержаться или возразить); ее можно изменить до завершения раунда.',
  'notification.round_closing.subject': 'Раунд одобрения завершается {deadline}: {title}',
  'notification.round_closing.body':
    'Раунд одобрения по тексту «{title}» завершается {deadline}, а позиция организации {entity} еще не зарегистрирована. Просьба зарегистрировать ее (одобрить, воздержаться или возразить) до указанного срока.',
  'notification.consultation_opened.subject': 'Консультация: {title}',
  'notification.consultation_opened.body':
    'Вам предлагается прокомментировать проект «{title}» до {deadline}.\nКомментарии привязываются к абзацу. Вы можете попросить, чтобы ваш комментарий отображался только с указанием вашей роли, без имени.',
  'notification.comment_reply.subject': 'Новый комментарий после вашего: {title}',
  'notification.comment_reply.body': '{author} прокомментировал(а) абзац {paragraph} текста «{title}», к которому вы также оставили комментарий.',
  'notification.message': 'Сообщение ({from}):\n{message}',
  'notification.from.penHolders': 'сопредседатели',
  'notification.mail.greeting': 'Уважаемый(-ая) {name}!',
  'notification.mail.open': 'Открыть: {link}',
  'notification.mail.footer': 'Вы получили это письмо в соответствии с вашими настройками уведомлений. Изменить их можно здесь: {link}',
  'notification.digest.subject':
    '{count, plural, one {Платформа {group}: {count} уведомление за день} few {Платформа {group}: {count} уведомления за день} many {Платформа {group}: {count} уведомлений за день} other {Платформа {group}: {count} уведомления за день}}',
  'notification.digest.intro': 'События на платформе, касающиеся вас, с момента предыдущей сводки:',
  'notifications.title': 'Уведомления',
  'notifications.intro':
    'Все переданные вам задачи: отчеты на рассмотрение, возвращенные или принятые отчеты, раунды одобрения и консультации, комментарии после ваших. Письма отправляются в соответствии с вашими настройками; кроме того, все уведомления перечислены здесь.',
  'notifications.unreadCount': '{count, plural, one {{count} непрочитанное} few {{count} непрочитанных} many {{count} непрочитанных} other {{count} непрочитанного}}',
  'notifications.none': 'Уведомлений пока нет. Когда вам передадут работу (отчет на рассмотрение, раунд, требующий ответа, комментарий после вашего), она появится здесь.',
  'notifications.unread': 'Непрочитанное',
  'notifications.markRead': 'Отметить как прочитанное',
  'notifications.markAllRead': 'Отметить все как прочитанные',
  'notifications.preferencesLink': 'Выбрать уведомления, получаемые по почте',
  'notifications.notice.read': 'Отмечено как прочитанное.',
  'notifications.notice.allRead': 'Все уведомления отмечены как прочитанные.',
  'notifications.caption': 'Уведомления, начиная с новых',
  'preferences.title': 'Уведомления по почте',
  'preferences.intro': 'Для каждого вида уведомлений выберите: письмо сразу, ежедневная сводка или без писем. Независимо от выбора все уведомления отображаются в разделе «Уведомления».',
  'preferences.mode.immediate': 'Письмо сразу',
  'preferences.mode.daily': 'Ежедневная сводка в 07:00 UTC',
  'preferences.mode.none': 'Без писем, только в списке здесь',
  'preferences.groups.title': 'Новые сообщения в ваших рабочих группах',
  'preferences.groups.intro': 'Для каждой рабочей группы выберите: письмо о каждом новом сообщении, еженедельная сводка или без писем. Это та же настройка, что и на странице группы.',
  'preferences.groups.none': 'Вы пока не состоите ни в одной рабочей группе. Здесь появятся группы вашей организации.',
  'preferences.groups.hint': 'Письма о новых сообщениях в этой группе',
  'preferences.groups.save': 'Сохранить выбор для группы {group}',
  'preferences.groups.open': 'Открыть группу {group}',
  'preferences.saved': 'Ваши настройки сохранены.',
  'preferences.submit': 'Сохранить настройки',
};

import type { Translation } from '../../../lib/i18n';
import type { en } from './en';

export const ru: Translation<typeof en> = {
  'admin.signIn.title': 'Вход',
  'admin.signIn.intro':
    'Поставщики удостоверений позволяют сотрудникам организаций-членов входить с учетной записью, предоставленной их организацией (Microsoft Entra ID, Okta, Keycloak или любой поставщик OpenID Connect). Роли назначаются здесь: при первом входе создается учетная запись члена той организации, которую обслуживает поставщик.',
  'admin.signIn.redirect': 'Зарегистрируйте этот URI перенаправления у каждого поставщика:',
  'admin.signIn.providers': 'Поставщики удостоверений',
  'admin.signIn.none': 'Поставщики удостоверений не настроены: все входят с паролем.',
  'admin.signIn.add': 'Добавить поставщика удостоверений',
  'admin.signIn.name': 'Название на кнопке входа',
  'admin.signIn.issuer': 'URL издателя',
  'admin.signIn.issuer.hint': 'Издатель (issuer) поставщика, как указано в его /.well-known/openid-configuration (для Entra ID: https://login.microsoftonline.com/TENANT/v2.0).',
  'admin.signIn.clientId': 'Идентификатор клиента',
  'admin.signIn.clientSecret': 'Секрет клиента',
  'admin.signIn.clientSecret.keep': 'Сохранен, оканчивается на {end}. Оставьте поле пустым, чтобы сохранить его.',
  'admin.signIn.entities': 'Обслуживаемые организации (аббревиатуры, по одной на строке; новые учетные записи относятся к первой)',
  'admin.signIn.domains': 'Подтверждаемые домены электронной почты (по одному на строке)',
  'admin.signIn.passwordsAllowed': 'Пользователи из этих доменов могут по-прежнему входить с паролем',
  'admin.signIn.save': 'Сохранить поставщика',
  'admin.signIn.remove': 'Удалить',
  'admin.signIn.confirmRemove': 'Удалить этого поставщика удостоверений? Его пользователи больше не смогут входить через него.',
  'admin.signIn.saved': 'Поставщик удостоверений сохранен.',
  'admin.signIn.removed': 'Поставщик удостоверений удален.',
  'admin.signIn.approval': 'Новые учетные записи',
  'admin.signIn.approvalRequired': 'Учетные записи, созданные при первом входе через поставщика, ожидают одобрения администратором или координатором организации',
  'admin.signIn.approvalSaved': 'Настройка сохранена.',
};

import type { Translation } from '../../lib/i18n';
import type { en } from './en';

export const zh: Translation<typeof en> = {
  'role.advisors.unnamed': '顾问',
  'raised.role.advisorsNotOffered': '本小组未设咨询角色：请选择其他角色。',
  'reports.narrative.crises.unnamed': '工作组：引言',
  'mail.passwordReset.subject': '重置您在 {group} 协调平台的密码',
  'mail.passwordReset.body':
    '{name}：\n\n有人请求重置您账户的密码。如系您本人提出，请在2小时内通过以下链接选择新密码（链接仅可使用一次）：\n\n{link}\n\n如非您本人提出，请忽略此邮件；您的密码将保持不变。\n',
  'mail.reminder.subject': '提醒：{group} 进展报告（{period}）须于{deadline}前提交',
  'mail.reminder.body': '{name}：\n\n{entity}在报告期{period}的进展报告须于{deadline}前提交，目前尚未全部提交。\n您可在此填写并提交：{link}\n\n本报告期内您只会收到这一次提醒。',
};

import type { Translation } from '../../lib/i18n';
import type { en } from './en';

export const zh: Translation<typeof en> = {
  'account.language': '语言',
  'account.language.hint': '登录后看到的页面以及平台发给您的邮件均使用此语言。',
  'account.language.browser': '与浏览器语言一致',
  'account.language.saved': '您的语言设置已保存。',
  'account.language.invalid': '请从所列语言中选择一种。',
  'account.language.save': '保存语言',
  'round.rule.withQuorum': '{rule}，法定人数：{quorum}',
};

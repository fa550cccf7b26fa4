import type { Translation } from '../../../lib/i18n';
import type { en } from './en';

export const zh: Translation<typeof en> = {
  'messages.problem.unknownKey': '目录中没有使用此标识符的消息',
  'messages.problem.invalid': '不是有效的 ICU 消息（{error}）',
  'messages.problem.placeholders': '占位符与英文不同：应为 {expected}，实为 {found}',
  'messages.problem.markup': '标记与英文不同：应为 {expected}，实为 {found}',
  'messages.problem.plurals': '某一复数形式缺少{language}所需的类别 {missing}',
  'messages.problem.duplicate': '此标识符在文件中出现不止一次',
  'messages.problem.none': '无',
  'messages.import.refused': '未导入任何内容：{count, plural, other {#个单元存在问题}}。',
  'messages.import.done': '{language}：{count, plural, =0 {没有消息发生变化} other {已导入#条消息}}。',
  'messages.export.done': '{count, plural, other {已写入#个单元}}，其中{translated}个附有译文。',
};

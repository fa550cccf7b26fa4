import type { reportLanguages as english } from '../en/report-languages';
import type { Translation } from '../types';

export const reportLanguages: Translation<typeof english> = {
  'report.narrative.originalOnly':
    '{language, select, en {本节仅有英文版本。} fr {本节仅有法文版本。} es {本节仅有西班牙文版本。} ar {本节仅有阿拉伯文版本。} ru {本节仅有俄文版本。} zh {本节仅有中文版本。} other {本节仅有原文版本。}}',
  'report.figure.noData': '{subject}：无数据。',
  'report.snapshotMissing': '{year}年报告在能够以该语言编写之前已定稿。请重新打开报告并再次定稿，以便以所有语言固定其内容。',

  'reports.generate.language': '报告语言',
  'reports.files.language': '语言',
  'reports.view.languages': '本报告的其他语言版本',

  'report.cli.step.compile': '正在汇编数据',
  'report.cli.step.html': '正在编写网页',
  'report.cli.step.pdf': '正在打印 PDF',
  'report.cli.step.docx': '正在编写 Word 文档',
  'report.cli.step.csv': '正在编写图表数据',
  'report.cli.step.done': '完成',
  'report.cli.summary': '{year}年报告，语言：{language}（{status}，数据截至{moment}）：{count, plural, other {#个文件}}。',

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

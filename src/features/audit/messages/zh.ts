import type { Translation } from '../../../lib/i18n';
import type { en } from './en';

export const zh: Translation<typeof en> = {
  'audit.title': '审计日志',
  'audit.intro': '平台上的每项更改：操作人、时间、内容以及更改前后的值。日志条目不可更改或删除。',
  'audit.filter.person': '人员（电子邮件）',
  'audit.filter.entity': '组织（缩写）',
  'audit.filter.table': '记录类型',
  'audit.filter.table.all': '所有类型',
  'audit.filter.from': '起始日期',
  'audit.filter.to': '截止日期',
  'audit.export': '下载 CSV',
  'audit.column.at': '时间',
  'audit.column.who': '操作人',
  'audit.column.action': '操作',
  'audit.column.record': '记录',
  'audit.column.entity': '组织',
  'audit.column.change': '更改',
  'audit.none': '没有符合筛选条件的条目。',
  'audit.count': '{count, plural, other {{count}个条目}}',
};

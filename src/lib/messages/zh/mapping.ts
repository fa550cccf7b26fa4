import type { mapping as english } from '../en/mapping';
import type { Translation } from '../types';

export const mapping: Translation<typeof english> = {
  'mapping.title': '成员工作摸底',
  'mapping.description': '各成员组织的工作地域、所针对的剥削形式和干预措施类型。',
  'mapping.sample': '所示概况为用于演示的示例数据，并非本小组本身的数据。',
  'mapping.filters': '筛选摸底结果',
  'mapping.filter.any': '不限',
  'mapping.filtered': '{count, plural, other {{count}个组织符合筛选条件。}}',
  'mapping.figure.valueTitle': '组织数',
  'mapping.table.caption': '成员组织及其概况',
  'mapping.table.asOf': '概况日期',
  'mapping.download': '下载表格（CSV）',
  'mapping.none': '没有符合筛选条件的组织。',
};

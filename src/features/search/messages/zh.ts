import type { Translation } from '../../../lib/i18n';
import type { en } from './en';

export const zh: Translation<typeof en> = {
  'search.title': '搜索',
  'search.titleFor': '搜索：{q}',
  'search.intro': '一次搜索出版物、声明、活动、会议和决定；成员还可搜索其所在工作组的帖子。',
  'search.label': '搜索内容',
  'search.submit': '搜索',
  'search.count': '{count, plural, other {{count}条结果}}',
  'search.none': '没有与“{q}”匹配的内容。',
  'search.empty': '请输入几个词进行搜索。',
  'search.facets': '缩小结果范围',
  'search.facet.kind': '类型',
  'search.facet.year': '年份',
  'search.facet.all': '全部',
  'search.kind.publication': '出版物',
  'search.kind.statement': '声明',
  'search.kind.event': '活动',
  'search.kind.meeting': '会议',
  'search.kind.decision': '决定',
  'search.kind.group_post': '工作组帖子',
  'search.visibility.members': '仅限成员',
  'search.visibility.group': '仅限工作组',
  'search.hint': '用引号搜索短语（"lasting crises"），或用减号排除某个词（-Ukraine）。',
};

import type { Translation } from '../../../lib/i18n';
import type { en } from './en';

export const zh: Translation<typeof en> = {
  'nav.governance': '治理',
  'governance.title': '主席、任期和优先事项',
  'governance.intro': '每年由两个成员组织担任本小组共同主席，共同主席由{principals}在上一年的会议上核可。共同主席确定其任期内的优先事项。',
  'governance.plan': '行动计划',
  'governance.current': '本届',
  'governance.chair': '主席',
  'governance.cochairs': '共同主席',
  'governance.chairs.unknown': '公开资料中不详',
  'governance.endorsed': '核可',
  'governance.endorsed.decision': '第{reference}号决定',
  'governance.endorsed.unknown': '日期不详',
  'governance.note': '说明',
  'governance.uncertain': '此记录部分内容不确定：资料来源仅有暗示。',
  'governance.priorities': '优先事项',
  'governance.priorities.uncertain': '资料来源中部分优先事项的措辞不完全确定。',
  'governance.priorities.none': '本任期没有优先事项的记录。',
  'governance.crossCutting': '跨领域',
  'governance.pledges': '{year}年的承诺和进展',
  'governance.unknown': '主席不详：没有公开资料提及。',
  outOfTerm: '“{action}”仅限秘书处和{year}年共同主席使用。贵组织担任共同主席的年份为{years}，因此目前不向您提供此功能。',
  'outOfTerm.noTerm': '“{action}”仅限秘书处和{year}年共同主席使用。贵组织在{year}年不担任共同主席，因此目前不向您提供此功能。',
};

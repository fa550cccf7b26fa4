import type { groupWiring as english } from '../en/group-wiring';
import type { Translation } from '../types';

export const groupWiring: Translation<typeof english> = {
  'groupWiring.reportSections': '报告中本小组特有的章节',
  'groupWiring.reportSections.hint': '年度报告可包含一个章节，介绍各工作组如何应对危机和冲突。如需列入该章节，请为其填写英文名称（留空的语文将显示英文名称）；如所有名称均留空，报告中将不设该章节。',
  'groupWiring.reportSection.crises': '危机章节的{language}名称',
};

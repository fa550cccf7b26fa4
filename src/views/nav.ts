import type { NavItem } from './context';

/** The public site's main navigation, in order. */
export const publicNav: NavItem[] = [
  { href: '/', label: 'nav.home' },
  { href: '/members', label: 'nav.members' },
  { href: '/mapping', label: 'nav.mapping' },
  { href: '/publications', label: 'nav.publications' },
  { href: '/events', label: 'nav.events' },
  { href: '/statements', label: 'nav.statements' },
  { href: '/meetings', label: 'nav.meetings' },
  { href: '/governance', label: 'nav.governance' },
  { href: '/reports', label: 'nav.annualReports' },
  { href: '/about', label: 'nav.about' },
  { href: '/search', label: 'nav.search' },
];

/** The members' workspace, shown to signed-in people. */
export const workspaceNav: NavItem[] = [
  { href: '/work', label: 'nav.work', countLabel: 'nav.work.count' },
  { href: '/notifications', label: 'nav.notifications', countLabel: 'nav.notifications.count' },
  { href: '/account', label: 'nav.account' },
  { href: '/groups', label: 'nav.groups' },
  { href: '/progress', label: 'nav.progress' },
  { href: '/statements/workspace', label: 'nav.statementWorkspace', right: 'statementWorkspace' },
  { href: '/reports', label: 'nav.reportWorkspace', right: 'reportWorkspace' },
  { href: '/admin/accounts', label: 'nav.accounts', right: 'accounts' },
  { href: '/admin/audit', label: 'nav.audit', right: 'audit' },
  { href: '/admin/jobs', label: 'nav.jobs', right: 'jobs' },
  { href: '/admin/vocabularies', label: 'nav.vocabularies', right: 'vocabularies' },
  { href: '/admin/group', label: 'groupSettings.nav', right: 'groupSettings' },
  { href: '/admin/members', label: 'nav.referenceData', right: 'referenceData' },
];

import type { NavItem } from './context';

/** The public site's main navigation, in order. */
export const publicNav: NavItem[] = [
  { href: '/', label: 'nav.home' },
  { href: '/members', label: 'nav.members' },
  { href: '/mapping', label: 'nav.mapping' },
  { href: '/about', label: 'nav.about' },
];

/** The members' workspace, shown to signed-in people. */
export const workspaceNav: NavItem[] = [
  { href: '/account', label: 'nav.account' },
  { href: '/admin/accounts', label: 'nav.accounts', roles: ['admin', 'focal_point'] },
  { href: '/admin/audit', label: 'nav.audit', roles: ['admin'] },
];

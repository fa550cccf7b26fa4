import type { NavItem } from './context';

/** The public site's main navigation, in order. */
export const publicNav: NavItem[] = [
  { href: '/', label: 'nav.home' },
  { href: '/members', label: 'nav.members' },
  { href: '/mapping', label: 'nav.mapping' },
  { href: '/about', label: 'nav.about' },
];

/**
 * Who may use whom, feature by feature: the one declaration of the direction between features
 * (docs/architecture.md says why each points the way it does). A feature imports only the features
 * it lists here (routes, views and types included); the list has no cycle, so neither has the code.
 * A new feature folder is declared here before it imports or is imported
 * (.dependency-cruiser.cjs turns the list into one rule per feature, checked by `npm run depcheck`;
 * test/integration/feature-dependencies.test.ts checks the list and the code against it).
 */
const featureUses = {
  files: [],
  audit: [],
  mail: ['audit'],
  vocabularies: ['audit'],
  messages: ['audit'],
  jobs: ['audit', 'mail'],
  'group-settings': ['audit', 'files'],
  members: ['audit', 'vocabularies'],
  search: [],
  accounts: ['audit', 'mail', 'members'],
  'identity-providers': ['accounts', 'audit', 'members'],
  meetings: ['accounts', 'audit', 'mail', 'members', 'search'],
  governance: ['audit', 'meetings', 'members'],
  groups: ['accounts', 'audit', 'files', 'mail', 'members', 'search'],
  notifications: ['accounts', 'audit', 'groups', 'mail'],
  progress: ['accounts', 'audit', 'files', 'governance', 'mail', 'members', 'notifications'],
  translations: ['audit', 'members', 'search'],
  library: ['audit', 'files', 'search', 'translations'],
  statements: ['accounts', 'audit', 'meetings', 'members', 'notifications', 'search', 'translations'],
  reports: ['audit', 'files', 'governance', 'groups', 'library', 'meetings', 'members', 'progress', 'statements', 'translations', 'vocabularies'],
  'group-bundle': ['audit', 'governance', 'group-settings', 'groups', 'members', 'vocabularies'],
  site: ['governance', 'library', 'members', 'reports', 'statements'],
  work: ['accounts', 'notifications', 'progress', 'reports', 'statements'],
};

/**
 * Uses that still point back up the list and close a cycle, to be removed (not added to): each says
 * why it is there and how it goes. The order above ignores them; the rules allow exactly these
 * imports; the test fails when one is no longer needed, so that it is taken off.
 */
const cyclesToBreak = [
  {
    from: 'accounts',
    to: 'identity-providers',
    files: ['src/features/accounts/accounts.routes.ts', 'src/features/accounts/accounts.views.tsx'],
    why: 'The sign-in page lists the providers and signs out of one; identity-providers signs people in to accounts. The app should hand the sign-in page its providers.',
  },
  {
    from: 'translations',
    to: 'library',
    files: ['src/features/translations/text-sources.service.ts'],
    why: 'Finding the source of a translation asks each owner of texts; the owners should register their kind of text with translations instead.',
  },
  {
    from: 'translations',
    to: 'reports',
    files: ['src/features/translations/text-sources.service.ts'],
    why: 'As for library: report sections are a kind of text the reports feature should register.',
  },
  {
    from: 'translations',
    to: 'statements',
    files: ['src/features/translations/text-sources.service.ts'],
    why: 'As for library: statements should register their texts.',
  },
];

/** The features in an order where each comes after all it uses; throws on a cycle or an undeclared feature. */
function featureOrder(uses) {
  const order = [];
  const state = new Map();
  const visit = (feature, path) => {
    if (!(feature in uses)) throw new Error(`feature-dependencies.cjs: "${path.at(-1)}" uses "${feature}", which featureUses does not declare.`);
    if (state.get(feature) === 'done') return;
    if (state.get(feature) === 'visiting') throw new Error(`feature-dependencies.cjs: the features use each other in a cycle: ${[...path.slice(path.indexOf(feature)), feature].join(' -> ')}`);
    state.set(feature, 'visiting');
    for (const used of uses[feature]) visit(used, [...path, feature]);
    state.set(feature, 'done');
    order.push(feature);
  };
  for (const feature of Object.keys(uses)) visit(feature, []);
  return order;
}
featureOrder(featureUses);

module.exports = { featureUses, cyclesToBreak, featureOrder };

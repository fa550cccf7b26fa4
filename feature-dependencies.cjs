/**
 * Who may use whom, feature by feature: the one declaration of the direction between features
 * (docs/architecture.md says how the cycles the code once had were broken). A feature imports only the features
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

module.exports = { featureUses, featureOrder };

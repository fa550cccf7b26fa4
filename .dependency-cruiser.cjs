/**
 * The import rules of ../DESIGN.md ("Architecture"), checked on every test run:
 * routes | cli -> service -> repository -> table types -> lib.
 */

const { featureUses } = require('./feature-dependencies.cjs');

const escapeRegExp = (name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** What every feature may import from src/features/ itself: the manifest's shape and the words of its access expectations. */
const sharedByFeatures = ['^src/features/feature\\.ts$', '^src/features/route-access\\.ts$'];
const featureRules = Object.entries(featureUses).map(([feature, uses]) => ({
  name: `feature-${feature}-uses-what-it-declares`,
  comment: `${feature} may use ${uses.length > 0 ? uses.join(', ') : 'no other feature'} (feature-dependencies.cjs).`,
  severity: 'error',
  from: { path: `^src/features/${escapeRegExp(feature)}/` },
  to: { path: '^src/features/', pathNot: [...sharedByFeatures, ...[feature, ...uses].map((name) => `^src/features/${escapeRegExp(name)}/`)] },
}));

module.exports = {
  forbidden: [
    ...featureRules,
    {
      name: 'features-are-declared',
      comment: 'Every feature folder is declared in featureUses, with what it uses.',
      severity: 'error',
      from: { path: `^src/features/(?!(?:${Object.keys(featureUses).map(escapeRegExp).join('|')})/)[^/]+/` },
      to: { path: '^src/' },
    },
    {
      name: 'no-circular',
      comment: 'No cycles, except through the database type: the features use DB, and DB joins the tables of the feature list (types only).',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { pathNot: '^src/db/schema\\.ts$' } },
    },
    {
      name: 'schema-is-types-only',
      comment: 'src/db/schema.ts reads the feature list for its type only, so the cycles through it never run.',
      severity: 'error',
      from: { path: '^src/db/schema\\.ts$' },
      to: { path: '^src/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'lib-imports-nothing-internal',
      comment: 'lib/ is the bottom layer: it imports no feature, view, db or http code, nor any messages (the catalogue installs them into lib/i18n).',
      severity: 'error',
      from: { path: '^src/lib/' },
      to: { path: '^src/', pathNot: '^src/lib/' },
    },
    {
      name: 'feature-messages-are-data',
      comment: "A feature's messages (<noun>.messages.ts and messages/<lang>.ts) import only lib/i18n's types and the feature's own message files.",
      severity: 'error',
      from: { path: '^src/features/([^/]+)/(messages/|[^/]+\\.messages\\.ts$)' },
      to: { path: '^src/', pathNot: ['^src/lib/i18n\\.ts$', '^src/features/$1/messages/'] },
    },
    {
      name: 'shared-messages-are-data',
      comment: 'A shared module of messages (src/messages/<area>.messages.ts and <area>/<lang>.ts) imports only lib/i18n types and its own files.',
      severity: 'error',
      from: { path: '^src/messages/([^/]+?)(/|\\.messages\\.ts$)' },
      to: { path: '^src/', pathNot: ['^src/lib/i18n\\.ts$', '^src/messages/$1/'] },
    },
    {
      name: 'messages-use-lib-types-only',
      comment: 'Message files hold no code that runs: what they take from lib is types (Translation, MessageModule).',
      severity: 'error',
      from: { path: ['^src/features/[^/]+/messages/', '\\.messages\\.ts$', '^src/messages/[^/]+/'] },
      to: { path: '^src/lib/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'messages-reached-through-their-module',
      comment: 'A language file is read through its module (<noun>.messages.ts, src/messages/<area>.messages.ts), which the catalogue lists.',
      severity: 'error',
      from: { pathNot: ['^src/features/[^/]+/messages/', '\\.messages\\.ts$', '^src/messages/[^/]+/'] },
      to: { path: ['^src/features/[^/]+/messages/', '^src/messages/[^/]+/'] },
    },
    {
      name: 'route-access-imports-nothing',
      comment: 'The words of the access expectations (src/features/route-access.ts) are types and three builders: they import nothing.',
      severity: 'error',
      from: { path: '^src/features/route-access\\.ts$' },
      to: {},
    },
    {
      name: 'access-expectations-are-data',
      comment: "A feature's access expectations (<noun>.access.ts) and the app's (src/app.access.ts) are data: they import only src/features/route-access.ts.",
      severity: 'error',
      from: { path: '\\.access\\.ts$' },
      to: { pathNot: '^src/features/route-access\\.ts$' },
    },
    {
      name: 'policy-imports-only-lib',
      comment: "The policy decides from the actor and facts about the record; it never queries. It reads the features' rules (<noun>.policy.ts) and nothing else of them.",
      severity: 'error',
      from: { path: '^src/policy/' },
      to: { path: '^src/', pathNot: ['^src/policy/', '^src/lib/', '^src/features/[^/]+/[^/]+\\.policy\\.ts$'] },
    },
    {
      name: 'feature-rules-import-only-the-actor',
      comment: "A feature's rules see the actor and facts about the record: they import the actor, the rule types and lib, nothing of any feature.",
      severity: 'error',
      from: { path: '^src/features/[^/]+/[^/]+\\.policy\\.ts$' },
      to: { path: '^src/', pathNot: ['^src/policy/actor\\.ts$', '^src/policy/types\\.ts$', '^src/lib/'] },
    },
    {
      name: 'migrations-import-only-kysely',
      comment: 'Migrations are frozen history: they must not change when the code around them does.',
      severity: 'error',
      from: { path: '^src/db/migrations/' },
      to: { pathNot: '(^|/)node_modules/kysely/' },
    },
    {
      name: 'features-meet-through-services',
      comment: "A feature uses another feature only through its service (and the types in its schemas); a feature's manifest may name another's needs.",
      severity: 'error',
      from: { path: '^src/features/([^/]+)/' },
      to: {
        path: '^src/features/',
        pathNot: ['^src/features/$1/', ...sharedByFeatures, '\\.service\\.ts$', '\\.schemas\\.ts$', '\\.table\\.ts$', '^src/features/[^/]+/index\\.ts$'],
      },
    },
    {
      name: 'only-manifests-read-manifests',
      comment: "A feature's manifest (index.ts) is read by the feature list and by the manifests of features above it, for the needs it declares.",
      severity: 'error',
      from: { path: '^src/features/[^/]+/', pathNot: '^src/features/[^/]+/index\\.ts$' },
      to: { path: '^src/features/[^/]+/index\\.ts$' },
    },
    {
      name: 'table-types-only-from-db-and-repositories',
      comment: "Another feature's table types are for the database schema, not for its code.",
      severity: 'error',
      from: { path: '^src/features/([^/]+)/' },
      to: { path: '^src/features/[^/]+/[^/]+\\.table\\.ts$', pathNot: '^src/features/$1/' },
    },
    {
      name: 'services-know-no-http',
      comment: 'Services hold the rules: no fastify, no views, no routes, no environment.',
      severity: 'error',
      from: { path: '\\.service\\.ts$' },
      to: { path: ['(^|/)node_modules/(fastify|@fastify)/', '^src/http/', '^src/views/', '\\.views\\.tsx$', '\\.routes\\.ts$', '^src/app\\.ts$'] },
    },
    {
      name: 'services-read-no-env',
      comment: 'Only config.ts reads the environment; services get the parsed config in their deps.',
      severity: 'error',
      from: { path: '\\.service\\.ts$' },
      to: { path: '^src/config\\.ts$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'repositories-hold-no-rules',
      comment: 'Repositories are query functions: they import table types, db and lib only.',
      severity: 'error',
      from: { path: '\\.repository\\.ts$' },
      to: { path: '^src/', pathNot: ['^src/lib/', '^src/db/', '\\.table\\.ts$'] },
    },
    {
      name: 'views-never-query',
      comment: 'Views take data and return markup; they may import types from services, nothing that runs a query.',
      severity: 'error',
      from: { path: ['\\.views\\.tsx$', '^src/views/'] },
      to: { path: ['\\.service\\.ts$', '\\.repository\\.ts$', '^src/db/'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'rights-come-from-services',
      comment: "Services return the viewer's rights beside the model (`{ ...model, rights }`, docs/architecture.md); routes and views read them and never ask the policy themselves.",
      severity: 'error',
      from: { path: ['\\.routes\\.ts$', '\\.views\\.tsx$', '^src/views/'] },
      to: { path: '^src/policy/policy\\.ts$' },
    },
    {
      name: 'routes-and-views-read-the-actor-not-judge-it',
      comment: 'Routes and views may name the Actor type; its role checks (isAdmin, isCochairIn…) are for rules and services.',
      severity: 'error',
      from: { path: ['\\.routes\\.ts$', '\\.views\\.tsx$', '^src/views/'] },
      to: { path: '^src/policy/actor\\.ts$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'routes-and-cli-call-services',
      comment: 'Routes and commands are thin: they call services, never repositories.',
      severity: 'error',
      from: { path: ['\\.routes\\.ts$', '^src/cli/'] },
      to: { path: '\\.repository\\.ts$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '\\.test\\.tsx?$' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};

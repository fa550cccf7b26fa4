/**
 * The mapping's facets and their codes. Labels live in the message catalogue under `facet.<facet>.<code>`;
 * importers accept either the code or the English label.
 */
export const facetValues = {
  regions: ['africa', 'americas', 'arab_states', 'asia_pacific', 'europe_central_asia'],
  forms: ['sexual', 'labour', 'child', 'forced_marriage', 'organ_removal', 'forced_criminality', 'other'],
  interventions: [
    'technical_assistance',
    'normative_policy',
    'knowledge_development',
    'capacity_building',
    'protection_assistance',
    'prevention',
    'prosecution_support',
    'partnerships',
  ],
  levels: ['global', 'regional', 'national'],
  target_groups: [
    'law_enforcement',
    'policymakers',
    'civil_society',
    'judiciary',
    'service_providers',
    'private_sector',
    'survivors',
    'children_youth',
    'migrants_refugees',
  ],
} as const;

export type Facet = keyof typeof facetValues;
export type FacetValue<F extends Facet> = (typeof facetValues)[F][number];
export const facets = Object.keys(facetValues) as Facet[];

export const entityKinds = ['un_entity', 'international', 'regional'] as const;

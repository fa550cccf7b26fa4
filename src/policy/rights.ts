/**
 * What the viewer may do on a record or a page: one boolean per action, named by its verb
 * (`{ edit: true, publish: false }`). A service's read function computes it with `can()` and returns
 * it beside the model (`{ ...model, rights }`); routes pass it on and views read `rights.edit`, so no
 * route or view decides a right alone.
 */
export type Rights<Verb extends string> = Readonly<Record<Verb, boolean>>;

import type { Translation } from '../../../lib/i18n';
import type { en } from './en';

export const fr: Translation<typeof en> = {
  'admin.signIn.title': 'Connexion',
  'admin.signIn.intro':
    'Les fournisseurs d’identité permettent au personnel des organisations membres de se connecter avec le compte fourni par leur organisation (Microsoft Entra ID, Okta, Keycloak ou tout fournisseur OpenID Connect). Les rôles restent gérés ici : une première connexion crée un compte de membre de l’organisation desservie par le fournisseur.',
  'admin.signIn.redirect': 'Enregistrez cet URI de redirection auprès de chaque fournisseur :',
  'admin.signIn.providers': 'Fournisseurs d’identité',
  'admin.signIn.none': 'Aucun fournisseur d’identité n’est configuré : tout le monde se connecte avec un mot de passe.',
  'admin.signIn.add': 'Ajouter un fournisseur d’identité',
  'admin.signIn.name': 'Nom affiché sur le bouton de connexion',
  'admin.signIn.issuer': 'URL de l’émetteur',
  'admin.signIn.issuer.hint': 'L’émetteur du fournisseur, tel qu’indiqué dans son /.well-known/openid-configuration (pour Entra ID : https://login.microsoftonline.com/TENANT/v2.0).',
  'admin.signIn.clientId': 'ID client',
  'admin.signIn.clientSecret': 'Secret client',
  'admin.signIn.clientSecret.keep': 'Enregistré, se terminant par {end}. Laissez vide pour le conserver.',
  'admin.signIn.entities': 'Organisations desservies (sigles, un par ligne ; les nouveaux comptes sont rattachés à la première)',
  'admin.signIn.domains': 'Domaines de messagerie dont il se porte garant (un par ligne)',
  'admin.signIn.passwordsAllowed': 'Les personnes de ces domaines peuvent encore se connecter avec un mot de passe',
  'admin.signIn.save': 'Enregistrer le fournisseur',
  'admin.signIn.remove': 'Supprimer',
  'admin.signIn.confirmRemove': 'Supprimer ce fournisseur d’identité ? Les personnes concernées ne pourront plus se connecter par son intermédiaire.',
  'admin.signIn.saved': 'Le fournisseur d’identité est enregistré.',
  'admin.signIn.removed': 'Le fournisseur d’identité a été supprimé.',
  'admin.signIn.approval': 'Nouveaux comptes',
  'admin.signIn.approvalRequired':
    'Les comptes créés lors d’une première connexion par l’intermédiaire d’un fournisseur doivent être approuvés par un administrateur ou par le point focal de leur organisation',
  'admin.signIn.approvalSaved': 'Le paramètre est enregistré.',
};

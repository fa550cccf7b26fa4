import type { Translation } from '../../lib/i18n';
import type { en } from './en';

export const fr: Translation<typeof en> = {
  'role.advisors.unnamed': 'Conseiller(ère)',
  'raised.role.advisorsNotOffered': 'Le Groupe ne prévoit aucun rôle consultatif : choisissez un autre rôle.',
  'reports.narrative.crises.unnamed': 'Groupes de travail : introduction',
  'mail.passwordReset.subject': 'Réinitialisation de votre mot de passe sur la plateforme de coordination {group}',
  'mail.passwordReset.body':
    'Bonjour {name},\n\nUne demande de réinitialisation du mot de passe de votre compte a été faite. Si elle émane de vous, choisissez un nouveau mot de passe dans un délai de 2 heures au moyen de ce lien (valable une seule fois) :\n\n{link}\n\nSi vous n’êtes pas à l’origine de cette demande, ne tenez pas compte du présent message ; votre mot de passe reste inchangé.\n',
  'mail.reminder.subject': 'Rappel : rapport d’activité {group} pour la période {period}, à remettre le {deadline}',
  'mail.reminder.body':
    'Bonjour {name},\n\nLes rapports d’activité de l’organisation {entity} pour la période {period} sont attendus pour le {deadline} et certains n’ont pas encore été remis.\nVous pouvez les établir et les soumettre ici : {link}\n\nVous ne recevrez pas d’autre rappel pour cette période.',
};

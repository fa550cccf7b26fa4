import type { Translation } from '../../lib/i18n';
import type { en } from './en';

export const fr: Translation<typeof en> = {
  'cli.usage': `Utilisation : icat <command>

Commandes :
  serve                       lance la plateforme (applique les migrations et alimente une base de données vide)
  migrate                     applique les migrations de base de données en attente
  seed                        charge les données de référence et de démonstration (idempotent)
  init --name NAME --short-name ABC [--description TEXT] [--contact EMAIL]
                              prépare une base de données vide pour un nouveau groupe (ses noms ; sans données de démonstration)
  import-profiles FILE        charge les profils de la cartographie depuis un fichier .csv ou .xlsx (toutes les lignes ou aucune)
  import-plan FILE.yaml [--note TEXT]
                              charge ou met à jour un Plan d’action (docs/plan-format.md ; en entier ou pas du tout)
  import-group FILE.yaml      charge le fichier des données de référence d’un groupe (docs/group-bundle.md ; chaque problème est signalé ; en entier ou pas du tout)
  export-group FILE.yaml [--force]
                              écrit les données de référence du groupe dans un fichier que import-group peut relire
  import-progress PERIOD FILE
                              charge les rapports d’étape d’une période de rapport depuis un fichier .csv ou .xlsx (toutes les lignes ou aucune)
  send-reminders              écrit aux points focaux dont les rapports sont attendus dans les 7 jours (une fois par période)
  send-digests                envoie les récapitulatifs hebdomadaires des messages des groupes de travail (peut être lancé chaque jour)
  report YEAR [--lang LANG] [--format html,pdf,docx] [--out DIR]
                              établit le rapport annuel de YEAR, en LANG (en, fr, es, ar, ru, zh), et affiche les chemins des fichiers
  messages export --lang LANG [--format xliff|xliff12] FILE
                              écrit le catalogue des messages au format XLIFF pour les traducteurs
  messages import FILE        relit un fichier XLIFF traduit (en entier ou pas du tout ; chaque problème est signalé)
  backup FILE                 écrit toute la base de données, fichiers compris, dans FILE (sans risque pendant que le serveur tourne)
  restore FILE                charge une sauvegarde dans une base de données vide ou dans ICAT_DATA_DIR
  texts export --kind KIND --id ID --lang LANG FILE.xlf
                              écrit un texte (statement, publication, event, report_section) au format XLIFF 2.0
  texts import FILE.xlf       enregistre un fichier XLIFF traduit comme nouvelle version non officielle de sa traduction
  bench [NAME…]               exécute les bancs d’essai de bench/ (tous, ou ceux qui sont nommés)
  user add --email E --name N [--entity ACRONYM] --role ROLE [--password-stdin]
                              crée un compte (sans mot de passe, un lien de définition du mot de passe est affiché)
  user reset-password --email E
                              affiche un lien de réinitialisation du mot de passe à usage unique
`,
  'cli.unknownCommand': 'Commande inconnue « {name} ».\n\n{usage}',
  'cli.unknownAction': 'Action inconnue « {action} ».\n{usage}',
  'cli.level.none': 'aucun',

  'cli.data.missing':
    'Il n’y a pas de répertoire de données à l’emplacement {where} : rien à lire. Lancez la commande dans le répertoire qui contient « data », ou indiquez dans ICAT_DATA_DIR (ou DATABASE_URL) où se trouvent les données.',
  'cli.data.created': 'Un nouveau répertoire de données, vide, a été créé à l’emplacement {where} (définissez ICAT_DATA_DIR pour en utiliser un autre).',
  'cli.database.postgres': 'serveur PostgreSQL {location}',
  'cli.database.embedded': 'PGlite intégré dans {location}',
  'cli.database.embeddedClient': 'PGlite intégré dans {location}, par l’intermédiaire du serveur en cours d’exécution',

  'cli.upgrade.applied': 'migrations appliquées : {migrations} ; niveau {level}',
  'cli.upgrade.upToDate': 'déjà à jour ; niveau {level}',
  'cli.upgrade.moved': '{summary} ; {count, plural, one {# fichier déplacé} many {# de fichiers déplacés} other {# fichiers déplacés}} du répertoire de données vers la base de données',
  'cli.migrate.done': 'Migrations sur {database} : {upgrade}.',

  'cli.serve.upgraded': 'Base de données : {upgrade}.',
  'cli.serve.seeded': 'Les données de référence et de démonstration ont été chargées.',
  'cli.serve.administrator': 'Administrateur {email} créé avec le mot de passe {password}',
  'cli.serve.administratorOnce': 'Il n’est affiché que cette fois : connectez-vous sur /login et modifiez-le, ou activez un second facteur, depuis /account.',
  'cli.serve.interrupted':
    '{count, plural, one {# tâche interrompue} many {# de tâches interrompues} other {# tâches interrompues}} par le dernier arrêt {count, plural, one {sera relancée} many {seront relancées} other {seront relancées}}.',
  'cli.serve.listening': 'Plateforme {group} sur {url} (base de données : {database}).',

  'cli.seed.step': '  {name} : {count, plural, one {# nouveau} many {# de nouveaux} other {# nouveaux}}',
  'cli.seed.done': 'Données de référence et de démonstration chargées dans {database}.',
  'cli.seed.members': 'membres',
  'cli.seed.terms': 'mandats',
  'cli.seed.termPriorities': 'priorités des mandats',
  'cli.seed.mapping': 'cartographie (profils d’exemple)',
  'cli.seed.groups': 'groupes de travail',
  'cli.seed.groupPosts': 'messages des groupes (exemple)',
  'cli.seed.library': 'publications et manifestations',
  'cli.seed.record': 'réunions, décisions et déclarations',
  'cli.seed.plan': 'Plan d’action (exemple)',
  'cli.seed.progress': 'engagements et progrès 2022 (exemple)',
  'cli.seed.report': 'rapport annuel 2022 (textes d’exemple)',

  'cli.importProfiles.usage': 'Utilisation : icat import-profiles FILE.csv|FILE.xlsx',
  'cli.importProfiles.done': '{file} : {rows, plural, one {# profil lu} many {# de profils lus} other {# profils lus}}, {changed} enregistrés (les autres étaient inchangés).',
  'cli.importPlan.usage': 'Utilisation : icat import-plan FILE.yaml [--note "ce qui a changé"]',
  'cli.importPlan.unchanged': '{file} : le plan « {key} » correspond déjà à ce texte (version {version}) ; rien n’a changé.',
  'cli.importPlan.done': '{file} : plan « {title} » ({key}) {outcome, select, created {créé} other {mis à jour}}, désormais en version {version}. Voir /plan?plan={key}',

  'cli.mail.deliveredByServer':
    '{count, plural, one {# courriel remis} many {# de courriels remis} other {# courriels remis}} par le serveur de messagerie ; ceux qui n’ont pu partir sont renvoyés par le serveur.',
  'cli.mail.deliveredAsFiles':
    '{count, plural, one {# courriel remis} many {# de courriels remis} other {# courriels remis}} sous forme de fichiers .eml dans {dir} ; ceux qui n’ont pu partir sont renvoyés par le serveur.',
  'cli.reminders.none': 'Aucune période de rapport ouverte n’arrive à échéance dans les 7 jours : aucun rappel à envoyer.',
  'cli.reminders.period': 'Période de rapport {label} ({year}), échéance le {deadline}',
  'cli.reminders.sent': '  rappel adressé à {email} ({entity}, {period})',
  'cli.reminders.done': '{count, plural, one {# rappel mis} many {# de rappels mis} other {# rappels mis}} en file d’attente, {already} déjà envoyés auparavant.',
  'cli.digests.checked': '  {count, plural, one {# abonnement vérifié} many {# d’abonnements vérifiés} other {# abonnements vérifiés}}…',
  'cli.digests.none': 'Aucun récapitulatif n’est dû (chacun est envoyé {days} jours après le précédent).',
  'cli.digests.done':
    '{due, plural, one {# abonnement au récapitulatif arrivé} many {# d’abonnements au récapitulatif arrivés} other {# abonnements au récapitulatif arrivés}} à échéance ; {sent, plural, one {# récapitulatif mis} many {# de récapitulatifs mis} other {# récapitulatifs mis}} en file d’attente, les autres n’avaient aucun nouveau message.',

  'cli.backup.usage': 'Utilisation : icat backup FILE (par exemple icat backup icat-2026-11-29.backup.gz)',
  'cli.restore.usage': 'Utilisation : icat restore FILE (dans une base de données vide ou dans ICAT_DATA_DIR)',
  'cli.backup.progress': '  {table} : {rows, plural, one {# ligne} many {# de lignes} other {# lignes}}…',
  'cli.backup.totals':
    '{tables, plural, one {# table} many {# de tables} other {# tables}}, {rows, plural, one {# ligne} many {# de lignes} other {# lignes}}, {files, plural, one {# fichier} many {# de fichiers} other {# fichiers}}',
  'cli.backup.done': 'Sauvegarde de {database} au niveau {level} : {totals}.',
  'cli.backup.written': 'Écrite dans {file} ({size} Mo).',
  'cli.restore.done': '{file} (établi le {made}) restauré dans {database} : {totals}.',
  'cli.restore.requeued':
    '{mail, plural, one {# courriel non envoyé} many {# de courriels non envoyés} other {# courriels non envoyés}} et {reports, plural, one {# établissement de rapport} many {# d’établissements de rapports} other {# établissements de rapports}} seront traités au démarrage du serveur.',

  'cli.bench.unknown': 'Aucun banc d’essai ne s’appelle {names} ; les bancs disponibles sont : {available}.',
  'cli.bench.option': 'L’option {option} attend {expected} ; elle a reçu {value}. Options : --scale 1,10,100, --seconds N, --connections N, --database-url postgres://….',
  'cli.bench.expected.numbers': 'des nombres entiers positifs séparés par des virgules',
  'cli.bench.expected.address': 'l’adresse d’un serveur PostgreSQL (postgres://…)',
  'cli.bench.unknownOption': 'La commande icat bench n’a pas d’option {option}. Options : --scale 1,10,100, --seconds N, --connections N, --database-url postgres://….',

  'cli.user.usage': `Utilisation :
  icat user add --email E --name N [--entity ACRONYM] --role ROLE [--role ROLE …] [--password-stdin]
  icat user reset-password --email E`,
  'cli.user.created': 'Compte {email} créé ({roles}).',
  'cli.user.createdFor': 'Compte {email} créé ({roles}, {entity}).',
  'cli.user.setPasswordLink': 'Lien de définition du mot de passe (utilisable une fois, pendant 7 jours) : {link}',
  'cli.user.resetLink': 'Lien de réinitialisation du mot de passe pour {email} (utilisable une fois, pendant 2 heures) : {link}',

  'cli.report.usage': `Utilisation : icat report YEAR [--lang {languages}] [--format html,pdf,docx] [--out DIR]
  Écrit le rapport annuel de YEAR (HTML, PDF, Word et les données de chaque figure en CSV) dans DIR,
  dans la langue demandée (l’anglais par défaut ; les fichiers d’une autre langue se terminent par -LANG).
  Un rapport définitif ou publié est établi à partir de ses données figées ; un projet, à partir des données actuelles.`,
  'cli.report.language': 'Langue inconnue « {lang} » : utilisez {languages}.\n{usage}',

  'cli.messages.usage': `Utilisation : icat messages export --lang {languages} [--format xliff|xliff12] FILE
               icat messages import FILE
  export écrit chaque message sous forme d’unité XLIFF (2.0, ou 1.2 avec --format xliff12) : la source anglaise
  et, comme cible, le message actuel de la langue. import relit un tel fichier dans la base de données ; il
  vérifie d’abord chaque unité et n’importe rien si l’une d’elles présente un problème.`,
  'cli.messages.oneFile': 'Indiquez un seul fichier.\n{usage}',
  'cli.messages.language': 'Indiquez la langue avec --lang : l’une des suivantes : {languages}.\n{usage}',
  'cli.messages.format': 'Format inconnu « {format} » : utilisez xliff (XLIFF 2.0) ou xliff12 (XLIFF 1.2).\n{usage}',

  'cli.texts.usage': 'Utilisation : icat texts export --kind statement|publication|event|report_section --id ID --lang fr|es|ar|ru|zh|en FILE.xlf\n              icat texts import FILE.xlf',
  'cli.texts.kind': '--kind doit être l’une des valeurs suivantes : {kinds}.\n{usage}',
  'cli.texts.id': '--id est obligatoire (pour une section de rapport : YEAR.section, par exemple 2022.foreword).\n{usage}',
  'cli.texts.language': '--lang doit être l’une des valeurs suivantes : en, fr, es, ar, ru, zh.\n{usage}',
  'cli.texts.fileToWrite': 'Indiquez le fichier à écrire.\n{usage}',
  'cli.texts.fileToRead': 'Indiquez le fichier à lire.\n{usage}',
  'cli.texts.action': 'Indiquez export ou import.\n{usage}',
  'cli.texts.exported': '{file} écrit : {kind} {id}, à traduire en {language}.',
  'cli.texts.unchanged': '{file} : la traduction de {kind} {ref} en {language} dit déjà cela ; rien n’a changé.',
  'cli.texts.stored':
    '{file} : version {version} de la traduction de {kind} {ref} en {language} enregistrée{created, select, yes { (nouvelle traduction)} other {}} ; elle reste non officielle jusqu’à son approbation par le secrétariat. Voir {url}',

  'xliff.notWellFormed': 'Le fichier n’est pas un document XML bien formé : {error}',
  'xliff.version': 'Ce fichier est en XLIFF version « {version} » : l’export et l’import acceptent les versions 2.0 et 1.2.',
  'xliff.notXliff': 'Le fichier n’est pas un fichier XLIFF : il ne contient pas d’élément <xliff>.',
  'xliff.targetLanguage': 'La langue cible du fichier est « {language} » : elle doit être l’une des suivantes : {languages}.',
  'xliff.text.foreignElement': '<{element}> n’est pas un élément XLIFF 2.0 (espace de noms {namespace}).',
  'xliff.text.markupInside': 'Unité « {unit} » : sa {part, select, source {source} other {cible}} contient <{element}>, que cette plateforme ne lit pas ; écrivez le balisage comme dans la source.',
  'xliff.text.duplicate': 'L’unité « {unit} » figure deux fois.',
  'xliff.text.notXliff': 'Le fichier n’est pas un fichier XLIFF 2.0 : il ne contient pas d’élément <xliff>.',
  'xliff.text.languages': 'Les langues du fichier (srcLang « {source} », trgLang « {target} ») doivent figurer parmi en, fr, es, ar, ru, zh.',
  'xliff.text.noOriginal': 'Le fichier n’indique pas quel texte il traduit (<file original="kind/id">).',
  'xliff.text.unknownUnit': 'L’unité « {unit} » n’est pas une unité du texte (ses unités sont {units}).',
  'xliff.text.missingUnit': 'L’unité « {unit} » manque dans le fichier.',
  'xliff.text.sourceChanged': 'Unité « {unit} » : sa source ne correspond plus au texte dans son état actuel ; exportez de nouveau le fichier.',
  'xliff.text.emptyTarget': 'L’unité « {unit} » n’a pas de traduction (sa cible est vide).',
  'xliff.text.markup': 'Unité « {unit} » : le balisage de la cible ({target}) diffère de celui de la source ({source}) ; conservez les liens, la mise en valeur et les paramètres tels quels.',
  'xliff.text.refused': 'Le fichier n’a pas été importé ; rien n’a été enregistré.\n{problems}',
  'xliff.text.noText': '{file} : <file original="{original}"> ne désigne aucun texte de cette plateforme (kind/id, par exemple statement/12).',
  'xliff.text.sourceLanguage': '{file} : le fichier traduit depuis « {declared} », mais le texte est rédigé en « {language} ».',
  'xliff.text.ownLanguage': '{file} : la langue cible « {language} » est celle du texte lui-même.',
  'texts.ref.invalid':
    '« {ref} » ne désigne {kind, select, statement {aucune déclaration} publication {aucune publication} event {aucune manifestation} other {aucune section de rapport}} : indiquez {kind, select, report_section {une année et une section, par exemple 2022.foreword} other {un nombre}}.',
  'texts.ref.expected': 'doit être {kind, select, report_section {une année et une section, par exemple 2022.foreword} other {un nombre}}',
};

import type { enCli } from './en-cli'

/** French messages of the command line. */
export const frCli: Record<keyof typeof enCli, string> = {
  'cli.usage':
    'Usage : terrain <commande> [options]\n\nCommandes :\n  new <fichier> [--lang fr|en] [--client NOM] [--title TITRE]    une mission vide avec la grille de codage et les guides par défaut\n  demo <fichier> [--lang fr|en]                                  la mission de démonstration (une étude client fictive)\n  info <fichier> [--json]                                        version du schéma et nombre de chaque entité\n  diagnose <fichier> --json                                      tout le diagnostic en JSON (clés décrites dans le README)\n  import <fichier> --codings <chemin> [--json]                   des extraits codés depuis un tableur CSV ou XLSX, une ligne par extrait et par code\n  codebook <fichier> --export sortie.json|sortie.qdc             la grille de codage en JSON Terrain ou en grille REFI-QDA\n  codebook <fichier> --import grille.json|grille.qdc [--json]    ajoute et met à jour des codes depuis un tel fichier (n’en supprime aucun)\n  qdpx <fichier> --export sortie.qdpx [--allow-names] [--json]   toute la mission en projet REFI-QDA pour d’autres logiciels d’analyse\n  agreement <fichier> --json [--coder NOM]...                    l’accord entre codeurs par code et par famille exclusive\n  qdpx <nouveau> --import projet.qdpx [--group-variable NOM] [--json]  une nouvelle mission depuis un projet REFI-QDA (NVivo, ATLAS.ti, MAXQDA, QualCoder)\n  report <fichier> --out rapport.pdf|rapport.html [--lang fr|en]  le rapport client, en PDF (via Chromium) ou en HTML\n  generate <fichier> --respondents N --codings M [--lang fr|en]  une grande mission synthétique pour les tests de charge\n  encrypt <fichier>                                              chiffrer une mission (demande une nouvelle phrase secrète)\n  decrypt <fichier>                                              la remettre en clair\n  rekey <fichier> [--new-passphrase-file FICHIER]                lui donner une nouvelle phrase secrète\n\nOptions :\n  --help     cette aide\n  --version  la version de Terrain\n  --encrypt                   avec new, demo et generate : un fichier chiffré\n  --passphrase-file FICHIER   la phrase secrète, lue dans FICHIER (ou TERRAIN_PASSPHRASE ; demandée dans un terminal)',
  'cli.unknownCommand': 'Commande inconnue « {command} ». Lancez terrain --help pour la liste des commandes.',
  'cli.missingFile': 'La commande {command} attend un chemin de fichier, par exemple : terrain {command} etude.terrain',
  'cli.badOption': '{problem}. Lancez terrain --help pour les options.',
  'cli.badLang': '--lang accepte fr ou en, pas « {value} ».',
  'cli.badCount': '{option} accepte un nombre entier de {min} à {max}, pas « {value} ».',
  'cli.missingOption': 'La commande {command} attend {option}.',
  'cli.report.badOut':
    '--out nomme le fichier du rapport et se termine par .pdf, .html, .pptx (PowerPoint), .xlsx (Excel) ou .docx (Word), pas « {value} ».',
  'cli.report.step.deliverable': '{format} écrit',
  'cli.report.names':
    'Aucun rapport écrit : {count} passage(s) ci-dessus nomment un répondant. Choisissez d’autres verbatims dans l’application, ou ajoutez --allow-names après vérification.',
  'cli.report.noFolder': 'Le dossier {folder} n’existe pas.',
  'cli.report.step.gather': 'Diagnostic calculé',
  'cli.report.step.charts': 'Graphiques dessinés',
  'cli.report.step.print': 'PDF imprimé',
  'cli.created': '{file} créé',
  'cli.progress': '{label} : {done}/{total}',
  'cli.progress.demo': 'Écriture de la démonstration',
  'cli.progress.generate': 'Génération',
  'cli.info.file': 'Fichier',
  'cli.info.schema': 'Version du schéma',
  'cli.info.client': 'Client',
  'cli.info.title': 'Titre',
  'cli.info.count.coders': 'Codeurs',
  'cli.info.count.respondents': 'Répondants',
  'cli.info.count.variables': 'Variables',
  'cli.info.count.guides': 'Guides',
  'cli.info.count.questions': 'Questions',
  'cli.info.count.interviews': 'Entretiens',
  'cli.info.count.documents': 'Documents',
  'cli.info.count.codeFamilies': 'Familles de codes',
  'cli.info.count.codes': 'Codes',
  'cli.info.count.codings': 'Codages',
  'cli.info.count.collectives': 'Collectifs',
  'cli.info.count.memos': 'Mémos',
  'cli.info.count.closedAnswers': 'Réponses fermées',
  'cli.info.language': 'Langue',
  'agreement.cli.oneCoder':
    'L’accord compare au moins deux codeurs : donnez --coder deux fois ou plus (seul « {name} » a été donné), ou aucun pour tous les codeurs.',
  'qdpx.cli.badExport':
    '--export nomme le fichier du projet et se termine par .qdpx (un projet REFI-QDA), pas « {value} ».',
  'qdpx.cli.names':
    'Aucun projet écrit : {count} texte(s) ci-dessus nomment un répondant. Retirez les noms, ou ajoutez --allow-names après vérification.',
  'qdpx.exported': '{sources} sources, {codings} codages et {cases} cas exportés dans {file}.',
  'qdpx.warning.document': 'Le document « {where} » ({id}) nomme {name}.',
  'qdpx.warning.note': 'Le mémo « {where} » ({id}) nomme {name}.',
  'qdpx.warning.respondent': 'Les variables du répondant {id} nomment {name}.',
  'qdpx.warning.user': 'Le codeur {id} porte le nom de {name}, comme un répondant.',
  'qdpx.warning.extras': 'Les données propres à Terrain ({id}) nomment {name}.',
}

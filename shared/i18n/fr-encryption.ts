import type { enEncryption } from './en-encryption'

export const frEncryption: Record<keyof typeof enEncryption, string> = {
  'error.ENCRYPTED': 'Cette mission est chiffrée. Donnez sa phrase secrète pour l’ouvrir.',
  'error.WRONG_PASSPHRASE':
    'Cette phrase secrète n’ouvre pas le fichier\u202f: elle est fausse, ou le fichier n’est pas une mission Terrain.',

  'cli.info.encrypted': 'Chiffrée',
  'cli.info.yes': 'oui',
  'cli.info.no': 'non',
  'cli.passphraseArgument':
    'Une phrase secrète ne se donne jamais en argument\u202f: tout utilisateur de cet ordinateur peut lire les arguments d’un programme. Utilisez --passphrase-file FICHIER, la variable TERRAIN_PASSPHRASE, ou tapez-la quand elle est demandée.',
  'cli.passphraseNeeded':
    '{file} est chiffrée, ou ce n’est pas une mission Terrain. Si elle est chiffrée, donnez sa phrase secrète avec --passphrase-file FICHIER ou TERRAIN_PASSPHRASE, ou lancez la commande dans un terminal pour la taper.',
  'cli.passphraseNeededNew':
    'Choisissez une phrase secrète pour {file}\u202f: --passphrase-file FICHIER ou TERRAIN_PASSPHRASE (TERRAIN_NEW_PASSPHRASE ou --new-passphrase-file pour rekey), ou lancez la commande dans un terminal pour la taper.',
  'cli.passphrasePrompt': 'Phrase secrète de {file}\u202f: ',
  'cli.passphrasePromptNew':
    'Nouvelle phrase secrète pour {file} (au moins 12 caractères\u202f; perdue, elle ne peut pas être retrouvée)\u202f: ',
  'cli.passphrasePromptAgain': 'La même phrase secrète, encore une fois\u202f: ',
  'cli.passphraseMismatch': 'Les deux phrases secrètes diffèrent. Rien n’a changé\u202f; recommencez.',
  'cli.passphraseEmpty': 'La phrase secrète est vide.',
  'cli.passphraseTooShort': 'Une phrase secrète compte au moins {min} caractères.',
  'cli.passphraseFileMissing': 'Le fichier de phrase secrète {file} ne peut pas être lu.',
  'cli.passphraseFileEmpty': 'Le fichier de phrase secrète {file} est vide.',
  'cli.passphraseWithoutEncrypt': '--passphrase-file sert à un fichier chiffré\u202f: ajoutez --encrypt.',
  'cli.alreadyEncrypted': '{file} est déjà chiffrée. Pour changer sa phrase secrète\u202f: terrain rekey {file}',
  'cli.notEncrypted': '{file} n’est pas chiffrée. Pour la chiffrer\u202f: terrain encrypt {file}',
  'cli.encrypted':
    '{file} est chiffrée. Gardez la phrase secrète en lieu sûr\u202f: sans elle, le fichier ne s’ouvre pas, et personne ne peut la retrouver.',
  'cli.decrypted': '{file} est déchiffrée\u202f: quiconque a le fichier peut désormais le lire.',
  'cli.rekeyed': '{file} a sa nouvelle phrase secrète\u202f; l’ancienne ne l’ouvre plus.',

  'encryption.encryptNew': 'Chiffrer cette mission (recommandé)',
  'encryption.encryptNewHint':
    'Ce que les personnes ont dit reste illisible sur un ordinateur perdu ou volé, dans ses sauvegardes et sur une clé USB.',
  'encryption.plainWarning': 'Non chiffrée : qui obtient le fichier peut lire tous les entretiens.',
  'encryption.passphrase': 'Phrase secrète',
  'encryption.confirm': 'La même phrase secrète, encore une fois',
  'encryption.show': 'Afficher',
  'encryption.generate': 'Générer une phrase secrète robuste',
  'encryption.tooShort': 'Au moins {min} caractères.',
  'encryption.mismatch': 'Les deux phrases secrètes diffèrent.',
  'encryption.remember': 'La mémoriser sur cet ordinateur (dans le trousseau du système)',
  'encryption.noKeychain':
    'Cet ordinateur n’a pas de trousseau système auquel Terrain puisse se fier : la phrase secrète sera demandée à chaque ouverture de la mission.',
  'encryption.noBackDoor':
    'Une phrase secrète perdue ne peut pas être retrouvée : il n’y a pas de porte dérobée, pas même pour Terrain. Imprimez la fiche de secours et gardez-la sous clé, loin de l’ordinateur.',
  'encryption.printSheet': 'Imprimer une fiche de secours…',
  'encryption.sheet.title': 'Terrain · Fiche de secours',
  'encryption.sheet.engagement': 'Mission',
  'encryption.sheet.file': 'Fichier',
  'encryption.sheet.date': 'Date',
  'encryption.sheet.passphrase': 'Phrase secrète',
  'encryption.sheet.keep':
    'Gardez cette fiche sous clé, loin de l’ordinateur et de toute copie du fichier : qui détient les deux peut lire tous les entretiens.',
  'encryption.sheet.noBackDoor':
    'Terrain ne peut pas retrouver une phrase secrète perdue. Sans elle, personne ne peut ouvrir la mission ni ses sauvegardes.',
  'encryption.sheet.print': 'Imprimer',
  'encryption.sheet.close': 'Fermer',
  'encryption.unlock.title': '{file} est chiffrée',
  'encryption.unlock.intro': 'Donnez sa phrase secrète pour l’ouvrir.',
  'encryption.unlock.wrong':
    'Cette phrase secrète n’ouvre pas le fichier. Vérifiez la disposition du clavier et le verrouillage des majuscules, puis réessayez.',
  'encryption.unlock.open': 'Ouvrir',
  'encryption.unlock.cancel': 'Annuler',
  'encryption.card.title': 'Chiffrement',
  'encryption.card.encrypted':
    'Chiffrée sur le disque : le fichier, son journal et ses sauvegardes. Les exports (rapports PDF) ne le sont pas.',
  'encryption.card.plain': 'Non chiffrée : qui obtient le fichier ou ses sauvegardes peut lire tous les entretiens.',
  'encryption.card.kept': 'Cet ordinateur garde sa phrase secrète dans le trousseau du système.',
  'encryption.card.notKept': 'Terrain demande sa phrase secrète à chaque ouverture.',
  'encryption.card.encrypt': 'Chiffrer…',
  'encryption.card.change': 'Changer la phrase secrète…',
  'encryption.card.decrypt': 'Déchiffrer…',
  'encryption.card.forget': 'Oublier la phrase secrète gardée',
  'encryption.card.share':
    'Pour la confier à un collègue : envoyez le fichier par un chemin (clé USB, dossier partagé) et la phrase secrète par un autre (téléphone, de vive voix), jamais les deux dans un même message.',
  'encryption.dialog.encryptTitle': 'Chiffrer cette mission',
  'encryption.dialog.encryptIntro':
    'Le fichier et ses sauvegardes sont réécrits, chiffrés. Les copies faites avant (sur une clé USB, dans un courriel) restent lisibles : supprimez-les.',
  'encryption.dialog.changeTitle': 'Changer la phrase secrète',
  'encryption.dialog.changeIntro':
    'Le fichier et ses sauvegardes prennent la nouvelle phrase secrète ; l’ancienne ne les ouvre plus.',
  'encryption.dialog.decryptTitle': 'Déchiffrer cette mission',
  'encryption.dialog.decryptIntro':
    'Le fichier et ses sauvegardes seront conservés en clair : qui les obtient peut lire tous les entretiens.',
  'encryption.dialog.current': 'Phrase secrète actuelle',
  'encryption.dialog.newPassphrase': 'Nouvelle phrase secrète',
  'encryption.dialog.encrypt': 'Chiffrer',
  'encryption.dialog.change': 'Changer',
  'encryption.dialog.decrypt': 'Déchiffrer',
  'encryption.dialog.cancel': 'Annuler',
  'encryption.dialog.working': 'Réécriture de la mission…',
  'encryption.exportNotice':
    'Cette mission est chiffrée ; le PDF ne l’est pas. Gardez-le comme les documents confidentiels du client.',
  'encryption.recentLocked': 'Chiffrée',
}

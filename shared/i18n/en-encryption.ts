/** Encrypted engagements: the passphrase, the keychain, the recovery sheet. */
export const enEncryption = {
  'error.ENCRYPTED': 'This engagement is encrypted. Give its passphrase to open it.',
  'error.WRONG_PASSPHRASE':
    'This passphrase does not open the file: it is wrong, or the file is not a Terrain engagement.',

  'cli.info.encrypted': 'Encrypted',
  'cli.info.yes': 'yes',
  'cli.info.no': 'no',
  'cli.passphraseArgument':
    'A passphrase is never given as an argument: anyone on this computer can read the arguments of a program. Use --passphrase-file FILE, the TERRAIN_PASSPHRASE variable, or type it when asked.',
  'cli.passphraseNeeded':
    '{file} is encrypted, or it is not a Terrain engagement. If it is encrypted, give its passphrase with --passphrase-file FILE or TERRAIN_PASSPHRASE, or run the command in a terminal to type it.',
  'cli.passphraseNeededNew':
    'Choose a passphrase for {file}: --passphrase-file FILE or TERRAIN_PASSPHRASE (TERRAIN_NEW_PASSPHRASE or --new-passphrase-file for rekey), or run the command in a terminal to type it.',
  'cli.passphrasePrompt': 'Passphrase of {file}: ',
  'cli.passphrasePromptNew': 'New passphrase for {file} (at least 12 characters; it cannot be recovered if lost): ',
  'cli.passphrasePromptAgain': 'The same passphrase again: ',
  'cli.passphraseMismatch': 'The two passphrases differ. Nothing was changed; try again.',
  'cli.passphraseEmpty': 'The passphrase is empty.',
  'cli.passphraseTooShort': 'A passphrase must have at least {min} characters.',
  'cli.passphraseFileMissing': 'The passphrase file {file} cannot be read.',
  'cli.passphraseFileEmpty': 'The passphrase file {file} is empty.',
  'cli.passphraseWithoutEncrypt': '--passphrase-file is for an encrypted file: add --encrypt.',
  'cli.alreadyEncrypted': '{file} is already encrypted. To change its passphrase: terrain rekey {file}',
  'cli.notEncrypted': '{file} is not encrypted. To encrypt it: terrain encrypt {file}',
  'cli.encrypted':
    'Encrypted {file}. Keep the passphrase safe: without it the file cannot be opened, and nobody can recover it.',
  'cli.decrypted': 'Decrypted {file}: it is now readable by anyone who has the file.',
  'cli.rekeyed': 'Gave {file} its new passphrase; the old one no longer opens it.',

  'encryption.encryptNew': 'Encrypt this engagement (recommended)',
  'encryption.encryptNewHint':
    'What people said stays unreadable on a lost or stolen laptop, in its backups and on a USB stick.',
  'encryption.plainWarning': 'Not encrypted: anyone who gets the file can read every interview.',
  'encryption.passphrase': 'Passphrase',
  'encryption.confirm': 'The same passphrase again',
  'encryption.show': 'Show',
  'encryption.generate': 'Generate a strong passphrase',
  'encryption.tooShort': 'At least {min} characters.',
  'encryption.mismatch': 'The two passphrases differ.',
  'encryption.remember': 'Remember it on this computer (in the system keychain)',
  'encryption.noKeychain':
    'This computer has no system keychain Terrain can trust: it will ask for the passphrase each time the engagement is opened.',
  'encryption.noBackDoor':
    'A lost passphrase cannot be recovered: there is no back door, not even for Terrain. Print the recovery sheet and keep it locked away, apart from the laptop.',
  'encryption.printSheet': 'Print a recovery sheet…',
  'encryption.sheet.title': 'Terrain · Recovery sheet',
  'encryption.sheet.engagement': 'Engagement',
  'encryption.sheet.file': 'File',
  'encryption.sheet.date': 'Date',
  'encryption.sheet.passphrase': 'Passphrase',
  'encryption.sheet.keep':
    'Keep this sheet locked away, apart from the laptop and from any copy of the file: whoever holds both can read every interview.',
  'encryption.sheet.noBackDoor':
    'Terrain cannot recover a lost passphrase. Without it, the engagement and its backups cannot be opened by anyone.',
  'encryption.sheet.print': 'Print',
  'encryption.sheet.close': 'Close',
  'encryption.unlock.title': '{file} is encrypted',
  'encryption.unlock.intro': 'Give its passphrase to open it.',
  'encryption.unlock.wrong':
    'This passphrase does not open the file. Check the keyboard layout and Caps Lock, then try again.',
  'encryption.unlock.open': 'Open',
  'encryption.unlock.cancel': 'Cancel',
  'encryption.card.title': 'Encryption',
  'encryption.card.encrypted':
    'Encrypted at rest: the file, its journal and its backups. Exports (PDF reports) are not.',
  'encryption.card.plain': 'Not encrypted: anyone who gets the file or its backups can read every interview.',
  'encryption.card.kept': 'This computer keeps its passphrase in the system keychain.',
  'encryption.card.notKept': 'Terrain asks for its passphrase each time it is opened.',
  'encryption.card.encrypt': 'Encrypt…',
  'encryption.card.change': 'Change the passphrase…',
  'encryption.card.decrypt': 'Decrypt…',
  'encryption.card.forget': 'Forget the kept passphrase',
  'encryption.card.share':
    'To hand it to a colleague: send the file one way (USB stick, shared folder) and the passphrase another (phone, in person), never both in one message.',
  'encryption.dialog.encryptTitle': 'Encrypt this engagement',
  'encryption.dialog.encryptIntro':
    'The file and its backups are written anew, encrypted. Copies made before (on a USB stick, in an e-mail) stay readable: delete them.',
  'encryption.dialog.changeTitle': 'Change the passphrase',
  'encryption.dialog.changeIntro':
    'The file and its backups take the new passphrase; the old one no longer opens them.',
  'encryption.dialog.decryptTitle': 'Decrypt this engagement',
  'encryption.dialog.decryptIntro':
    'The file and its backups will be stored in the clear: anyone who gets them can read every interview.',
  'encryption.dialog.current': 'Current passphrase',
  'encryption.dialog.newPassphrase': 'New passphrase',
  'encryption.dialog.encrypt': 'Encrypt',
  'encryption.dialog.change': 'Change',
  'encryption.dialog.decrypt': 'Decrypt',
  'encryption.dialog.cancel': 'Cancel',
  'encryption.dialog.working': 'Writing the engagement anew…',
  'encryption.exportNotice':
    'This engagement is encrypted; the PDF is not. Keep it as you would the client’s confidential papers.',
  'encryption.recentLocked': 'Encrypted',
}

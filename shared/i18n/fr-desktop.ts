import type { enDesktop } from './en-desktop'

/** Les messages propres à l’application de bureau : ce qu’elle dit quand elle ne peut pas démarrer. */
export const frDesktop: Record<keyof typeof enDesktop, string> = {
  'desktop.native.title': 'Terrain ne peut pas ouvrir de mission',
  'desktop.native.missing':
    'Le moteur de base de données construit pour l’application de bureau est absent ({detail}). Dans le dossier de Terrain, lancez « npm start » depuis un terminal : son étape d’installation le construit (environ une minute, Internet nécessaire une fois). Si Terrain est installé, réinstallez-le.',
  'desktop.native.unloadable':
    'Le moteur de base de données de l’application de bureau ne peut pas être chargé : {detail}. Il a été construit pour une autre version d’Electron ou il est endommagé. Supprimez le dossier « .electron-native » du dossier de Terrain, puis lancez « npm start » depuis un terminal pour le reconstruire. Si Terrain est installé, réinstallez-le.',
}

import { create } from 'zustand'
import type { Language } from '../../shared/domain/groups'
import { languageOf, translator, type Translator } from '../../shared/i18n/translate'

const KEY = 'terrain.uiLanguage'

function initialLanguage(): Language {
  const saved = localStorage.getItem(KEY)
  if (saved === 'fr' || saved === 'en') return saved
  return languageOf(navigator.language)
}

interface LanguageState {
  tr: Translator
  setLanguage: (lang: Language) => void
}

/** The interface language: the OS locale by default, then the user's choice, remembered. */
export const useLanguage = create<LanguageState>()((set) => ({
  tr: translator(initialLanguage()),
  setLanguage: (lang) => {
    localStorage.setItem(KEY, lang)
    document.documentElement.lang = lang
    set({ tr: translator(lang) })
  },
}))

export const useT = (): Translator => useLanguage((s) => s.tr)

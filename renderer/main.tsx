import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { useLanguage } from './i18n/language-store'
import './styles.css'

document.documentElement.lang = useLanguage.getState().tr.lang
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
)

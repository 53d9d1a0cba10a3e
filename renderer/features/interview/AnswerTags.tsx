import { useT } from '../../i18n/language-store'
import type { Code } from '../../../shared/domain/codebook'
import type { AnswerTags } from '../../../shared/api/live-tags'

/** What was marked on this answer during the interview: key verbatims and quick tags. */
export function AnswerTagsStrip({ tags, notice }: { tags: AnswerTags[string] | undefined; notice: string }) {
  const { t } = useT()
  return (
    <div className="answer-tags">
      {tags && tags.keyVerbatims.length > 0 && (
        <ul className="key-verbatims" aria-label={t('live.keyVerbatims')}>
          {tags.keyVerbatims.map((text, i) => (
            <li key={i}>★ {text}</li>
          ))}
        </ul>
      )}
      {tags && tags.codes.length > 0 && (
        <ul className="quick-tags" aria-label={t('live.tagged')}>
          {tags.codes.map((c, i) => (
            <li key={i} className="badge" title={c.text} data-content>
              {c.key}
            </li>
          ))}
        </ul>
      )}
      <p className="muted notice" aria-live="polite">
        {notice}
      </p>
    </div>
  )
}

/** After Ctrl+T: the codes and their keys, until one is pressed or Esc. */
export function TagPrompt({ codes }: { codes: Code[] }) {
  const { t, lang } = useT()
  const keyed = codes.filter((c) => c.shortcut)
  return (
    <div className="tag-prompt" role="dialog" aria-label={t('live.tagPrompt')}>
      <p>{t('live.tagPrompt')}</p>
      <ul>
        {keyed.map((c) => (
          <li key={c.id}>
            <kbd>{c.shortcut}</kbd> <span className="mono">{c.key}</span> {c.name[lang]}
          </li>
        ))}
      </ul>
    </div>
  )
}

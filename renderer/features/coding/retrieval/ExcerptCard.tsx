import type { KeyboardEvent } from 'react'
import type { RetrievedExcerpt } from '../../../../shared/api/retrieval'
import type { Coder } from '../../../../shared/domain/coding'
import { useT } from '../../../i18n/language-store'
import { GroupBadge } from '../../../components/GroupBadge'
import { useCodingView } from '../coding-view'
import type { CodebookIndex } from './codebook-index'
import { CodeChip } from './CodeChip'

/** Opens the coding tab on the excerpt's document with its words selected. */
const showInDocument = (x: RetrievedExcerpt) =>
  useCodingView.getState().openDocument(x.documentId, { start: x.start, end: x.end })

/** ↑/↓ between cards, Enter to open the source: the list reads without the mouse. */
function onCardKey(e: KeyboardEvent<HTMLElement>, x: RetrievedExcerpt) {
  if (e.target !== e.currentTarget) return
  const sibling = (el: Element | null | undefined) => el?.querySelector<HTMLElement>('.retrieved')
  if (e.key === 'Enter') showInDocument(x)
  else if (e.key === 'ArrowDown') sibling(e.currentTarget.parentElement?.nextElementSibling)?.focus()
  else if (e.key === 'ArrowUp') sibling(e.currentTarget.parentElement?.previousElementSibling)?.focus()
  else return
  e.preventDefault()
}

/** One retrieved excerpt: who said it, to what question, in its context, with its codes. */
export function ExcerptCard(p: { excerpt: RetrievedExcerpt; index: CodebookIndex; coders: Map<string, Coder> }) {
  const { t } = useT()
  const x = p.excerpt
  const respondent = x.respondentCode ?? t('retrieval.noRespondent')
  return (
    <article
      className="card retrieved"
      tabIndex={0}
      aria-label={t('retrieval.excerptLabel', { respondent, text: x.text })}
      title={t('retrieval.showHint')}
      onKeyDown={(e) => onCardKey(e, x)}
    >
      <header className="retrieved-meta">
        <span className="mono respondent">{respondent}</span>
        {x.group && <GroupBadge group={x.group} />}
        {x.stance === 'ATTR' && (
          <span className="badge attr">
            {x.target ? t('retrieval.attributedTo', { group: t(`groups.${x.target}`) }) : 'ATTR'}
          </span>
        )}
        {x.valence !== '0' && (
          <span className={`valence valence-${x.valence === '+' ? 'plus' : 'minus'}`}>
            {t(`retrieval.valence.${x.valence}`)}
          </span>
        )}
        <span className="spacer" />
        <button type="button" className="button small ghost" tabIndex={-1} onClick={() => showInDocument(x)}>
          {t('retrieval.show')} →
        </button>
      </header>
      <div className="retrieved-question">{x.documentTitle || t('retrieval.untitled')}</div>
      <blockquote>
        {x.moreBefore && '… '}
        <span className="context">{x.before}</span>
        <mark>{x.text}</mark>
        <span className="context">{x.after}</span>
        {x.moreAfter && ' …'}
      </blockquote>
      <footer className="retrieved-codes">
        {x.codeIds.map((id) => {
          const code = p.index.byId.get(id)
          return code && <CodeChip key={id} code={code} />
        })}
        <span className="spacer" />
        <span className="muted coder">
          {t('retrieval.coder', {
            coders: x.coderIds.map((id) => p.coders.get(id)?.name ?? '?').join(', '),
          })}
        </span>
      </footer>
    </article>
  )
}

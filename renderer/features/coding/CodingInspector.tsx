import { useEffect, useRef, useState } from 'react'
import type { CodingAttributes } from '../../../shared/api/coding'
import type { Code } from '../../../shared/domain/codebook'
import { CODING_FLAGS, type Coding, type CodingFlag } from '../../../shared/domain/coding'
import { VALENCES } from '../../../shared/domain/groups'
import { call } from '../../api/client'
import { useT } from '../../i18n/language-store'
import { GroupSelect } from '../../components/GroupSelect'

/** The codings under the cursor (or just applied): their attributes, memo, review flag, removal. */
export function CodingInspector({
  codings,
  codeById,
  onError,
  onDone,
}: {
  codings: Coding[]
  codeById: Map<string, Code>
  onError: (e: unknown) => void
  /** After a removal or a confirmation: the keyboard goes back to the text. */
  onDone: () => void
}) {
  const { t } = useT()
  if (codings.length === 0)
    return (
      <section className="coding-inspector empty" aria-label={t('coding.inspector')}>
        <p className="muted">{t('coding.inspectorEmpty')}</p>
      </section>
    )
  return (
    <section className="coding-inspector" aria-label={t('coding.inspector')}>
      {codings.map((c) => (
        <CodingCard
          key={c.id}
          coding={c}
          code={codeById.get(c.codeId)}
          codeById={codeById}
          onError={onError}
          onDone={onDone}
        />
      ))}
    </section>
  )
}

const isFlag = (f: string): f is CodingFlag => (CODING_FLAGS as readonly string[]).includes(f)

/** The ticks a coding of this code may carry: its own code's flags, or an ancestor's (EXE.GOV's sub-codes). */
function allowedFlags(code: Code | undefined, codeById: Map<string, Code>): CodingFlag[] {
  const seen = new Set<string>()
  for (let c = code; c && !seen.has(c.id); c = c.parentId ? codeById.get(c.parentId) : undefined) {
    seen.add(c.id)
    const flags = c.flags.filter(isFlag)
    if (flags.length) return flags
  }
  return []
}

function CodingCard({
  coding,
  code,
  codeById,
  onError,
  onDone,
}: {
  coding: Coding
  code: Code | undefined
  codeById: Map<string, Code>
  onError: (e: unknown) => void
  onDone: () => void
}) {
  const { t, lang } = useT()
  const [memo, setMemo] = useState(coding.memo)
  useEffect(() => setMemo(coding.memo), [coding.memo])
  // A memo typed and not yet blurred is written when its card goes (another document, another coding):
  // a removed textarea gets no blur event.
  const unsaved = useRef({ memo, saved: coding.memo, id: coding.id })
  unsaved.current = { memo, saved: coding.memo, id: coding.id }
  useEffect(
    () => () => {
      const u = unsaved.current
      if (u.memo !== u.saved) void call('codings.update', { codingId: u.id, patch: { memo: u.memo } }).catch(onError)
    },
    [], // on unmount only; reads the latest through the ref
  )
  const update = (patch: Partial<CodingAttributes>) =>
    call('codings.update', { codingId: coding.id, patch }).catch(onError)
  return (
    <article className="coding-card" style={{ ['--code' as string]: code?.color ?? '#888' }} data-coding={coding.id}>
      <header>
        <span className="swatch" aria-hidden="true" />
        <strong>{code?.name[lang] ?? '?'}</strong>
        <span className="mono muted">{code?.key}</span>
        <button
          type="button"
          className="button ghost small remove-coding"
          onClick={() => {
            void call('codings.remove', { codingIds: [coding.id] }).catch(onError)
            onDone()
          }}
        >
          {t('coding.remove')}
        </button>
      </header>
      <blockquote>{coding.text}</blockquote>
      {coding.needsReview && (
        <p className="warn coding-review">
          {t('coding.needsReview')}{' '}
          <button
            type="button"
            className="button ghost small"
            onClick={() => {
              void call('codings.clearReview', { codingId: coding.id }).catch(onError)
              onDone()
            }}
          >
            {t('coding.confirmHere')}
          </button>
        </p>
      )}
      <div className="coding-attributes">
        <label>
          {t('coding.stance')}
          <select value={coding.stance} onChange={(e) => void update({ stance: e.target.value as Coding['stance'] })}>
            <option value="SELF">{t('coding.stance.SELF')}</option>
            <option value="ATTR">{t('coding.stance.ATTR')}</option>
          </select>
        </label>
        {coding.stance === 'ATTR' && (
          <label>
            {t('coding.target')}
            <GroupSelect
              blank
              label={t('coding.target')}
              value={coding.target ?? ''}
              onChange={(g) => void update({ target: g || null })}
            />
          </label>
        )}
        <label>
          {t('coding.valence')}
          <select
            value={coding.valence}
            onChange={(e) => void update({ valence: e.target.value as Coding['valence'] })}
          >
            {VALENCES.map((v) => (
              <option key={v} value={v}>
                {t(`coding.valence.${v}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('coding.intensity')}
          <select
            value={coding.intensity ?? ''}
            onChange={(e) => void update({ intensity: e.target.value ? (Number(e.target.value) as 1 | 2 | 3) : null })}
          >
            <option value="">—</option>
            {[1, 2, 3].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
      </div>
      {allowedFlags(code, codeById).map((flag) => (
        <label key={flag} className="coding-flag">
          <input
            type="checkbox"
            checked={coding.flags.includes(flag)}
            onChange={(e) => {
              const others = coding.flags.filter(isFlag).filter((f) => f !== flag)
              void update({ flags: e.target.checked ? [...others, flag] : others })
            }}
          />
          {t(`coding.flag.${flag}`)}
        </label>
      ))}
      <label className="coding-memo">
        {t('coding.memo')}
        <textarea
          rows={2}
          value={memo}
          onChange={(e) => setMemo(e.target.value)}
          onBlur={() => memo !== coding.memo && void update({ memo })}
        />
      </label>
    </article>
  )
}

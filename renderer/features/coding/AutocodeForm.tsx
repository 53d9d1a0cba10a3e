import { CODING_SCOPES } from '../../../shared/domain/search/coding-scope'
import { DOCUMENT_KINDS } from '../../../shared/domain/interview'
import { GROUPS } from '../../../shared/domain/groups'
import type { MessageKey } from '../../../shared/i18n/translate'
import { useCall } from '../../api/use-call'
import { useT } from '../../i18n/language-store'
import { CodeChecklist } from './CodeChecklist'
import type { AutocodeRule } from './autocode-rule'

/** What to look for, what to code around it, where to look, and with which codes. */
export function AutocodeForm({ rule, onChange }: { rule: AutocodeRule; onChange: (r: AutocodeRule) => void }) {
  const { t, lang } = useT()
  const guides = useCall('guides.list', {})
  const set = <K extends keyof AutocodeRule>(k: K, v: AutocodeRule[K]) => onChange({ ...rule, [k]: v })
  return (
    <div className="autocode-form">
      <div className="autocode-matcher">
        <div className="segmented" role="group" aria-label={t('autocode.by')}>
          {(['keywords', 'regex'] as const).map((by) => (
            <button key={by} type="button" aria-pressed={rule.by === by} onClick={() => set('by', by)}>
              {t(by === 'keywords' ? 'autocode.byKeywords' : 'autocode.byRegex')}
            </button>
          ))}
        </div>
        {rule.by === 'keywords' ? (
          <label>
            {t('autocode.keywords')}
            <textarea
              rows={3}
              value={rule.keywords}
              placeholder={t('autocode.keywordsPlaceholder')}
              onChange={(e) => set('keywords', e.target.value)}
            />
          </label>
        ) : (
          <label>
            {t('autocode.pattern')}
            <input
              className="mono"
              value={rule.pattern}
              placeholder={t('autocode.patternPlaceholder')}
              spellCheck={false}
              onChange={(e) => set('pattern', e.target.value)}
            />
          </label>
        )}
      </div>
      <div className="autocode-where">
        <label>
          {t('autocode.scope')}
          <select value={rule.scope} onChange={(e) => set('scope', e.target.value as AutocodeRule['scope'])}>
            {CODING_SCOPES.map((s) => (
              <option key={s} value={s}>
                {t(`autocode.scope.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('autocode.question')}
          <select value={rule.questionId} onChange={(e) => set('questionId', e.target.value)}>
            <option value="">{t('autocode.allQuestions')}</option>
            {(guides.data ?? []).map((g) => (
              <optgroup key={g.id} label={g.name[lang]}>
                {g.questions
                  .filter((q) => q.type === 'open')
                  .map((q) => (
                    <option key={q.id} value={q.id}>
                      {q.text[lang]}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </label>
        <label>
          {t('autocode.group')}
          <select value={rule.group} onChange={(e) => set('group', e.target.value as AutocodeRule['group'])}>
            <option value="">{t('autocode.allGroups')}</option>
            {GROUPS.map((g) => (
              <option key={g} value={g}>
                {t(`groups.${g}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('autocode.kind')}
          <select
            value={rule.documentKind}
            onChange={(e) => set('documentKind', e.target.value as AutocodeRule['documentKind'])}
          >
            <option value="">{t('autocode.allKinds')}</option>
            {DOCUMENT_KINDS.filter((k) => k !== 'notes').map((k) => (
              <option key={k} value={k}>
                {t(`search.kind.${k}` as MessageKey)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <CodeChecklist value={rule.codeIds} onChange={(ids) => set('codeIds', ids)} />
    </div>
  )
}

import { useContext } from 'preact/hooks'
import { Env } from '../context'
import { format } from '../i18n/format'
import { useStore } from './use-store'

/**
 * The id and time of the decision in force ("Consent ID: … (24 Nov 2026, 10:00)"), under
 * a dialog's content once a choice is made: the visitor can quote it (a question, a
 * withdrawal by other means) and the site owner finds the record by it. Nothing before a
 * choice.
 */
export function ConsentProof() {
  const { $state, texts, language } = useContext(Env)
  const { decided, id, timestamp } = useStore($state)
  if (!decided || !id || !timestamp) return null
  // A shipped language tag (see `pickLanguage`), which every browser's Intl knows.
  const when = new Date(timestamp).toLocaleString(language, {
    dateStyle: 'medium',
    timeStyle: 'short'
  })
  return (
    <p class="cy-proof">
      {format(texts.consentId, { id })} (<time dateTime={timestamp}>{when}</time>)
    </p>
  )
}

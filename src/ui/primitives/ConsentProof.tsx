import { useContext } from 'preact/hooks'
import { Env } from '../context'
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
  const time = new Date(timestamp)
  const style = { dateStyle: 'medium', timeStyle: 'short' } as const
  let when: string
  try {
    when = time.toLocaleString(language, style)
  } catch {
    // A tag of the site's own texts that the browser's Intl refuses (`ga-x1`).
    when = time.toLocaleString(undefined, style)
  }
  // The id is isolated (<bdi>): a Latin run in a right-to-left sentence would otherwise
  // take the punctuation around it along and read out of order. Every shipped text has
  // `{id}` once (a test checks); a site's own text without it gets the id after it.
  const [before, after] = texts.consentId.split('{id}')
  return (
    <p class="cy-proof">
      {before}
      <bdi>{id}</bdi>
      {after} (<time dateTime={timestamp}>{when}</time>)
    </p>
  )
}

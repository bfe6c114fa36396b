import { format } from '../i18n/format'
import type { Texts } from '../i18n/en'

interface PlaceholderProps {
  /** Who the blocked content comes from (a vendor name, or a category title). */
  name: string
  privacyPolicyUrl?: string
  texts: Texts
  onLoadOnce: () => void
  onAlwaysAllow: () => void
}

/**
 * Contextual consent for a blocked embed: names who the content comes from, says what
 * loading it means, and offers "Load once" (this embed, no consent recorded) and "Always
 * allow <vendor>" (a recorded consent for that vendor).
 */
export function Placeholder({
  name,
  privacyPolicyUrl,
  texts,
  onLoadOnce,
  onAlwaysAllow
}: PlaceholderProps) {
  return (
    <div class="cy-placeholder" role="group" aria-labelledby="cy-placeholder-name">
      <p id="cy-placeholder-name" class="cy-placeholder-name">
        {name}
      </p>
      <p>{format(texts.placeholderText, { vendor: name })}</p>
      <div class="cy-actions">
        <button type="button" class="cy-button" onClick={onLoadOnce}>
          {texts.loadOnce}
        </button>
        <button type="button" class="cy-button" onClick={onAlwaysAllow}>
          {format(texts.alwaysAllow, { vendor: name })}
        </button>
      </div>
      {privacyPolicyUrl && (
        <p class="cy-placeholder-link">
          <a href={privacyPolicyUrl} target="_blank" rel="noopener noreferrer">
            {format(texts.vendorPrivacy, { vendor: name })} {texts.newWindow}
          </a>
        </p>
      )}
    </div>
  )
}

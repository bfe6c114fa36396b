import type { ResolvedConfig } from '../core/config/types'
import { GATED_ELEMENTS, LOADING_ATTRIBUTES } from '../dom/gate/activate-element'
import { TRIGGER_VIEWS } from '../dom/triggers/index'
import { closestWord } from '../utils/closest-word'
import { htmlTags } from './html-tags'

/** One problem in a page's gating markup. */
export interface MarkupFinding {
  /** 1-based line of the element's start tag. */
  line: number
  /** `error`: the element leaks before consent, or never runs; `warning`: it does less. */
  level: 'error' | 'warning'
  /** The tag (`<script>`) and what is wrong with it. */
  message: string
}

/**
 * Checks a page's gating markup (CONTRACT.md §3) against a config, as the SDK would treat
 * it: what would load before consent (a gated script without `type="text/plain"`, a real
 * `src` beside `data-consent`), what would never run (an unknown category or vendor, which
 * the page only warns about in the console), and triggers that open nothing. Reads the
 * HTML as text: markup written by scripts is not seen.
 *
 * @param html The page's HTML.
 * @param config The validated config.
 * @returns The findings, in document order.
 */
export function checkMarkup(
  html: string,
  config: Pick<ResolvedConfig, 'categories' | 'vendors'>
): MarkupFinding[] {
  const categories = config.categories.map((c) => c.id)
  const vendors = config.vendors.map((v) => v.id)
  const findings: MarkupFinding[] = []
  for (const { tag, attributes, line } of htmlTags(html)) {
    const found = (level: MarkupFinding['level'], message: string) =>
      findings.push({ line, level, message: `<${tag}> ${message}` })
    const unknown = (what: string, value: string, known: string[]) => {
      const near = closestWord(value, known)
      found(
        'error',
        `${what}="${value}" names no ${what === 'data-consent' ? 'category' : 'vendor'} ` +
          `of the config: it never runs${near ? ` (did you mean "${near}"?)` : ''}`
      )
    }

    const trigger = attributes.get('data-consentry')
    if (trigger !== undefined && !TRIGGER_VIEWS.includes(trigger))
      found(
        'error',
        `data-consentry="${trigger}" opens nothing: use ${TRIGGER_VIEWS.map((t) => `"${t}"`).join(' or ')}`
      )
    const category = attributes.get('data-consent')
    const vendor = attributes.get('data-vendor')
    if (category === undefined) {
      if (vendor !== undefined)
        found('warning', 'has data-vendor without data-consent: it is not gated')
      continue
    }
    if (tag === 'script') {
      const type = attributes.get('type')?.trim().toLowerCase()
      if (type !== 'text/plain')
        found(
          'error',
          'is not gated without type="text/plain": it runs before consent ' +
            '(or, where auto-blocking knows its host, is still fetched)'
        )
    } else if (!GATED_ELEMENTS.includes(tag)) {
      found(
        'warning',
        'is not an element Consentry gates: data-consent does nothing here'
      )
      continue
    } else {
      for (const [real, data] of LOADING_ATTRIBUTES[tag] ?? [])
        if (attributes.has(real))
          found('error', `loads before consent: write ${real} as ${data}`)
    }
    if (!categories.includes(category)) unknown('data-consent', category, categories)
    if (vendor === undefined) continue
    const entry = config.vendors.find((v) => v.id === vendor)
    if (!entry) unknown('data-vendor', vendor, vendors)
    else if (categories.includes(category) && entry.category !== category)
      found(
        'warning',
        `data-vendor="${vendor}" is a ${entry.category} vendor: the element waits for ` +
          `both "${category}" and "${entry.category}"`
      )
  }
  return findings
}

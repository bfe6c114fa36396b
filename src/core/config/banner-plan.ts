import { isPlainObject } from '../../utils/is-plain-object'
import { URL_PATTERN } from './patterns'
import type { ThemeName } from './types'

/**
 * What a layer the first file shows without the UI (the first-visit banner, a returning
 * view's re-open button) needs to know of the site's config to look as the UI would.
 */
export interface LayerLook {
  theme: ThemeName
  /** `language`, as given (the layer picks the visitor's language from it). */
  language?: string
  /** `texts`, as given: only string values are ever read from it. */
  texts: Readonly<Record<string, Readonly<Record<string, unknown>> | undefined>>
}

/** What the first-visit banner file needs to know of the site's config. */
export interface BannerPlan extends LayerLook {
  layout: FirstLayout
  /** `ui.blockPage`: with `modal`, the page is inert until the visitor chooses. */
  blockPage: boolean
  privacyPolicyUrl?: string
  legalNoticeUrl?: string
}

/** The layouts a first-visit banner file shows (`modal` has a file of its own). */
export type FirstLayout = 'bar' | 'box' | 'modal'

const THEMES: readonly ThemeName[] = ['light', 'dark', 'auto', 'high-contrast']

type Raw = Record<string, unknown>
/** The value if it is a plain object, else an empty one: config text read as it comes. */
export const object = (value: unknown): Raw => (isPlainObject(value) ? value : {})

/**
 * What a first-time visitor's view shows on its own under `gdpr`, read from the config's
 * `ui` without the validator: `bar` or `box` (the banner file), `modal` (the modal banner
 * file); `ui` for an unknown layout, which the engine reports and the UI shows; nothing
 * with `ui.autoShow: false`. The first file reads it before it asks for a banner file,
 * which the page's first frame waits for. A config or `ui` that is no object reads as
 * empty here: {@link bannerPlan} turns it down.
 *
 * @param raw The site's config as found, not validated (`undefined`: none).
 * @returns The first layer, or `undefined` when none shows by itself.
 */
export function firstLayer(raw: unknown): FirstLayout | 'ui' | undefined {
  const { layout = 'bar', autoShow } = object(object(raw).ui)
  return autoShow === false
    ? undefined
    : layout === 'bar' || layout === 'box' || layout === 'modal'
      ? layout
      : 'ui'
}

/**
 * How the GDPR banner is shown before the engine is loaded, read from the config's text
 * without the validator, for a first-time visitor's view. It is asked only where the
 * regime is `gdpr` for certain (the first file checks {@link certainlyGdpr}, or the engine
 * validated it before). Only a plain case qualifies: a `bar`, `box` or `modal` layout,
 * and the banner shown on its own ({@link firstLayer}). Anything else is left to the engine
 * (`undefined`). Showing a banner grants nothing: the engine, loaded when the visitor
 * acts, validates the config before any decision is made.
 *
 * @param raw The site's config as found, not validated (`undefined`: none).
 * @returns The plan, or `undefined`.
 */
export function bannerPlan(raw: unknown): BannerPlan | undefined {
  const config = raw === undefined ? {} : object(raw)
  if (raw !== undefined && config !== raw) return undefined
  const ui = object(config.ui)
  if (config.ui !== undefined && ui !== config.ui) return undefined
  const layout = firstLayer(config)
  if (!layout || layout === 'ui') return undefined
  const url = (value: unknown) =>
    typeof value === 'string' && URL_PATTERN.test(value) ? value : undefined
  return Object.assign(layerLook(config, ui), {
    layout,
    blockPage: ui.blockPage === true,
    privacyPolicyUrl: url(config.privacyPolicyUrl),
    legalNoticeUrl: url(config.legalNoticeUrl)
  })
}

/**
 * The theme, language and texts of a config read from its text, as the UI would resolve
 * them (an unknown theme is light).
 *
 * @param config The config, an object.
 * @param ui Its `ui`, an object.
 * @returns Its look.
 */
export function layerLook(config: Raw, ui: Raw): LayerLook {
  return {
    theme: THEMES.includes(ui.theme as ThemeName) ? (ui.theme as ThemeName) : 'light',
    language: typeof config.language === 'string' ? config.language : undefined,
    texts: object(config.texts) as LayerLook['texts']
  }
}

/**
 * Whether the regime is `gdpr` for certain (see `resolveRegime`), read from the config's
 * text without the validator: a `regime` of `gdpr`, or `auto` with no region or a region
 * outside the US that the site does not map elsewhere. The script tag's first file reads
 * it to show a first-time visitor the banner file's banner, with nothing remembered from an
 * earlier view to ask.
 *
 * @param raw The site's config as found, not validated (`undefined`: none).
 * @param region `data-region`; the config's `region` otherwise (as the core reads it).
 * @returns `false` when anything else is possible, or the config is no object.
 */
export function certainlyGdpr(raw: unknown, region: string | undefined): boolean {
  const config = raw === undefined ? {} : object(raw)
  if (raw !== undefined && config !== raw) return false
  const option = config.regime ?? 'auto'
  if (option === 'gdpr') return true
  if (option !== 'auto') return false
  const where = region ?? (typeof config.region === 'string' ? config.region : undefined)
  if (!where) return true
  const code = where.toUpperCase()
  const country = code.slice(0, 2)
  if (country === 'US') return false
  const owner: Raw = {}
  for (const [key, value] of Object.entries(object(config.regionRegimes)))
    owner[key.toUpperCase()] = value
  return (owner[code] ?? owner[country] ?? 'gdpr') === 'gdpr'
}

import type { Category, Vendor, VendorTags } from '../../catalog/types'

/** How consent works for a visitor (CONTRACT.md §5). */
export type Regime = 'gdpr' | 'us' | 'none'

/** `auto` picks the regime from the visitor's region. */
export type RegimeOption = Regime | 'auto'

/** Cookie `SameSite` attribute values, as js-cookie spells them. */
export type SameSite = 'Lax' | 'Strict' | 'None'

/** Where and for how long the choice is stored (CONTRACT.md §8). */
export interface CookieOptions {
  /**
   * Cookie name.
   * @default 'consentry'
   */
  name?: string
  /**
   * Domain attribute, e.g. `.example.com` to share the choice with subdomains.
   * @default undefined (the current host only)
   */
  domain?: string
  /**
   * Path attribute.
   * @default '/'
   */
  path?: string
  /**
   * SameSite attribute. `None` needs a secure (https) page.
   * @default 'Lax'
   */
  sameSite?: SameSite
  /**
   * Days until the choice expires and the visitor is asked again (1 to 400; browsers cap
   * cookie lifetimes at 400 days).
   * @default 180
   */
  expiryDays?: number
}

/** A category in a site's config: `title`/`description` may be given per language. */
export interface CategoryConfig {
  /** Id, `[a-z][a-z0-9_-]*`; the built-in ids get built-in texts. */
  id: string
  /** Switch title, as text or `{ en: …, de: … }`. */
  title?: string | Record<string, string>
  /** Description, as text or `{ en: …, de: … }`. */
  description?: string | Record<string, string>
}

/**
 * A vendor in a site's config: the id of a catalog vendor (`'facebook'`), or an object.
 * An object whose id is in the catalog overrides those fields of the catalog entry; any
 * other object is a custom vendor and must give `name`, `category` and
 * `privacyPolicyUrl`.
 */
export type VendorConfig = string | (Partial<Vendor> & { id: string })

/** Google Consent Mode v2 options. */
export interface GoogleConsentModeOptions {
  /**
   * Milliseconds Google tags wait for an `update` after the `default`.
   * @default 500
   */
  waitForUpdate?: number
  /**
   * Send ad click information in URLs while ad storage is denied.
   * @default false
   */
  urlPassthrough?: boolean
  /**
   * Redact ad click identifiers while ad storage is denied.
   * @default true
   */
  adsDataRedaction?: boolean
  /**
   * Limit the `default` command to these regions (ISO 3166, `ES`, `US-CA`), as Google's
   * `region` parameter does.
   * @default [] (every region)
   */
  region?: string[]
}

/** Where the first-layer banner sits. */
export type BannerLayout = 'bar' | 'box' | 'modal'

/** A shipped colour theme; `auto` follows `prefers-color-scheme`. */
export type ThemeName = 'light' | 'dark' | 'auto' | 'high-contrast'

/** How the visitor-facing UI looks and behaves. */
export interface UIOptions {
  /**
   * First-layer layout: a bar along the bottom, a box in the corner, or a centred modal.
   * @default 'bar'
   */
  layout?: BannerLayout
  /**
   * With `layout: 'modal'`, make the rest of the page inert until the visitor chooses;
   * except on the pages `privacyPolicyUrl` and `legalNoticeUrl` name, which stay readable.
   * @default false
   */
  blockPage?: boolean
  /**
   * Colour theme.
   * @default 'light'
   */
  theme?: ThemeName
  /**
   * A floating "Cookie settings" button on every page once a choice is made, so that
   * withdrawing is as easy as consenting.
   * @default false
   */
  reopenButton?: boolean
  /**
   * Show the banner by itself when a choice is needed (`gdpr` and nothing stored).
   * @default true
   */
  autoShow?: boolean
  /**
   * Under `us`, show a non-blocking notice with the opt-out link until acknowledged.
   * @default false
   */
  usNotice?: boolean
}

/**
 * Everything a site can configure. Every field is optional: with no config at all
 * Consentry runs on the embedded default taxonomy and catalog.
 *
 * @example
 * ```json
 * { "revision": 2, "vendors": ["google-analytics", "facebook"], "region": "DE" }
 * ```
 */
export interface ConsentryConfig {
  /**
   * Config revision. Raise it when what visitors agreed to changes: choices made under an
   * older revision count as "no choice" and the visitor is asked again.
   * @default 1
   */
  revision?: number
  /**
   * Consent regime; `auto` resolves it from `region`, and an unknown region gets the
   * strictest (`gdpr`).
   * @default 'auto'
   */
  regime?: RegimeOption
  /**
   * The visitor's region as an ISO 3166 code (`DE`, `US-CA`), usually from the server or
   * CDN; the script tag's `data-region` wins over it.
   * @default undefined (unknown)
   */
  region?: string
  /**
   * Owner's regime per region, over the built-in table (`{ "US-TX": "none", "JP": "none" }`).
   * @default {}
   */
  regionRegimes?: Record<string, Regime>
  /**
   * UI language (BCP 47). The script tag's `data-lang` wins over it.
   * @default undefined (from `<html lang>`, then the browser)
   */
  language?: string
  /**
   * Text overrides per language and key (`{ en: { acceptAll: 'OK' } }`), always rendered
   * as plain text.
   * @default {}
   */
  texts?: Record<string, Record<string, string>>
  /**
   * Categories; `essential` is always present (and added first if omitted).
   * @default the four default categories
   */
  categories?: CategoryConfig[]
  /**
   * Vendors: catalog ids and/or vendor objects.
   * @default the whole catalog
   */
  vendors?: VendorConfig[]
  /**
   * The stored-choice cookie.
   * @default { name: 'consentry', path: '/', sameSite: 'Lax', expiryDays: 180 }
   */
  cookie?: CookieOptions
  /**
   * Google Consent Mode v2 signals; `false` turns them off.
   * @default true
   */
  googleConsentMode?: boolean | GoogleConsentModeOptions
  /**
   * URL that receives each consent record as JSON.
   * @default undefined (records stay local)
   */
  recordEndpoint?: string
  /**
   * The site's privacy or cookie policy, linked from the banner.
   * @default undefined
   */
  privacyPolicyUrl?: string
  /**
   * The site's legal notice (imprint, "Impressum"), linked from the banner after the
   * privacy policy.
   * @default undefined
   */
  legalNoticeUrl?: string
  /**
   * Hold tags loading from a vendor's host until that vendor is granted, even without
   * `data-consent` markup (script-tag build).
   * @default true
   */
  autoBlock?: boolean
  /**
   * The site's own hosts mapped to a category, for auto-blocking
   * (`{ "widget.chat.example": "personalisation" }`); a host matches its subdomains too.
   * @default {}
   */
  hosts?: Record<string, string>
  /**
   * The site's transactions are covered by the IAB Multi-State Privacy Agreement (MSPA;
   * the LSPA for the US Privacy string): reported in the GPP and USP signals.
   * @default false
   */
  mspaCovered?: boolean
  /**
   * Reload the page once when something that already ran is withdrawn: code that ran cannot
   * be unloaded, and after the reload nothing withdrawn runs again.
   * @default true
   */
  reloadOnWithdraw?: boolean
  /**
   * The banner and dialogs.
   * @default { layout: 'bar', blockPage: false, theme: 'light', reopenButton: false, autoShow: true }
   */
  ui?: UIOptions
}

/** The config after validation and defaults: every field present, vendors resolved. */
export interface ResolvedConfig {
  revision: number
  regime: RegimeOption
  region: string | undefined
  regionRegimes: Record<string, Regime>
  language: string | undefined
  texts: Record<string, Record<string, string>>
  categories: Category[]
  /** Localised titles and descriptions given in the config, by category id. */
  categoryTexts: Record<string, Pick<CategoryConfig, 'title' | 'description'>>
  vendors: Vendor[]
  /** Catalog vendors whose purpose the site replaced: shipped translations skip them. */
  ownPurposes: string[]
  cookie: Required<Omit<CookieOptions, 'domain'>> & { domain: string | undefined }
  googleConsentMode: false | Required<GoogleConsentModeOptions>
  recordEndpoint: string | undefined
  privacyPolicyUrl: string | undefined
  legalNoticeUrl: string | undefined
  ui: Required<UIOptions>
  reloadOnWithdraw: boolean
  autoBlock: boolean
  hosts: Record<string, string>
  mspaCovered: boolean
}

/**
 * The part of a resolved config that gating, the stored choice and the boot-time signals
 * read: what the script tag's first file keeps of a validated config (see `src/boot.ts`).
 */
export interface GatingConfig {
  revision: number
  categories: Array<Pick<Category, 'id' | 'required'>>
  vendors: VendorTags[]
  cookie: ResolvedConfig['cookie']
  googleConsentMode: ResolvedConfig['googleConsentMode']
  autoBlock: boolean
  hosts: Record<string, string>
  /**
   * Read by the GPP and USP signals (`data-region` wins over `region`), which the first
   * file starts on its own on a US view of a config validated before; absent from the
   * config in force before any config is known.
   */
  region?: string
  mspaCovered?: boolean
}

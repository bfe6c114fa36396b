/**
 * A cookie (or cookie-name pattern) a vendor sets.
 *
 * @example { name: '_ga_*', days: 730 }
 */
export interface VendorCookie {
  /** Exact name, or a pattern where `*` stands for any run of characters (`_ga_*`). */
  name: string
  /** Lifetime in days; `0` means a session cookie. */
  days: number
  /**
   * Set on the vendor's own domain (third-party): shown to visitors, but the page cannot
   * read or delete it.
   * @default false
   */
  thirdParty?: boolean
}

/**
 * How a vendor is told about consent through its own API, as data. The interpreter
 * (integrations/vendor-consent) knows the three shapes, not the vendors.
 *
 * - `queue`: `window[global]` is an array the vendor's tag reads later (Microsoft UET's
 *   `uetq`); it is created if missing, `initial` is pushed first, then `granted` or
 *   `denied` on every change.
 * - `function`: `window[global]` is a function the vendor's snippet defines (Facebook's
 *   `fbq`); its definition is trapped so that the first call into it is `granted` or
 *   `denied`, before the snippet's own `init`, and later changes call it again.
 * - `methods`: `window[global]` is an object with methods (TikTok's `ttq`); it is created as
 *   the snippet's queue with `granted` (or `initial`, else `denied`) first, and later
 *   changes call `granted` or `denied`.
 */
export type VendorConsentApi =
  | {
      kind: 'queue'
      global: string
      initial?: unknown[]
      granted: unknown[]
      denied: unknown[]
    }
  | {
      kind: 'function'
      global: string
      granted: unknown[]
      denied: unknown[]
      /** Called under the `us` regime when the visitor opts out of sale or sharing. */
      optedOut?: unknown[]
      /** Called under the `us` regime when the visitor has not opted out. */
      optedIn?: unknown[]
    }
  | { kind: 'methods'; global: string; initial?: string; granted: string; denied: string }

/**
 * One vendor as plain data: who it is, what category it needs, what it sets and where its
 * tags load from. No code here branches on a vendor; everything is driven by these fields.
 */
export interface Vendor {
  /** Stable id used in `data-vendor`, `save({ vendors })` and the cookie (`[a-z0-9-]+`). */
  id: string
  /** Display name. */
  name: string
  /** Id of the category that must be granted for this vendor to run. */
  category: string
  /** What the vendor does on the site, in English (translations may override). */
  purpose?: string
  /** The vendor's privacy policy. */
  privacyPolicyUrl: string
  /** The vendor's own page on the cookies it uses, when it has one. */
  cookiePolicyUrl?: string
  /** Cookies the vendor sets: cleared on withdrawal, listed in the preferences. */
  cookies: VendorCookie[]
  /**
   * localStorage and sessionStorage keys it writes (names or `*` patterns), removed on
   * withdrawal together with its cookies.
   * @default []
   */
  storage?: string[]
  /** Hosts its tags load from; a host matches itself and its subdomains. */
  hosts: string[]
  /** The vendor's own consent API, where it has one. */
  consentApi?: VendorConsentApi
  /**
   * Counts as "sale" or "sharing" of personal information under CCPA/CPRA (cross-context
   * behavioural advertising); stops when a US visitor opts out.
   */
  saleShare: boolean
}

/** A consent category: a purpose visitors grant or deny as a whole. */
export interface Category {
  /** Stable id used in `data-consent`, `save({ categories })` and the cookie. */
  id: string
  /** Title shown on the category's switch (English; translations may override). */
  title: string
  /** One or two sentences on what the category is for. */
  description: string
  /** Always granted and cannot be switched off (only `essential`). */
  required?: boolean
}

/** What gating needs of a vendor (the script tag's first file carries only this). */
export type VendorTags = Pick<
  Vendor,
  'id' | 'category' | 'hosts' | 'consentApi' | 'saleShare'
>

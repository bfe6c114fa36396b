// @vitest-environment happy-dom
import { atom } from 'nanostores'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Regime } from '../core/config/types'
import { validateConfig } from '../core/config/validate'
import { encodeChoice } from '../core/consent/codec'
import { acceptAllChoice, rejectAllChoice, saveChoice } from '../core/consent/decide'
import type { Choice } from '../core/consent/types'
import { startRuntime } from '../dom/runtime/index'
import { readConsent, type RequestHeaders } from './index'

// The gate's rule is written twice: in the page's runtime (`verdict`, in the first file,
// where every byte counts) and in `consentry/server`'s `allows`. This test holds them
// to the same answers for every category and vendor, known or not, in several states.

const NOW = Date.UTC(2026, 10, 24, 12)
const config = validateConfig(undefined).config

afterEach(() => {
  document.body.replaceChildren()
  vi.restoreAllMocks()
})

function cookie(regime: Regime, choice: Choice): string {
  const value = encodeChoice(config, {
    choice,
    regime,
    method: 'preferences',
    revision: config.revision,
    id: 'rec0000000001',
    time: NOW - 60_000,
    gpc: false
  })
  return `${config.cookie.name}=${value}`
}

const mixed = saveChoice(config, rejectAllChoice(config), {
  categories: { statistical: true, marketing: true },
  vendors: { 'google-analytics': true, facebook: true, criteo: false }
})

const cases: Array<[string, RequestHeaders, string, boolean]> = [
  ['no choice, EU', {}, 'DE', false],
  ['rejected all, EU', { cookie: cookie('gdpr', rejectAllChoice(config)) }, 'DE', true],
  ['accepted all, EU', { cookie: cookie('gdpr', acceptAllChoice(config)) }, 'FR', true],
  ['some categories and vendors, EU', { cookie: cookie('gdpr', mixed) }, 'DE', true],
  ['no choice, California', {}, 'US-CA', false],
  ['GPC, California', { 'sec-gpc': '1' }, 'US-CA', false],
  [
    'GPC over accepted all, California',
    { 'sec-gpc': '1', cookie: cookie('us', acceptAllChoice(config)) },
    'US-CA',
    true
  ]
]

/** Every category and vendor pairing the page could name, and names it does not know. */
const names: Array<[string, string | undefined]> = [
  ...[...config.categories.map((c) => c.id), 'statistics'].flatMap((category) => [
    [category, undefined] as [string, undefined],
    ...[...config.vendors.map((v) => v.id), 'acme'].map(
      (vendor) => [category, vendor] as [string, string]
    )
  ])
]

describe('the page and the server give one answer', () => {
  it.each(cases)('%s', async (_name, headers, region, decided) => {
    const server = readConsent(headers, { region, now: NOW })
    // The cookie was read as a choice (a bad one would make the case "no choice").
    expect(server.state.decided).toBe(decided)
    // The page warns of each unknown name once: expected here, and checked below.
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const pixels = names.map(([category, vendor], index) => {
      const img = document.createElement('img')
      img.setAttribute('data-consent', category)
      if (vendor !== undefined) img.setAttribute('data-vendor', vendor)
      img.setAttribute('data-src', `https://cdn.example/${index}.gif`)
      return img
    })
    document.body.append(...pixels)
    const runtime = startRuntime({
      document,
      $state: atom(server.state),
      hooks: {
        config: () => config,
        configured: () => true,
        blockedFrame: () => undefined,
        show: () => undefined
      }
    })
    await new Promise((resolve) => setTimeout(resolve, 0))
    const onPage = pixels.map((img) => img.hasAttribute('src'))
    const onServer = names.map(([category, vendor]) => server.allows(category, vendor))
    runtime.gate.stop()
    expect(onPage).toEqual(onServer)
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('unknown vendor "acme"'),
      expect.anything()
    )
    // Not a vacuous match: each state allows some pairings, and refuses others.
    expect(onServer).toContain(false)
    expect(onServer).toContain(true)
  })
})

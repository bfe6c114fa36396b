// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ConsentState } from '../../core/consent/types'
import { mergeTexts } from '../i18n/merge-texts'
import { EN_BANNER } from '../i18n/en-banner'
import { bannerContent, consentBanner, onSitePage } from './banner-content'
import { layerContext } from '../../../test/unit/layer-context'
import { firstBanner } from './first-banner'
import { modalFrame } from './frame-modal'
import { regionFrame } from './frame-region'

const showFirstBanner = firstBanner(regionFrame)

const state = (decided: boolean) => ({ decided }) as ConsentState

function show(config: unknown = {}) {
  const { context, act, $state } = layerContext(config, state(false))
  return { $state, act, banner: showFirstBanner(context) }
}

/** The banner's region, once shown (English and the light theme are in the file). */
async function region() {
  return vi.waitFor(() => {
    const root = document.querySelector('consentry-root')?.shadowRoot
    const section = root?.querySelector('section.cy-banner') as HTMLElement | null
    if (!section) throw new Error('no banner yet')
    return section
  })
}

afterEach(() => document.body.replaceChildren())

describe('the first-visit banner file', () => {
  // Nothing leaves the test: a theme other than light is fetched from themes/.
  beforeEach(() =>
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(''))
    )
  )
  afterEach(() => vi.unstubAllGlobals())

  it('shows a labelled region first in <body> with three equal buttons', async () => {
    document.body.innerHTML = '<main>page</main>'
    show({ privacyPolicyUrl: '/privacy', ui: { layout: 'box', theme: 'dark' } })
    const section = await region()
    expect(document.body.firstElementChild?.localName).toBe('consentry-root')
    expect(section?.getAttribute('data-layout')).toBe('box')
    expect(section?.parentElement?.getAttribute('data-theme')).toBe('dark')
    const title = section?.querySelector('h2')
    expect(section?.getAttribute('aria-labelledby')).toBe(title?.id)
    expect(title?.textContent).toBe('Your privacy choices')
    expect(section?.querySelector('a')?.getAttribute('href')).toBe('/privacy')
    const buttons = [...(section?.querySelectorAll('button') ?? [])]
    expect(buttons.map((b) => [b.textContent, b.className, b.type])).toEqual([
      ['Accept all', 'cy-button', 'button'],
      ['Reject all', 'cy-button', 'button'],
      ['Customize', 'cy-button', 'button']
    ])
    expect(buttons[2]?.getAttribute('aria-haspopup')).toBe('dialog')
  })

  it('warms the engine when the visitor is about to act, and hands every button over', async () => {
    const { act } = show()
    const section = (await region())!
    expect(act).not.toHaveBeenCalled()
    section.dispatchEvent(new Event('pointerover'))
    section.dispatchEvent(new Event('pointerover'))
    expect(act.mock.calls).toEqual([['warm']])
    act.mockClear()
    for (const button of section.querySelectorAll('button')) button.click()
    expect(act.mock.calls).toEqual([['acceptAll'], ['rejectAll'], ['customize']])
  })

  it('goes away once a choice is in force, and on hide()', async () => {
    const { $state } = show()
    expect(await region()).toBeTruthy()
    $state.set(state(true))
    expect(document.querySelector('consentry-root')).toBeNull()
    const second = show()
    expect(await region()).toBeTruthy()
    second.banner?.hide()
    expect(second.banner?.shown()).toBe(false)
    expect(document.querySelector('consentry-root')).toBeNull()
  })

  it('keeps focus in the page clear of it while shown, and gives the page back', async () => {
    document.body.innerHTML = '<a href="#end">end</a>'
    const { $state } = show()
    await region()
    const root = document.documentElement.style
    document.querySelector('a')!.focus()
    expect(root.scrollPaddingBottom).not.toBe('')
    expect(root.paddingBottom).toBe(root.scrollPaddingBottom)
    $state.set(state(true))
    expect([root.paddingBottom, root.scrollPaddingBottom]).toEqual(['', ''])
  })

  it('fetches a theme other than light from themes/, and shows once it is there', async () => {
    let answer: (css: string) => void = () => {}
    const fetch = vi.fn(
      () =>
        new Promise<Response>((resolve) => (answer = (css) => resolve(new Response(css))))
    )
    vi.stubGlobal('fetch', fetch)
    show({ ui: { theme: 'dark' } })
    await Promise.resolve()
    expect(fetch).toHaveBeenCalledWith('http://localhost/dist/themes/dark.css')
    expect(document.querySelector('consentry-root')).toBeNull()
    answer(".cy[data-theme='dark']{--_bg:#000}")
    const section = await region()
    expect(section.closest('.cy')?.getAttribute('data-theme')).toBe('dark')
    const root = document.querySelector('consentry-root')!.shadowRoot!
    const css =
      root.adoptedStyleSheets
        .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
        .join('') + (root.querySelector('style')?.textContent ?? '')
    expect(css).toMatch(/--_bg: ?#000/)
  })

  it("shows a language only the site's texts give, fetching no translation", async () => {
    const fetch = vi.fn(async () => new Response('{}'))
    vi.stubGlobal('fetch', fetch)
    show({
      language: 'he',
      texts: { he: { bannerTitle: 'הבחירות שלך', acceptAll: 'אישור הכול' } }
    })
    const section = await region()
    expect(section.querySelector('h2')?.textContent).toBe('הבחירות שלך')
    // What the site did not give shows in English.
    expect([...section.querySelectorAll('button')].map((b) => b.textContent)).toEqual([
      'אישור הכול',
      'Reject all',
      'Customize'
    ])
    const root = section.closest('.cy')!
    expect(root.getAttribute('lang')).toBe('he')
    expect(root.getAttribute('dir')).toBe('rtl')
    expect(fetch).not.toHaveBeenCalled()
  })

  it("shows a region's variant the site's texts give over the shipped language it starts from", async () => {
    const fetch = vi.fn(
      async () =>
        new Response(
          JSON.stringify({ acceptAll: 'Tout accepter', rejectAll: 'Tout refuser' })
        )
    )
    vi.stubGlobal('fetch', fetch)
    show({ language: 'fr-CA', texts: { 'fr-CA': { rejectAll: 'Refuser' } } })
    const section = await region()
    expect(fetch).toHaveBeenCalledWith('http://localhost/dist/i18n/fr.banner.json')
    expect([...section.querySelectorAll('button')].map((b) => b.textContent)).toEqual([
      'Tout accepter',
      'Refuser',
      'Customize'
    ])
    expect(section.closest('.cy')!.getAttribute('lang')).toBe('fr-CA')
  })

  it('declines what it cannot stand for: the engine and the UI show it then', () => {
    expect(show({ ui: { layout: 'sidebar' } }).banner).toBeUndefined()
    expect(show({ ui: { autoShow: false } }).banner).toBeUndefined()
  })

  it("renders the site's texts as text, never as HTML", async () => {
    const html = '<img src=x onerror="window.__xss=1">'
    show({ texts: { en: { bannerTitle: html, acceptAll: '<b>OK</b>' } } })
    const section = (await region())!
    expect(section.querySelector('h2')?.textContent).toBe(html)
    expect(section.querySelector('button')?.textContent).toBe('<b>OK</b>')
    expect(section.querySelector('img, b')).toBeNull()
  })
})

describe('bannerContent', () => {
  it("links the site's pages after the text, in order, each only when it has an address", () => {
    const content = {
      titleId: 't',
      title: 'T',
      text: 'Text.',
      links: [
        { href: undefined, label: 'Policy' },
        { href: undefined, label: 'Notice' }
      ],
      buttons: [{ label: 'OK', onClick: () => {} }]
    }
    expect(bannerContent(document, content).querySelector('a')).toBeNull()
    const policy = bannerContent(document, {
      ...content,
      links: [{ href: '/p', label: 'Policy' }, content.links[1]!]
    })
    expect(policy.querySelector('p')?.textContent).toBe('Text. Policy')
    const both = bannerContent(document, {
      ...content,
      links: [
        { href: '/p', label: 'Policy' },
        { href: '/n', label: 'Notice' }
      ]
    })
    expect(both.querySelector('p')?.textContent).toBe('Text. Policy Notice')
    expect([...both.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      '/p',
      '/n'
    ])
  })

  it("names the legal notice in the banner's language", () => {
    const content = consentBanner(
      { ...EN_BANNER, legalNotice: 'Impressum' },
      { privacyPolicyUrl: '/datenschutz', legalNoticeUrl: '/impressum' },
      { acceptAll() {}, rejectAll() {}, customize() {} }
    )
    expect(content.links).toEqual([
      { href: '/datenschutz', label: 'Privacy policy' },
      { href: '/impressum', label: 'Impressum' }
    ])
  })

  it('leaves the pages it links to unblocked: privacy policy and legal notice', () => {
    const site = { privacyPolicyUrl: '/privacy', legalNoticeUrl: '/imprint' }
    expect(onSitePage(site, 'https://shop.example/privacy')).toBe(true)
    expect(onSitePage(site, 'https://shop.example/imprint/#top')).toBe(true)
    expect(onSitePage(site, 'https://shop.example/')).toBe(false)
    expect(onSitePage({}, 'https://shop.example/privacy')).toBe(false)
  })
})

describe('mergeTexts', () => {
  it('English, then the translation, then the base language, then the exact tag', () => {
    const texts = mergeTexts(
      { a: 'en-a', b: 'en-b', c: 'en-c', d: 'en-d' },
      'pt-BR',
      { b: 'tr-b', c: 'tr-c', d: 'tr-d' },
      { pt: { c: 'pt-c', d: 'pt-d' }, 'pt-BR': { d: 'br-d' } }
    )
    expect(texts).toEqual({ a: 'en-a', b: 'tr-b', c: 'pt-c', d: 'br-d' })
  })

  it('takes only strings from data that came from outside', () => {
    expect(
      mergeTexts({ a: 'en' }, 'de', { a: 42 } as never, { de: 'not an object' })
    ).toEqual({ a: 'en' })
  })
})

describe('the first-visit modal banner file', () => {
  const showModal = (config: Record<string, unknown>) => {
    const { context, act } = layerContext(config, state(false))
    return { act, banner: firstBanner(modalFrame)(context) }
  }
  const dialog = () =>
    vi.waitFor(() => {
      const found = document
        .querySelector('consentry-root')
        ?.shadowRoot?.querySelector('dialog.cy-dialog') as HTMLDialogElement | null
      if (!found?.open) throw new Error('no dialog yet')
      return found
    })
  const focused = () =>
    document.querySelector('consentry-root')?.shadowRoot?.activeElement ?? null

  it('opens a dialog named by the banner, moves focus in without warming the engine, and gives focus back', async () => {
    document.body.innerHTML = '<button id="page">page</button>'
    document.getElementById('page')!.focus()
    const { act, banner } = showModal({ ui: { layout: 'modal' } })
    const shown = await dialog()
    expect(shown.getAttribute('data-layout')).toBe('modal')
    expect(shown.hasAttribute('data-nonmodal')).toBe(true)
    expect(shown.getAttribute('aria-modal')).toBeNull()
    const title = shown.querySelector('h2')!
    expect(shown.getAttribute('aria-labelledby')).toBe(title.id)
    expect(shown.querySelector('.cy-dialog-body .cy-inner')).not.toBeNull()
    expect(focused()?.textContent).toBe('Accept all')
    expect(act).not.toHaveBeenCalled()
    shown.dispatchEvent(new Event('pointerover'))
    expect(act.mock.calls).toEqual([['warm']])
    banner!.hide()
    expect(shown.open).toBe(false)
    expect(document.activeElement?.id).toBe('page')
  })

  it('with blockPage it is modal, and Escape is no choice', async () => {
    const { act } = showModal({ ui: { layout: 'modal', blockPage: true } })
    const shown = await dialog()
    expect(shown.getAttribute('aria-modal')).toBe('true')
    expect(shown.hasAttribute('data-nonmodal')).toBe(false)
    const cancel = new Event('cancel', { cancelable: true })
    shown.dispatchEvent(cancel)
    const escape = new KeyboardEvent('keydown', { key: 'Escape', cancelable: true })
    shown.dispatchEvent(escape)
    expect(cancel.defaultPrevented && escape.defaultPrevented).toBe(true)
    expect(shown.open).toBe(true)
    expect(act).not.toHaveBeenCalled()
  })

  it('with blockPage it still leaves the privacy policy readable on its own page', async () => {
    const privacyPolicyUrl = new URL(document.URL).pathname
    showModal({ privacyPolicyUrl, ui: { layout: 'modal', blockPage: true } })
    const shown = await dialog()
    expect(shown.getAttribute('aria-modal')).toBeNull()
    expect(shown.hasAttribute('data-nonmodal')).toBe(true)
    // Tab is not kept inside: the page's links and text stay in reach.
    const tab = new KeyboardEvent('keydown', { key: 'Tab', cancelable: true })
    shown.dispatchEvent(tab)
    expect(tab.defaultPrevented).toBe(false)
  })
})

// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/preact'
import { describe, expect, it } from 'vitest'
import { proofLine, renderUI } from '../../../test/unit/render-ui'
import de from '../i18n/locales/de.json'

const open = (options: Parameters<typeof renderUI>[0] = {}) =>
  renderUI({ view: { banner: false, dialog: 'preferences' }, ...options })

describe('Preferences dialog', () => {
  it('is a dialog named "Cookie preferences" with one switch per category, none pre-ticked', () => {
    open()
    const dialog = screen.getByRole('dialog', { name: 'Cookie preferences' })
    const switches = [
      'Essential',
      'Statistical',
      'Personalisation and service',
      'Marketing'
    ].map((name) => within(dialog).getByRole('switch', { name }))
    expect(switches.map((s) => s.getAttribute('aria-checked'))).toEqual([
      'true',
      'false',
      'false',
      'false'
    ])
    expect(switches[0]!.getAttribute('aria-disabled')).toBe('true')
    expect(within(dialog).getByText('Always on')).toBeTruthy()
    for (const name of ['Save choices', 'Accept all', 'Reject all']) {
      expect(within(dialog).getByRole('button', { name })).toBeTruthy()
    }
  })

  it('links the privacy policy and the legal notice after its text, before the switches', () => {
    open()
    const bare = screen.getByRole('dialog', { name: 'Cookie preferences' })
    expect(within(bare).queryByRole('link', { name: 'Privacy policy' })).toBeNull()
    cleanup()
    open({ config: { privacyPolicyUrl: '/privacy', legalNoticeUrl: '/imprint' } })
    const dialog = screen.getByRole('dialog', { name: 'Cookie preferences' })
    const policy = within(dialog).getByRole('link', { name: 'Privacy policy' })
    const notice = within(dialog).getByRole('link', { name: 'Legal notice' })
    expect([policy.getAttribute('href'), notice.getAttribute('href')]).toEqual([
      '/privacy',
      '/imprint'
    ])
    // In the intro paragraph, after its text: the switches come after them in Tab order.
    expect(policy.closest('p')).toBe(notice.closest('p'))
    expect(policy.closest('p')!.textContent).toMatch(/\. Privacy policy Legal notice$/)
    const first = within(dialog).getByRole('switch', { name: 'Essential' })
    expect(
      notice.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING
    ).toBeTruthy()
  })

  it('describes each category and cannot switch essential off', () => {
    open()
    const essential = screen.getByRole('switch', { name: 'Essential' })
    const description = document.getElementById(
      essential.getAttribute('aria-describedby')!
    )
    expect(description?.textContent).toMatch(/Strictly necessary/)
    fireEvent.click(essential)
    expect(essential.getAttribute('aria-checked')).toBe('true')
  })

  it('expands a category to its vendors: purpose, cookies with lifetimes, policy link', () => {
    open()
    const toggle = screen.getByRole('button', { name: 'Partners (2) Statistical' })
    expect(toggle.getAttribute('aria-expanded')).toBe('false')
    fireEvent.click(toggle)
    expect(toggle.getAttribute('aria-expanded')).toBe('true')
    const vendors = document.getElementById(toggle.getAttribute('aria-controls')!)!
    expect(vendors.hidden).toBe(false)
    const ga = within(vendors).getByRole('switch', { name: 'Google Analytics' })
    expect(ga.getAttribute('aria-checked')).toBe('false')
    expect(within(vendors).getByText('_ga_*')).toBeTruthy()
    expect(within(vendors).getAllByText('2 years').length).toBeGreaterThan(0)
    const link = within(vendors).getByRole('link', {
      name: /Privacy policy of Google Analytics/
    })
    expect(link.getAttribute('href')).toBe('https://policies.google.com/privacy')
    expect(link.getAttribute('rel')).toBe('noopener noreferrer')
  })

  it('saves a granular choice with "preferences" as method', () => {
    const { actions, core } = open()
    fireEvent.click(screen.getByRole('switch', { name: 'Statistical' }))
    fireEvent.click(screen.getByRole('button', { name: 'Partners (10) Marketing' }))
    fireEvent.click(screen.getByRole('switch', { name: 'Criteo' }))
    fireEvent.click(screen.getByRole('button', { name: 'Save choices' }))
    expect(actions.save).toHaveBeenCalledTimes(1)
    const state = core.$state.get()
    expect(state).toMatchObject({ decided: true, method: 'preferences' })
    expect(state.categories).toEqual({
      essential: true,
      statistical: true,
      personalisation: false,
      marketing: true
    })
    expect(state.vendors.criteo).toBe(true)
    expect(state.vendors.facebook).toBe(false)
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('saves every switch clicked before it, though all came in one task (no render between)', () => {
    const { core } = open()
    // Raw clicks, not fireEvent: no act() renders between them, as when a script or
    // assistive technology drives the dialog, or a slow phone queues the taps.
    screen.getByRole('switch', { name: 'Statistical' }).click()
    screen.getByRole('switch', { name: 'Marketing' }).click()
    // On and off again: the second click flips the first, not what the render showed.
    screen.getByRole('switch', { name: 'Personalisation and service' }).click()
    screen.getByRole('switch', { name: 'Personalisation and service' }).click()
    screen.getByRole('button', { name: 'Save choices' }).click()
    expect(core.$state.get().categories).toMatchObject({
      statistical: true,
      personalisation: false,
      marketing: true
    })
  })

  it('a category switch sets its vendors; switching a vendor on switches its category on', () => {
    open()
    fireEvent.click(screen.getByRole('button', { name: 'Partners (2) Statistical' }))
    fireEvent.click(screen.getByRole('switch', { name: 'Statistical' }))
    expect(
      screen.getByRole('switch', { name: 'Yandex Metrica' }).getAttribute('aria-checked')
    ).toBe('true')
    fireEvent.click(screen.getByRole('switch', { name: 'Statistical' }))
    expect(
      screen.getByRole('switch', { name: 'Yandex Metrica' }).getAttribute('aria-checked')
    ).toBe('false')
    fireEvent.click(screen.getByRole('switch', { name: 'Yandex Metrica' }))
    expect(
      screen.getByRole('switch', { name: 'Statistical' }).getAttribute('aria-checked')
    ).toBe('true')
  })

  it('Accept all and Reject all decide from the dialog', () => {
    const { actions } = open()
    fireEvent.click(screen.getByRole('button', { name: 'Accept all' }))
    expect(actions.acceptAll).toHaveBeenCalledWith('preferences')
  })

  it('closing with the close button decides nothing', () => {
    const { core, $view } = open()
    fireEvent.click(screen.getByRole('button', { name: 'Close' }))
    expect($view.get().dialog).toBeNull()
    expect(core.$state.get().decided).toBe(false)
  })

  it('shows what is granted now when reopened', async () => {
    const { core, $view } = open({ view: { banner: false, dialog: null } })
    core.save({ categories: { marketing: true } })
    $view.set({ banner: false, dialog: 'preferences' })
    const marketing = await screen.findByRole('switch', { name: 'Marketing' })
    expect(marketing.getAttribute('aria-checked')).toBe('true')
    expect(
      screen.getByRole('switch', { name: 'Statistical' }).getAttribute('aria-checked')
    ).toBe('false')
  })

  it('uses the translation and the site overrides', () => {
    open({
      language: 'de',
      translation: {
        preferencesTitle: 'Cookie-Einstellungen',
        'category.marketing.title': 'Marketing-DE'
      },
      config: {
        texts: {
          de: { saveChoices: 'Speichern', 'vendor.criteo.purpose': 'Werbung von Criteo' }
        }
      }
    })
    fireEvent.click(screen.getByRole('button', { name: 'Partners (10) Marketing-DE' }))
    expect(screen.getByText('Werbung von Criteo')).toBeTruthy()
    expect(screen.getByRole('dialog', { name: 'Cookie-Einstellungen' })).toBeTruthy()
    expect(screen.getByRole('switch', { name: 'Marketing-DE' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Speichern' })).toBeTruthy()
  })

  it('shows catalog purposes in the visitor language, and a site-written purpose as written', () => {
    open({
      language: 'de',
      translation: de,
      config: {
        vendors: [
          'google-analytics',
          { id: 'criteo', purpose: 'Retargeting for our shop only.' }
        ]
      }
    })
    fireEvent.click(screen.getByRole('button', { name: 'Partner (1) Statistik' }))
    fireEvent.click(screen.getByRole('button', { name: 'Partner (1) Marketing' }))
    const purpose = (name: string) =>
      document.getElementById(
        screen.getByRole('switch', { name }).getAttribute('aria-describedby')!
      )?.textContent
    expect(purpose('Google Analytics')).toBe(
      'Zählt Besuche und misst zusammengefasst, wie die Website genutzt wird. ' +
        'IP-Adressen werden anonymisiert; Daten können in den USA gespeichert werden.'
    )
    // Not the shipped German of the catalog's Criteo text: the site's own words.
    expect(purpose('Criteo')).toBe('Retargeting for our shop only.')
  })

  it('shows no consent id before a choice, and the id and time of the one in force after', () => {
    const { core } = open()
    const dialog = screen.getByRole('dialog', { name: 'Cookie preferences' })
    expect(within(dialog).queryByText(/Consent ID/)).toBeNull()
    act(() => core.acceptAll('api'))
    const { id, timestamp } = core.$state.get()
    const proof = within(dialog).getByText(proofLine(`Consent ID: ${id} (`))
    // The id is isolated from the text around it, for right-to-left languages.
    expect(proof.querySelector('bdi')!.textContent).toBe(id)
    const time = proof.querySelector('time')!
    expect(time.getAttribute('datetime')).toBe(timestamp)
    expect(time.textContent).toBe(
      new Date(timestamp!).toLocaleString('en', {
        dateStyle: 'medium',
        timeStyle: 'short'
      })
    )
    // A later decision is a new record: the line follows it.
    act(() => core.rejectAll('api'))
    expect(core.$state.get().id).not.toBe(id)
    expect(
      within(dialog).getByText(proofLine(`Consent ID: ${core.$state.get().id}`))
    ).toBeTruthy()
  })

  it("dates the consent id by the browser's default where Intl refuses the site's tag", () => {
    const { core } = open({ language: 'ga-x1', config: { texts: { 'ga-x1': {} } } })
    act(() => core.acceptAll('api'))
    const proof = screen.getByText(proofLine(`Consent ID: ${core.$state.get().id}`))
    expect(proof.querySelector('time')!.textContent).toBe(
      new Date(core.$state.get().timestamp!).toLocaleString(undefined, {
        dateStyle: 'medium',
        timeStyle: 'short'
      })
    )
  })

  it('words the consent id and its time in the visitor language', () => {
    const { core } = open({ language: 'de', translation: de })
    act(() => core.acceptAll('api'))
    const proof = screen.getByText(proofLine(/^Einwilligungs-ID: testrecord/))
    // German dates: day, month, year with dots.
    expect(proof.querySelector('time')!.textContent).toMatch(
      /^\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}$/
    )
  })
})

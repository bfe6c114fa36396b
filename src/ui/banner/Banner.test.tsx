// @vitest-environment happy-dom
import { act, fireEvent, screen } from '@testing-library/preact'
import { describe, expect, it } from 'vitest'
import { renderUI } from '../../../test/unit/render-ui'

describe('Banner', () => {
  it('offers Accept all, Reject all and Customize as the same kind of button', () => {
    renderUI()
    const region = screen.getByRole('region', { name: 'Your privacy choices' })
    const buttons = ['Accept all', 'Reject all', 'Customize'].map((name) =>
      screen.getByRole('button', { name })
    )
    for (const button of buttons) {
      expect(region.contains(button)).toBe(true)
      expect(button.className).toBe('cy-button')
      expect(button.tagName).toBe('BUTTON')
    }
    expect(screen.queryByRole('switch')).toBeNull()
    expect(screen.queryByRole('checkbox')).toBeNull()
  })

  it('records Accept all and Reject all with the banner as method, and goes away', () => {
    const { actions, core } = renderUI()
    fireEvent.click(screen.getByRole('button', { name: 'Reject all' }))
    expect(actions.rejectAll).toHaveBeenCalledWith('banner')
    expect(core.$state.get()).toMatchObject({ decided: true, method: 'banner' })
    expect(screen.queryByRole('region', { name: 'Your privacy choices' })).toBeNull()
  })

  it('showBanner() over a decision shows it again; a button, or a decision made elsewhere, closes it', () => {
    const { core, $view } = renderUI()
    const region = () => screen.queryByRole('region', { name: 'Your privacy choices' })
    fireEvent.click(screen.getByRole('button', { name: 'Reject all' }))
    expect(region()).toBeNull()
    // showBanner(): the UI opens the banner again over the decision in force.
    const showBanner = () =>
      act(() => $view.set({ banner: core.$state.get().id ?? true, dialog: null }))
    showBanner()
    expect(region()).not.toBeNull()
    // The same decision again: recorded, and the banner goes.
    fireEvent.click(screen.getByRole('button', { name: 'Reject all' }))
    expect(core.$state.get()).toMatchObject({
      decided: true,
      categories: { statistical: false }
    })
    expect(region()).toBeNull()
    // A decision made elsewhere (the API, another tab) while it is open again closes it.
    showBanner()
    expect(region()).not.toBeNull()
    act(() => core.acceptAll('api'))
    expect(region()).toBeNull()
  })

  it('the US notice shown again over an opt-out: OK closes it and records nothing', () => {
    const { core, actions, $view } = renderUI({
      region: 'US-CA',
      view: { banner: false },
      config: { ui: { usNotice: true } }
    })
    act(() => core.optOut({ sale: true, share: true }, 'opt-out'))
    act(() => $view.set({ banner: core.$state.get().id!, dialog: null }))
    fireEvent.click(screen.getByRole('button', { name: 'OK' }))
    expect(screen.queryByRole('region', { name: 'Your privacy choices' })).toBeNull()
    expect(actions.save).not.toHaveBeenCalled()
    expect(core.$state.get().optOut).toMatchObject({ sale: true, share: true })
  })

  it('Customize opens the preferences dialog without deciding anything', () => {
    const { core } = renderUI()
    fireEvent.click(screen.getByRole('button', { name: 'Customize' }))
    expect(screen.getByRole('dialog', { name: 'Cookie preferences' })).toBeTruthy()
    expect(core.$state.get().decided).toBe(false)
  })

  it('links the privacy policy when one is configured', () => {
    renderUI({ config: { privacyPolicyUrl: '/privacy' } })
    expect(
      screen.getByRole('link', { name: 'Privacy policy' }).getAttribute('href')
    ).toBe('/privacy')
  })

  it('renders config text as text, never as HTML', () => {
    const html = '<img src=x onerror="window.__xss=1">'
    renderUI({ config: { texts: { en: { bannerTitle: html, acceptAll: '<b>OK</b>' } } } })
    expect(screen.getByRole('heading', { name: html })).toBeTruthy()
    expect(screen.getByRole('button', { name: '<b>OK</b>' })).toBeTruthy()
    expect(document.querySelector('img')).toBeNull()
    expect(document.querySelector('b')).toBeNull()
  })

  it('is a dialog in the modal layout, with the same three buttons', () => {
    renderUI({ config: { ui: { layout: 'modal', blockPage: true } } })
    const dialog = screen.getByRole('dialog', { name: 'Your privacy choices' })
    expect(dialog.getAttribute('aria-modal')).toBe('true')
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Accept all',
      'Reject all',
      'Customize'
    ])
  })

  it('leaves the privacy policy readable on its own page, even with blockPage', () => {
    const privacyPolicyUrl = new URL(document.URL).pathname
    renderUI({ config: { privacyPolicyUrl, ui: { layout: 'modal', blockPage: true } } })
    const dialog = screen.getByRole('dialog', { name: 'Your privacy choices' })
    expect(dialog.getAttribute('aria-modal')).toBeNull()
    expect(screen.getByRole('link', { name: 'Privacy policy' })).toBeTruthy()
  })
})

// @vitest-environment happy-dom
import { fireEvent, screen } from '@testing-library/preact'
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
})

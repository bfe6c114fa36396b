// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/preact'
import { describe, expect, it } from 'vitest'
import { proofLine, renderUI } from '../../../test/unit/render-ui'

const open = (options: Parameters<typeof renderUI>[0] = {}) =>
  renderUI({ view: { banner: false, dialog: 'opt-out' }, region: 'US-CA', ...options })

describe('Opt-out dialog', () => {
  it('is named "Do Not Sell or Share My Personal Information" and opts out on confirm', () => {
    const { core, actions } = open()
    expect(
      screen.getByRole('dialog', { name: 'Do Not Sell or Share My Personal Information' })
    ).toBeTruthy()
    const toggle = screen.getByRole('switch', {
      name: 'Opt out of the sale and sharing of my personal information'
    })
    expect(toggle.getAttribute('aria-checked')).toBe('false')
    fireEvent.click(toggle)
    fireEvent.click(screen.getByRole('button', { name: 'Confirm' }))
    expect(actions.optOut).toHaveBeenCalledWith({ sale: true, share: true }, 'opt-out')
    expect(core.$state.get()).toMatchObject({
      method: 'opt-out',
      optOut: { sale: true, share: true }
    })
    expect(core.$state.get().categories.marketing).toBe(false)
  })

  it('confirms the switch as last clicked, though the clicks came in one task', () => {
    const { actions } = open()
    // Raw clicks: no render between them (see the preferences dialog's test).
    screen.getByRole('switch', { name: /^Opt out of the sale/ }).click()
    screen.getByRole('button', { name: 'Confirm' }).click()
    expect(actions.optOut).toHaveBeenCalledWith({ sale: true, share: true }, 'opt-out')
  })

  it('links the privacy policy, then the legal notice, after its text, each the site has', () => {
    open()
    expect(screen.queryAllByRole('link')).toEqual([])
    open({ config: { privacyPolicyUrl: '/privacy' } })
    const link = screen.getByRole('link', { name: 'Privacy policy' })
    expect(link.getAttribute('href')).toBe('/privacy')
    expect(link.closest('p')!.textContent).toMatch(/you do\. Privacy policy$/)
    expect(screen.queryByRole('link', { name: 'Legal notice' })).toBeNull()
    cleanup()
    open({ config: { privacyPolicyUrl: '/privacy', legalNoticeUrl: '/imprint' } })
    const links = screen.getAllByRole('link')
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Privacy policy', '/privacy'],
      ['Legal notice', '/imprint']
    ])
    expect(links[1]!.closest('p')!.textContent).toMatch(/ Privacy policy Legal notice$/)
  })

  it('says a GPC signal was honoured and keeps the switch opted out', () => {
    open({ gpc: true })
    expect(screen.getByRole('status').textContent).toMatch(/^Opt-Out Request Honored/)
    const toggle = screen.getByRole('switch', {
      name: 'Opt out of the sale and sharing of my personal information'
    })
    expect(toggle.getAttribute('aria-checked')).toBe('true')
    expect(toggle.getAttribute('aria-disabled')).toBe('true')
  })

  it('opting back in is as easy', () => {
    const { core } = open()
    core.optOut({ sale: true, share: true })
    fireEvent.click(screen.getByRole('button', { name: 'Close' }))
    const { core: again } = open()
    again.optOut({ sale: true, share: true }, 'opt-out')
    expect(again.$state.get().optOut.sale).toBe(true)
    expect(core.$state.get().optOut.sale).toBe(true)
  })

  it('shows the id of a GPC opt-out, which is a recorded decision, and none before one', () => {
    open()
    expect(screen.queryByText(/Consent ID/)).toBeNull()
    const { core } = open({ gpc: true })
    const { id, method } = core.$state.get()
    expect(method).toBe('gpc')
    const proof = screen.getByText(proofLine(`Consent ID: ${id} (`))
    expect(proof.querySelector('bdi')!.textContent).toBe(id)
  })
})

import { describe, expect, it } from 'vitest'
import { configOfPage } from './page-config'

describe('configOfPage (consentry check page.html)', () => {
  it('reads the inline JSON config', () => {
    expect(
      configOfPage(`<head>
<script src="/consentry.js"></script>
<script type="application/json" id="consentry-config">{"vendors":["facebook"]}</script>`)
    ).toEqual({ text: '{"vendors":["facebook"]}', source: 'inline #consentry-config' })
  })

  it('runs a page with no config on the default taxonomy', () => {
    expect(configOfPage('<script src="/consentry.js"></script><p>Shop</p>')).toEqual({
      text: '{}',
      source: 'none: the default taxonomy'
    })
  })

  it('says where a config it cannot read is: a data-config URL, or a script', () => {
    expect(
      configOfPage('<script src="/consentry.js" data-config="/consent.json"></script>')
    ).toEqual({
      unreadable:
        'the page fetches its config from /consent.json (data-config): check that file, with --page for this page'
    })
    // window.consentryConfig wins over the inline element, as on the page.
    expect(
      configOfPage(`<script type="application/json" id="consentry-config">{}</script>
<script>window.consentryConfig = { regime: 'us' }</script>`)
    ).toMatchObject({ unreadable: expect.stringMatching(/window\.consentryConfig/) })
  })

  it('is not misled by comments', () => {
    expect(
      configOfPage(
        '<!-- <script type="application/json" id="consentry-config">{"x":1}</script> -->'
      )
    ).toEqual({ text: '{}', source: 'none: the default taxonomy' })
  })
})

import { describe, expect, it } from 'vitest'
import { validateConfig } from '../core/config/validate'
import { checkMarkup } from './markup'

// The default taxonomy and catalog.
const { config } = validateConfig({})
const check = (html: string) => checkMarkup(html, config)

describe('checkMarkup (consentry check --page)', () => {
  it('passes markup written as CONTRACT.md §3 shows it', () => {
    expect(
      check(`<!doctype html>
<script type="text/plain" data-consent="statistical" data-vendor="google-analytics"
        src="https://www.googletagmanager.com/gtag/js?id=G-XXXX"></script>
<script type="text/plain" data-consent="marketing">/* inline code */</script>
<iframe data-consent="personalisation" data-vendor="youtube" data-src="https://www.youtube.com/embed/x"></iframe>
<img data-consent="marketing" data-vendor="facebook" data-src="https://www.facebook.com/tr?id=1">
<a href="#" data-consentry="preferences">Cookie settings</a>
<a href="#" data-consentry='opt-out'>Do Not Sell or Share My Personal Information</a>`)
    ).toEqual([])
  })

  it('finds what would load before consent, with its line', () => {
    expect(
      check(`<p>
<script data-consent="marketing" src="https://connect.facebook.net/en_US/fbevents.js"></script>
<iframe data-consent=personalisation data-vendor=youtube src="https://www.youtube.com/embed/x"></iframe>
<img data-consent="marketing" srcset="https://ads.example/1.gif 1x" data-src="x">`)
    ).toEqual([
      {
        line: 2,
        level: 'error',
        message:
          '<script> is not gated without type="text/plain": it runs before consent (or, where auto-blocking knows its host, is still fetched)'
      },
      {
        line: 3,
        level: 'error',
        message: '<iframe> loads before consent: write src as data-src'
      },
      {
        line: 4,
        level: 'error',
        message: '<img> loads before consent: write srcset as data-srcset'
      }
    ])
  })

  it('finds names that would keep an element blocked for good, suggesting the near one', () => {
    const found = check(`<script type="text/plain" data-consent="marketting"></script>
<script type="text/plain" data-consent="marketing" data-vendor="facebok"></script>
<script type="text/plain" data-consent="ads" data-vendor="vimeo"></script>`)
    expect(found.map((f) => [f.line, f.level, f.message])).toEqual([
      [
        1,
        'error',
        '<script> data-consent="marketting" names no category of the config: it never runs (did you mean "marketing"?)'
      ],
      [
        2,
        'error',
        '<script> data-vendor="facebok" names no vendor of the config: it never runs (did you mean "facebook"?)'
      ],
      [
        3,
        'error',
        '<script> data-consent="ads" names no category of the config: it never runs'
      ],
      [
        3,
        'error',
        '<script> data-vendor="vimeo" names no vendor of the config: it never runs'
      ]
    ])
  })

  it('warns where markup does less than it seems to', () => {
    expect(
      check(`<div data-consent="marketing"></div>
<script type="text/plain" data-consent="statistical" data-vendor="facebook"></script>
<img data-vendor="facebook" src="x.gif">
<button data-consentry="settings">Settings</button>`).map((f) => [
        f.line,
        f.level,
        f.message
      ])
    ).toEqual([
      [
        1,
        'warning',
        '<div> is not an element Consentry gates: data-consent does nothing here'
      ],
      [
        2,
        'warning',
        '<script> data-vendor="facebook" is a marketing vendor: the element waits for both "statistical" and "marketing"'
      ],
      [3, 'warning', '<img> has data-vendor without data-consent: it is not gated'],
      [
        4,
        'error',
        '<button> data-consentry="settings" opens nothing: use "preferences" or "opt-out"'
      ]
    ])
  })

  it('reads no markup inside comments, scripts or styles', () => {
    expect(
      check(`<!-- <script data-consent="marketing" src="x.js"></script> -->
<script>document.write('<img data-consent="ads" src="x.gif">')</script>
<style>/* <iframe data-consent="x" src="y"> */</style>
<img data-consent="marketing" data-src="x.gif" alt="a > b">`)
    ).toEqual([])
  })
})

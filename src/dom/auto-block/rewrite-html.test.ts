// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import type { HostOwner } from './host-match'
import { startAutoBlock } from './index'
import { rewriteHtml } from './rewrite-html'

/** Holds every URL on facebook's hosts as marketing. */
const blocked = (url: string): HostOwner | undefined =>
  /facebook\.(net|com)/.test(url)
    ? { category: 'marketing', vendor: 'facebook' }
    : undefined

const rewrite = (html: string) => {
  const holder = document.createElement('div')
  holder.innerHTML = rewriteHtml(document, html, blocked)
  return [...holder.children].map((e) =>
    [...e.attributes].map((a) => `${a.name}=${a.value}`).join(' ')
  )
}

describe('rewriteHtml', () => {
  it('holds scripts, frames, images and links from a blocked host as gated markup', () => {
    expect(
      rewrite(
        '<script src="https://connect.facebook.net/fbevents.js"></script>' +
          '<iframe src="https://www.facebook.com/plugins/page.php"></iframe>' +
          '<img src="https://www.facebook.com/tr?id=1">' +
          '<link rel="preload" as="script" href="https://connect.facebook.net/sdk.js">'
      )
    ).toEqual([
      'src=https://connect.facebook.net/fbevents.js data-consent=marketing data-vendor=facebook type=text/plain',
      'data-consent=marketing data-vendor=facebook data-src=https://www.facebook.com/plugins/page.php',
      'data-consent=marketing data-vendor=facebook data-src=https://www.facebook.com/tr?id=1',
      'rel=preload as=script data-consent=marketing data-vendor=facebook data-href=https://connect.facebook.net/sdk.js'
    ])
  })

  it('returns the markup as it was when nothing in it is held', () => {
    const html = '<link rel="stylesheet" href="/site.css"><img src="/logo.png">'
    expect(rewriteHtml(document, html, blocked)).toBe(html)
  })

  it("holds no link the parser adds (the page's own rel=me, canonical), only scripts, frames and images", () => {
    const head = document.createElement('div')
    head.innerHTML =
      '<link rel="me" href="https://www.facebook.com/shop">' +
      '<img src="https://www.facebook.com/tr?id=2">'
    // Parsed before auto-blocking starts: what the parser would have added.
    const autoBlock = startAutoBlock({
      window: window as unknown as Window & typeof globalThis,
      blocked
    })
    autoBlock.added([...head.children])
    expect(head.querySelector('link')!.getAttribute('href')).toBe(
      'https://www.facebook.com/shop'
    )
    expect(head.querySelector('img')!.getAttribute('data-src')).toBe(
      'https://www.facebook.com/tr?id=2'
    )
    // The same link added by code is held.
    const link = document.createElement('link')
    link.rel = 'stylesheet'
    link.href = 'https://connect.facebook.net/widget.css'
    expect(link.hasAttribute('href')).toBe(false)
    expect(link.getAttribute('data-href')).toBe('https://connect.facebook.net/widget.css')
  })
})

import { describe, expect, it } from 'vitest'
// @ts-expect-error plain JavaScript build helper without types
import { minifyCss } from '../../build/rollup-plugins.mjs'

describe('minifyCss', () => {
  it('keeps the descendant space before a pseudo-class', () => {
    expect(minifyCss('.cy :focus-visible {\n  outline: 3px solid red;\n}')).toBe(
      '.cy :focus-visible{outline:3px solid red}'
    )
  })

  it('drops comments and white space, keeps values intact', () => {
    expect(
      minifyCss(
        '/* a */\n.a > .b , .c {\n  margin: 0 0 1rem;\n  font: 16px / 1.5 system-ui;\n}\n'
      )
    ).toBe('.a>.b,.c{margin:0 0 1rem;font:16px / 1.5 system-ui}')
  })
})

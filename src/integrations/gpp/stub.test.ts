import { describe, expect, it, vi } from 'vitest'
import { installGppStub } from './stub'

type Fn = ((...args: unknown[]) => unknown) & { queue?: unknown[][] }
interface Win {
  __gpp: Fn
  __uspapi: Fn
}

describe('installGppStub: __gpp and __uspapi before the engine', () => {
  it('answers ping at once; any other call waits on the queue and asks for the engine', () => {
    const win = {} as Win
    const load = vi.fn()
    installGppStub(win as unknown as Window, load)
    const pinged = vi.fn()
    win.__gpp('ping', pinged)
    expect(pinged.mock.calls[0]).toEqual([
      expect.objectContaining({ cmpStatus: 'stub', applicableSections: [-1] }),
      true
    ])
    expect(load).not.toHaveBeenCalled()
    const callback = () => {}
    win.__gpp('getField', callback, 'usnat.SaleOptOut')
    win.__uspapi('getUSPData', 1, callback)
    expect(win.__gpp.queue).toEqual([['getField', callback, 'usnat.SaleOptOut']])
    expect(win.__uspapi.queue).toEqual([['getUSPData', 1, callback]])
    expect(load).toHaveBeenCalledTimes(2)
  })

  it('takes over an IAB stub the page pasted first, with its waiting calls', () => {
    const callback = () => {}
    const pageStub: Fn = () => undefined
    pageStub.queue = [['addEventListener', callback]]
    const win = { __gpp: pageStub } as Win
    const load = vi.fn()
    installGppStub(win as unknown as Window, load)
    expect(win.__gpp).not.toBe(pageStub)
    expect(win.__gpp.queue).toEqual([['addEventListener', callback]])
    expect(load).toHaveBeenCalledTimes(1)
    // The page's later calls reach the engine too.
    win.__gpp('hasSection', callback, 'usca')
    expect(win.__gpp.queue).toHaveLength(2)
  })

  it("runs nothing of the page's queue itself: odd entries never stop the first file", () => {
    const pageStub: Fn = () => undefined
    pageStub.queue = [42, null] as never
    const win = { __gpp: pageStub } as Win
    const load = vi.fn()
    expect(() => installGppStub(win as unknown as Window, load)).not.toThrow()
    expect(win.__gpp.queue).toBe(pageStub.queue)
    expect(load).toHaveBeenCalledTimes(1)
  })

  it("leaves another CMP's API alone (a function with no queue)", () => {
    const other = vi.fn() as unknown as Fn
    const win: Win = { __gpp: other, __uspapi: other }
    const load = vi.fn()
    installGppStub(win as unknown as Window, load)
    expect(win.__gpp).toBe(other)
    expect(win.__uspapi).toBe(other)
    expect(load).not.toHaveBeenCalled()
  })
})

import { atom } from 'nanostores'
import { describe, expect, it, vi } from 'vitest'
import { viewStore, type Readable } from './view-store'

describe('viewStore (which views the UI has open)', () => {
  it('holds a value and tells every listener of each change until it stops listening', () => {
    const store = viewStore({ banner: false })
    const first = vi.fn()
    const second = vi.fn()
    const stop = store.listen(first)
    store.listen(second)
    store.set({ banner: true })
    expect(store.get()).toEqual({ banner: true })
    stop()
    store.set({ banner: false })
    expect(first.mock.calls).toEqual([[{ banner: true }]])
    expect(second.mock.calls).toEqual([[{ banner: true }], [{ banner: false }]])
  })

  it('a listener that stops during a change does not stop the others', () => {
    const store = viewStore(0)
    const seen: string[] = []
    const stopA = store.listen(() => {
      seen.push('a')
      stopA()
    })
    store.listen(() => seen.push('b'))
    store.set(1)
    store.set(2)
    expect(seen).toEqual(['a', 'b', 'b'])
  })

  it('reads like a nanostores atom, so useStore takes either', () => {
    const readable: Readable<number> = atom(1)
    expect(readable.get()).toBe(1)
  })
})

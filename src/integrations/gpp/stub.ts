type Call = [string, ...unknown[]]
type Stub = ((command: string, ...args: unknown[]) => unknown) & { queue: Call[] }

/**
 * The IAB stubs of `window.__gpp` and `window.__uspapi`, as the script tag's first file
 * installs them: `ping` is answered at once (`cmpStatus: 'stub'`), every other call waits
 * on `queue` and asks for the GPP file (`load`), which answers the queue in order. A page
 * with no GPP or USP reader never loads the encoder. An IAB stub the page pasted first is
 * taken over with its queue; a `__gpp` without a queue (another CMP's) is left alone.
 *
 * @param win The window.
 * @param load Loads the GPP file (through the engine where the config is not validated).
 */
export function installGppStub(win: Window, load: () => void): void {
  const w = win as unknown as Record<string, unknown>
  const stub = (name: string, answer?: (call: Call) => boolean) => {
    const own = w[name] as (((...call: Call) => unknown) & { queue?: Call[] }) | undefined
    // A function with no queue is another CMP's API: left alone.
    if (typeof own === 'function' && !own.queue) return
    // An IAB stub the page pasted before this script: ours takes its place (so that the
    // page's later calls ask for the GPP file too) with its queue, as it is: that file
    // answers what waits there, and the page's data is not run through here.
    const queue = own?.queue ?? []
    const fn = ((...call: Call) => {
      if (answer?.(call)) return
      queue.push(call)
      load()
    }) as Stub
    fn.queue = queue
    w[name] = fn
    if (queue.length > 0) load()
  }
  stub('__gpp', ([command, callback]) => {
    if (command !== 'ping' || typeof callback !== 'function') return false
    callback(
      {
        gppVersion: '1.1',
        cmpStatus: 'stub',
        cmpDisplayStatus: 'hidden',
        signalStatus: 'not ready',
        supportedAPIs: [],
        cmpId: 0,
        sectionList: [],
        applicableSections: [-1],
        gppString: '',
        parsedSections: {}
      },
      true
    )
    return true
  })
  stub('__uspapi')
}

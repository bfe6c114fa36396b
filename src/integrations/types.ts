import type { ReadableAtom } from 'nanostores'
import type { GatingConfig, ResolvedConfig } from '../core/config/types'
import type { ConsentState } from '../core/consent/types'

/** What an integration is handed when it starts. */
export interface IntegrationContext<Config extends GatingConfig = ResolvedConfig> {
  /** The consent state; subscribe for changes. */
  $state: ReadableAtom<ConsentState>
  /** The config in force (the default one until the site's config has arrived). */
  config(): Config
  /** Whether the site's config has been applied yet. */
  configured(): boolean
  /** The visitor's region, when known (`US-CA`). */
  region(): string | undefined
  /** The window to signal on. */
  window: Window & typeof globalThis
}

/**
 * A plug-in that signals consent to another system. Plain data with one function, like a
 * floating-ui middleware: the core knows nothing of what it does.
 */
export interface Integration<Config extends GatingConfig = ResolvedConfig> {
  /** Name, for messages. */
  name: string
  /**
   * Starts signalling.
   * @returns Stops it.
   */
  setup(context: IntegrationContext<Config>): () => void
}

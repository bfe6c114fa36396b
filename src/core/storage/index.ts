export type { StorageAttributes, StorageEngine } from './types'
export { memoryStorage } from './memory-storage'

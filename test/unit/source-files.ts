import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

/** The source folder, `src/`, as a path. */
export const SRC = new URL('../../src/', import.meta.url).pathname

/**
 * The TypeScript files under `dir`, at any depth, tests left out.
 *
 * @param dir A folder (a path under {@link SRC}, or SRC itself).
 * @returns Their paths.
 */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : []
  })
}

/**
 * `document.cookie` as it was when `dist/consentry.js` began to run ('' where cookies are
 * blocked), read by the script's top level, outside the bundle's function: the rollup
 * config passes it in as this module (an external whose global is the read). See
 * `src/boot.ts`.
 */
declare module 'consentry:cookies-at-start' {
  const cookies: string
  export default cookies
}

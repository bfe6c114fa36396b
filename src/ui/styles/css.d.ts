declare module '*.css?raw' {
  /** The stylesheet's text (minified in the build). */
  const css: string
  export default css
}

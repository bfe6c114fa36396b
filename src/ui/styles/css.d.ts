declare module '*.css?raw' {
  /** The stylesheet's text (minified in the build). */
  const css: string
  export default css
}

declare module '*.css?raw&vars-of=base' {
  /** The theme, keeping only the private properties base.css reads (in the build). */
  const css: string
  export default css
}

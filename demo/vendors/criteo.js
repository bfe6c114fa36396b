// Stand-in for static.criteo.net/js/ld/ld.js: sets cto_bundle.
;(function () {
  document.cookie =
    'cto_bundle=' + Math.random().toString(36).slice(2) + '; path=/; max-age=34128000'
  window.dispatchEvent(new CustomEvent('demo:tag-ran', { detail: 'criteo' }))
})()

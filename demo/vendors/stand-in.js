// Stand-in for a vendor tag (vendor hosts cannot be reached from here): it sets the
// vendor's real cookie names and reports that it ran, as the real tag would.
;(function () {
  var script = document.currentScript
  var vendor = script.getAttribute('data-vendor')
  var cookies = (script.getAttribute('data-cookies') || '').split(/\s+/).filter(Boolean)
  cookies.forEach(function (name) {
    document.cookie =
      name + '=' + Math.random().toString(36).slice(2) + '; path=/; max-age=86400'
  })
  if (vendor === 'google-analytics') {
    window.dataLayer = window.dataLayer || []
    window.dataLayer.push({ event: 'page_view', stand_in: true })
  }
  window.dispatchEvent(new CustomEvent('demo:tag-ran', { detail: vendor }))
})()

// Stand-in for googletagmanager.com/gtag/js: reads dataLayer as gtag.js does and sets the
// cookie of the product its id names (G- Analytics, AW- Ads).
;(function () {
  var id = new URL(document.currentScript.src).searchParams.get('id') || ''
  window.dataLayer = window.dataLayer || []
  var year = 63072000
  if (id.indexOf('G-') === 0) {
    document.cookie =
      '_ga=GA1.1.' +
      Math.floor(Math.random() * 1e9) +
      '.' +
      Math.floor(Date.now() / 1000) +
      '; path=/; max-age=' +
      year
    document.cookie =
      '_ga_' +
      id.slice(2) +
      '=GS1.1.' +
      Math.floor(Date.now() / 1000) +
      '; path=/; max-age=' +
      year
    window.dispatchEvent(new CustomEvent('demo:tag-ran', { detail: 'google-analytics' }))
  } else if (id.indexOf('AW-') === 0) {
    document.cookie =
      '_gcl_au=1.1.' + Math.floor(Math.random() * 1e9) + '; path=/; max-age=7776000'
    window.dispatchEvent(new CustomEvent('demo:tag-ran', { detail: 'google-ads' }))
  }
  window.dataLayer.push({ event: 'gtm.js', stand_in: id })
})()

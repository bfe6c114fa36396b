// Stand-in for connect.facebook.net/en_US/fbevents.js: processes the fbq queue, sets _fbp.
;(function () {
  document.cookie =
    '_fbp=fb.1.' +
    Date.now() +
    '.' +
    Math.floor(Math.random() * 1e9) +
    '; path=/; max-age=7776000'
  var fbq = window.fbq
  if (fbq) {
    fbq.callMethod = function () {}
    ;(fbq.queue || []).length = 0
  }
  window.dispatchEvent(new CustomEvent('demo:tag-ran', { detail: 'facebook' }))
})()

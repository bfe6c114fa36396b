// Stand-in for mc.yandex.ru/metrika/tag.js: sets _ym_uid and _ym_d.
;(function () {
  var uid = Date.now() + '' + Math.floor(Math.random() * 1e6)
  document.cookie = '_ym_uid=' + uid + '; path=/; max-age=31536000'
  document.cookie =
    '_ym_d=' + Math.floor(Date.now() / 1000) + '; path=/; max-age=31536000'
  try {
    localStorage.setItem('_ym_retryReqs', '{}')
  } catch {
    // Storage blocked: the stand-in sets its cookies only.
  }
  window.dispatchEvent(new CustomEvent('demo:tag-ran', { detail: 'yandex-metrica' }))
})()

// The demo's consent inspector: the consent state, which tags ran or are held, the cookies,
// Consent Mode in dataLayer, GPP and US Privacy strings, the last record, and the records
// the demo server received. Everything is rendered as text.
;(function () {
  var $ = function (id) {
    return document.getElementById(id)
  }
  var params = new URLSearchParams(location.search)

  function list(element, items, empty) {
    element.replaceChildren.apply(
      element,
      (items.length ? items : [empty || '(none)']).map(function (item) {
        var li = document.createElement('li')
        if (typeof item === 'string') li.textContent = item
        else {
          li.textContent = item.text
          li.className = item.className
        }
        return li
      })
    )
  }

  function tagStatus(element) {
    var name =
      (element.getAttribute('data-vendor') || element.localName) +
      ' (' +
      element.getAttribute('data-consent') +
      ')'
    var held =
      element.localName === 'script'
        ? element.type === 'text/plain'
        : element.hasAttribute('data-src')
    return {
      text:
        name + ': ' + (held ? 'held' : element.localName === 'script' ? 'ran' : 'loaded'),
      className: held ? 'held' : 'ran'
    }
  }

  function consentModeEntries() {
    return (window.dataLayer || [])
      .filter(function (entry) {
        return (
          Object.prototype.toString.call(entry) === '[object Arguments]' &&
          (entry[0] === 'consent' || entry[0] === 'set')
        )
      })
      .map(function (entry) {
        var args = Array.prototype.slice.call(entry)
        if (args[0] === 'set') return 'set ' + args[1] + ' = ' + JSON.stringify(args[2])
        var granted = Object.keys(args[2]).filter(function (k) {
          return args[2][k] === 'granted'
        })
        return args[0] + ' ' + args[1] + ': granted ' + (granted.join(', ') || 'nothing')
      })
  }

  function showGpp(ping) {
    $('gpp').textContent = JSON.stringify(
      {
        cmpStatus: ping.cmpStatus,
        gppString: ping.gppString,
        applicableSections: ping.applicableSections,
        signalStatus: ping.signalStatus,
        parsedSections: ping.parsedSections
      },
      null,
      2
    )
  }

  function render() {
    var C = window.Consentry
    $('state').textContent = JSON.stringify(C.getState(), null, 2)
    list(
      $('tags'),
      Array.prototype.map.call(document.querySelectorAll('[data-consent]'), tagStatus)
    )
    list(
      $('cookies'),
      document.cookie
        ? document.cookie.split('; ').map(function (c) {
            return c.length > 70 ? c.slice(0, 70) + '…' : c
          })
        : []
    )
    list($('consent-mode'), consentModeEntries())
    window.__gpp('ping', showGpp)
    window.__uspapi('getUSPData', 1, function (data) {
      $('usp').textContent = data.uspString
    })
    $('record').textContent = JSON.stringify(C.getRecord() || null, null, 2)
  }

  function pollRecords() {
    fetch('/records')
      .then(function (r) {
        return r.json()
      })
      .then(function (body) {
        list(
          $('received'),
          body.records.map(function (r) {
            return (
              r.receivedAt.slice(11, 19) +
              ' ' +
              r.method +
              ' · ' +
              r.regime +
              ' · id ' +
              r.id
            )
          })
        )
      })
      .catch(function () {})
  }

  // Records this browser keeps until the server has them (sent offline, or refused):
  // Consentry's outbox, and the records it holds apart after three failed sends.
  function showWaiting() {
    var rows = []
    ;[
      ['consentry:outbox', 'waiting'],
      ['consentry:outbox:held', 'held']
    ].forEach(function (entry) {
      var kept = []
      try {
        kept = JSON.parse(localStorage.getItem(entry[0]) || '[]')
      } catch {
        // Storage blocked or unreadable: nothing to show.
      }
      kept.forEach(function (k) {
        if (!k || !k.record) return
        rows.push(
          entry[1] +
            ' · ' +
            k.record.method +
            ' · id ' +
            k.record.id +
            (k.tries ? ' · failed ' + k.tries + '×' : '') +
            (k.due ? ' · next try ' + new Date(k.due).toLocaleString() : '')
        )
      })
    })
    list($('waiting'), rows)
  }

  // Controls: reload with the new simulated visitor.
  var form = document.querySelector('.controls')
  form.region.value = params.get('region') || 'DE'
  form.gpc.checked = params.get('gpc') === '1'
  form.lang.value = params.get('lang') || ''
  form.theme.value = params.get('theme') || 'auto'
  form.addEventListener('change', function () {
    var next = new URLSearchParams()
    next.set('region', form.region.value)
    if (form.gpc.checked) next.set('gpc', '1')
    if (form.lang.value) next.set('lang', form.lang.value)
    next.set('theme', form.theme.value)
    location.search = next.toString()
  })
  form.querySelector('[data-action="reset"]').addEventListener('click', function () {
    window.Consentry.reset()
  })

  document.addEventListener('consentry:change', function () {
    setTimeout(render, 50)
  })
  window.addEventListener('demo:tag-ran', render)
  // A GPP reader, as an ad tag would be: this loads Consentry's GPP API where the page
  // would not otherwise need it, and every event carries the current ping.
  window.__gpp('addEventListener', function (event) {
    showGpp(event.pingData)
  })
  render()
  pollRecords()
  showWaiting()
  setInterval(function () {
    pollRecords()
    showWaiting()
  }, 1000)
  setInterval(render, 2000)
})()

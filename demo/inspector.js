// The demo's inspector: shows live which tags ran, the cookies present and the state.
;(function () {
  var ran = {}
  var tags = Array.prototype.slice.call(document.querySelectorAll('script[data-vendor]'))
  window.addEventListener('demo:tag-ran', function (event) {
    ran[event.detail] = true
    render()
  })

  function item(text, className) {
    var li = document.createElement('li')
    li.textContent = text
    if (className) li.className = className
    return li
  }

  function render() {
    var state = window.Consentry.getState()
    var list = document.getElementById('tags')
    list.replaceChildren.apply(
      list,
      tags.map(function (tag) {
        var vendor = tag.getAttribute('data-vendor')
        var status = ran[vendor] ? 'ran' : 'held'
        return item(
          vendor + ' (' + tag.getAttribute('data-consent') + '): ' + status,
          status
        )
      })
    )
    var cookies = document.cookie ? document.cookie.split('; ') : []
    var cookieList = document.getElementById('cookies')
    cookieList.replaceChildren.apply(
      cookieList,
      cookies.length
        ? cookies.map(function (c) {
            return item(c.length > 60 ? c.slice(0, 60) + '…' : c)
          })
        : [item('(none)')]
    )
    document.getElementById('state').textContent = JSON.stringify(state, null, 2)
  }

  var actions = {
    acceptAll: function () {
      Consentry.acceptAll()
    },
    rejectAll: function () {
      Consentry.rejectAll()
    },
    statistical: function () {
      Consentry.save({
        categories: { statistical: true, personalisation: false, marketing: false }
      })
    },
    reset: function () {
      Consentry.reset()
    }
  }
  document.querySelector('.actions').addEventListener('click', function (event) {
    var action = event.target.getAttribute('data-action')
    if (actions[action]) actions[action]()
  })
  document.addEventListener('consentry:change', render)
  render()
})()

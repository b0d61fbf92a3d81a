// Asks for the app's database version as the page starts to load, before the app's scripts have
// arrived and run: opening IndexedDB (the database files) costs about as much as the rest of the
// start, and here it overlaps with loading the scripts instead of waiting for them.
// A plain script (the Content-Security-Policy forbids inline ones), async so that it never holds
// back the parser and the fetch of the app's scripts (if it ever ran after them, main.tsx asks
// itself). Its answer follows `probeDatabase`'s contract (src/renderer/src/lib/idb-probe.ts): a
// database that did not exist is not created, a failure to open counts as "no database", as
// there, and a browser that refuses to start the request leaves the question to main.tsx.
;(function () {
  var name = 'cum-thi-dua'
  var answer = new Promise(function (resolve) {
    var request
    try {
      request = indexedDB.open(name)
    } catch {
      resolve(null)
      return
    }
    request.onupgradeneeded = function () {
      if (request.transaction) request.transaction.abort()
    }
    request.onsuccess = function () {
      var db = request.result
      var version = db.version
      db.close()
      resolve([{ name: name, version: version }])
    }
    request.onerror = function (event) {
      event.preventDefault()
      resolve([])
    }
  })
  window.__databaseProbe = { name: name, answer: answer }
  // The page's storage is read from disk on its first use, which takes the main thread for a few
  // milliseconds: done here, while the app's scripts are still arriving, the app's own read of the
  // last screen (app/last-route.ts) finds it loaded instead of waiting for it on the start path.
  try {
    window.localStorage.getItem('ctd.last-route')
  } catch {
    // Storage refused: the app's own read says so and opens Tổng quan.
  }
})()

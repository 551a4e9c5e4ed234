// The career quiz's first script. It runs while the page is parsed, before go-app's page
// script (app.js, deferred) and before the app's WebAssembly starts, and does two things
// go-app v10.1.11 does not:
//
// - An address go-app cannot parse makes the app panic on start (Go's url.Parse refuses a
//   "%" that is not followed by two hex digits), leaving a dead page. Such a fragment is
//   dropped, and such a "%" in the path is written "%25", so the app shows its own "Page not
//   found". This happens again on every history change, before go-app's own handler reads
//   the address.
// - go-app listens for its worker's "updatefound" only once register() has resolved, and
//   the browser may have found and installed the update by then, so "A new version is
//   ready" never shows. The new worker takes over with skipWaiting, which fires
//   "controllerchange" on a page that had a worker: that is announced through go-app's own
//   hook. A first visit has no worker, so it is never taken for an update.
(function () {
  "use strict";
  var undecodable = /%(?![0-9A-Fa-f]{2})/;

  function cleanAddress() {
    var l = window.location;
    var path = l.pathname, query = l.search, fragment = l.hash;
    if (!undecodable.test(path) && !undecodable.test(query) && !undecodable.test(fragment)) {
      return;
    }
    path = path.replace(/%(?![0-9A-Fa-f]{2})/g, "%25");
    if (undecodable.test(query)) query = "";
    if (undecodable.test(fragment)) fragment = "";
    window.history.replaceState(window.history.state, "", path + query + fragment);
  }
  cleanAddress();
  // Registered before go-app's handlers, so these run first.
  window.addEventListener("popstate", cleanAddress);
  window.addEventListener("hashchange", cleanAddress);

  if ("serviceWorker" in navigator) {
    var hadWorker = !!navigator.serviceWorker.controller;
    navigator.serviceWorker.addEventListener("controllerchange", function () {
      if (hadWorker && typeof window.goappOnUpdate === "function") {
        window.goappOnUpdate();
      }
      hadWorker = true;
    });
  }
})();

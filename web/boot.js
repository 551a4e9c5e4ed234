// The career quiz's first script. It runs while the page is parsed, before go-app's page
// script (app.js, deferred) and before the app's WebAssembly starts, and does four things
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
// - The server's /quiz and /embed carry their first question (app/early.go). Until the app starts, this
//   script answers it: a choice, Next (a prompt when nothing is chosen), Skip, and "Change my
//   answer". What the student did is kept in window.careerquizEarly ({stage, submitted}),
//   which the app takes over as it starts. Its listeners are on the document, so they work as
//   soon as the form is parsed, and they act only on the parts marked data-early, which the
//   app's own rendering never has. Every sentence shown is in the page already, hidden.
// - On a role page it fetches the role's long text, which the app does not carry, so the app
//   has it as it starts (below).
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
  // The server's /embed cannot know a host's heading (app/embed.go): where the address gives
  // one, its title line stays out of sight until the app shows the host's (web/app.css).
  if (/\/embed$/.test(window.location.pathname) && /[?&]heading=/.test(window.location.search)) {
    document.documentElement.setAttribute("data-host-heading", "");
  }
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

  // A role page's long text is not in the app (app/roletext.go): the server's copy names its
  // file (data-role-text), fetched here while the page is read, so the app has it when it
  // starts and the text on screen stays. Kept in window.careerquizRoleText: {url, text,
  // promise}; text is null until it has come, or if it cannot.
  document.addEventListener("DOMContentLoaded", function () {
    var el = document.querySelector("article[data-role-text]");
    var url = el && el.getAttribute("data-role-text");
    if (!url || typeof fetch !== "function") return;
    var held = { url: url, text: null, promise: null };
    held.promise = fetch(url).then(function (res) {
      return res.ok ? res.text() : null;
    }).then(function (text) {
      held.text = text;
      return text;
    }, function () {
      return null;
    });
    window.careerquizRoleText = held;
  });

  function part(root, name) {
    return root.querySelector('[data-early="' + name + '"]');
  }
  function earlyForm(el) {
    return el && el.closest ? el.closest('form[data-early="stage"]') : null;
  }
  function keep(stage, submitted) {
    window.careerquizEarly = { stage: stage, submitted: submitted };
  }
  function wait(form, stage) {
    keep(stage, true);
    var box = form.parentNode && part(form.parentNode, "wait");
    if (!box) return;
    part(form, "prompt").hidden = true;
    form.hidden = true;
    box.hidden = false;
    mirrorProgress(box);
    box.querySelector('[role="status"]').focus();
  }
  // mirrorProgress copies go-app's loading label ("Loading the quiz: 40%") next to the
  // student's kept answer while it changes. When the loading fails, go-app writes the error
  // there and stops its icon spinning: the page's own message shows instead.
  function mirrorProgress(box) {
    var to = part(box, "progress"), failed = part(box, "failed");
    var from = document.getElementById("app-wasm-loader-label");
    var icon = document.getElementById("app-wasm-loader-icon");
    if (!to || !from) return;
    var copy = function () {
      var broken = !!icon && !icon.classList.contains("goapp-spin");
      to.hidden = broken;
      to.textContent = broken ? "" : from.textContent;
      if (failed) failed.hidden = !broken;
    };
    copy();
    var watch = new MutationObserver(copy);
    watch.observe(from, { childList: true, characterData: true, subtree: true });
    if (icon) watch.observe(icon, { attributes: true, attributeFilter: ["class"] });
  }
  document.addEventListener("change", function (e) {
    var form = earlyForm(e.target);
    if (!form || e.target.name !== "stage") return;
    part(form, "prompt").hidden = true;
    keep(e.target.value, false);
  });
  document.addEventListener("submit", function (e) {
    var form = earlyForm(e.target);
    if (!form) return;
    e.preventDefault();
    var chosen = form.querySelector('input[name="stage"]:checked');
    if (!chosen) {
      part(form, "prompt").hidden = false;
      return;
    }
    wait(form, chosen.value);
  });
  document.addEventListener("click", function (e) {
    var button = e.target.closest && e.target.closest("button[data-early]");
    if (!button) return;
    if (button.dataset.early === "skip" && earlyForm(button)) {
      wait(earlyForm(button), "");
      return;
    }
    var box = button.closest('[data-early="wait"]');
    var form = box && box.parentNode.querySelector('form[data-early="stage"]');
    if (button.dataset.early !== "change" || !form) return;
    var chosen = form.querySelector('input[name="stage"]:checked');
    keep(chosen ? chosen.value : "", false);
    box.hidden = true;
    form.hidden = false;
    (chosen || document.getElementById("question-heading")).focus();
  });
})();

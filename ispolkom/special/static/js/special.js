/* Version for the visually impaired: progressive enhancement only.
   Without this script every panel link still works through the server. */
(function () {
  "use strict";
  var root = document.documentElement;

  // Apply a setting without reloading: the server stores the cookie, we swap one class.
  document.addEventListener("click", function (event) {
    var link = event.target.closest("a[data-setting]");
    if (!link || link.hasAttribute("data-reload") || !window.fetch) return;
    event.preventDefault();
    fetch(link.href, { credentials: "same-origin", headers: { "X-Requested-With": "fetch" } })
      .then(function (response) {
        if (response.status !== 204) { window.location.href = link.href; return; }
        var name = link.getAttribute("data-setting");
        var prefix = "sv-" + name + "-";
        root.className.split(/\s+/).forEach(function (cls) {
          if (cls.indexOf(prefix) === 0) root.classList.remove(cls);
        });
        root.classList.add(prefix + link.getAttribute("data-value"));
        document.querySelectorAll('a[data-setting="' + name + '"]').forEach(function (other) {
          other.removeAttribute("aria-current");
        });
        link.setAttribute("aria-current", "true");
      })
      .catch(function () { window.location.href = link.href; });
  });

  // Collapse or expand the panel, or show more settings, without reloading: the server
  // stores the state in the cookie (so the next page renders it), we swap the panel's class.
  var panel = document.querySelector(".sv-panel");
  var NEXT_STATE = {
    settings: function (state) { return state === "closed" ? "open" : "closed"; },
    more: function (state) { return state === "more" ? "open" : "more"; }
  };

  function showPanel(state) {
    panel.classList.remove("sv-panel--" + panel.getAttribute("data-panel-state"));
    panel.classList.add("sv-panel--" + state);
    panel.setAttribute("data-panel-state", state);
    panel.querySelectorAll("a[data-panel-toggle]").forEach(function (toggle) {
      var kind = toggle.getAttribute("data-panel-toggle");
      var expanded = kind === "more" ? state === "more" : state !== "closed";
      var url = new URL(toggle.href);
      url.searchParams.set("panel", NEXT_STATE[kind](state));
      toggle.href = url.href;
      toggle.setAttribute("aria-expanded", expanded ? "true" : "false");
    });
  }

  if (panel) panel.addEventListener("click", function (event) {
    var toggle = event.target.closest("a[data-panel-toggle]");
    if (!toggle || !window.fetch || !window.URL) return;
    event.preventDefault();
    var state = NEXT_STATE[toggle.getAttribute("data-panel-toggle")](
      panel.getAttribute("data-panel-state"));
    fetch(toggle.href, { credentials: "same-origin", headers: { "X-Requested-With": "fetch" } })
      .then(function (response) {
        if (response.status !== 204) { window.location.href = toggle.href; return; }
        showPanel(state);
      })
      .catch(function () { window.location.href = toggle.href; });
  });

  // Read aloud with the browser's own speech synthesis; the page's markup is never touched.
  var controls = document.querySelector(".sv-listen");
  if (!controls || !("speechSynthesis" in window) || !window.SpeechSynthesisUtterance) return;
  var speech = window.speechSynthesis;
  var play = controls.querySelector('[data-speech="play"]');
  var pause = controls.querySelector('[data-speech="pause"]');
  var stop = controls.querySelector('[data-speech="stop"]');
  var pauseLabel = pause.textContent;
  controls.hidden = false;

  function setState(state) {
    controls.setAttribute("data-state", state);
    play.disabled = state === "speaking";
    pause.disabled = state === "idle";
    stop.disabled = state === "idle";
    pause.textContent = state === "paused" ? pause.getAttribute("data-resume-label") : pauseLabel;
  }

  play.addEventListener("click", function () {
    var main = document.getElementById("content");
    speech.cancel();
    var utterance = new SpeechSynthesisUtterance(main.innerText);
    utterance.lang = controls.getAttribute("data-lang") || root.lang;
    utterance.onend = function () { setState("idle"); };
    speech.speak(utterance);
    setState("speaking");
  });
  pause.addEventListener("click", function () {
    if (controls.getAttribute("data-state") === "paused") { speech.resume(); setState("speaking"); }
    else { speech.pause(); setState("paused"); }
  });
  stop.addEventListener("click", function () { speech.cancel(); setState("idle"); });
  setState("idle");
})();

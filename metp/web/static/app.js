// metp web UI: small enhancements over pages that work without JavaScript.
// - after htmx updates the search results, the result count is announced (a polite live region
//   that stays in the page) and focus stays where it was (htmx restores it by id) or moves to the
//   results heading when the focused control is gone;
// - copy buttons (citation, share link) appear and copy.
(function () {
  "use strict";

  function announce(text) {
    var region = document.getElementById("announcer");
    if (!region) return;
    region.textContent = "";
    window.setTimeout(function () { region.textContent = text; }, 50);
  }

  var focusedId = null;
  document.addEventListener("htmx:beforeRequest", function () {
    var active = document.activeElement;
    focusedId = active && active.id ? active.id : null;
  });

  document.addEventListener("htmx:afterSettle", function (event) {
    var info = event.detail && event.detail.pathInfo;
    var path = (info && info.requestPath) || "";
    if (path.indexOf("/search") !== 0) return;
    var count = document.querySelector("#results [data-announce]");
    if (count) announce(count.getAttribute("data-announce"));
    var active = document.activeElement;
    if (!active || active === document.body) {  // the focused control went with the old results
      var again = focusedId && document.getElementById(focusedId);
      var heading = document.getElementById("results-heading");
      if (again) again.focus();
      else if (heading) heading.focus();
    }
  });

  function copyFrom(button) {
    var source = document.getElementById(button.getAttribute("data-copy"));
    if (!source) return;
    var text = source.value !== undefined && source.tagName === "INPUT" ? source.value : source.textContent;
    var status = button.nextElementSibling;
    var done = function (ok) {
      if (status) status.textContent = ok ? "Copied." : "Could not copy: select the text and copy it.";
    };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text.trim()).then(function () { done(true); }, function () { done(false); });
    } else {
      done(false);
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("button[data-copy]").forEach(function (button) {
      button.hidden = false;
      button.addEventListener("click", function () { copyFrom(button); });
    });
  });
})();

// The page viewer: OpenSeadragon deep zoom over the page image, with the query's hits as overlays.
// The page works without this script (a boxed PNG and links to the pages with hits); with it, the
// image opens fitted to the frame (it never zooms by itself), and "Next hit" / "Previous hit" (or N
// and P while the viewer has focus) move through the boxes of this page, then on to the next or
// previous page with hits, where the first (or last) hit is shown.
(function () {
  "use strict";
  var PAD = 3;  // pixels around a word, as on the boxed PNG

  document.addEventListener("DOMContentLoaded", function () {
    var el = document.getElementById("viewer");
    if (!el || typeof window.OpenSeadragon !== "function") return;
    var boxes = JSON.parse(el.getAttribute("data-boxes") || "[]");
    var unitsWidth = parseFloat(el.getAttribute("data-units-width")) || 0;
    var status = document.getElementById("hit-status");
    var plain = document.getElementById("plain-image");
    var controls = document.getElementById("viewer-controls");
    var current = -1;
    var overlays = [];
    el.hidden = false;
    controls.hidden = false;
    plain.hidden = true;

    var viewer = window.OpenSeadragon({
      element: el,
      prefixUrl: el.getAttribute("data-prefix-url"),
      tileSources: { type: "image", url: el.getAttribute("data-image") },
      showNavigationControl: false,   // our own labelled buttons instead of icon-only ones
      visibilityRatio: 0.5,
      minZoomImageRatio: 0.5,
      maxZoomPixelRatio: 4,
      animationTime: 0.6,
      gestureSettingsMouse: { clickToZoom: false, dblClickToZoom: true },
      keyboardNavEnabled: true
    });

    function say(text) { if (status) status.textContent = text; }

    function rectOf(item, b) {
      var image = item.getContentSize();
      var scale = unitsWidth ? image.x / unitsWidth : 1;
      return item.imageToViewportRectangle(b[0] * scale - PAD, b[1] * scale - PAD,
                                           b[2] * scale + 2 * PAD, b[3] * scale + 2 * PAD);
    }

    function show(index) {
      var item = viewer.world.getItemAt(0);
      if (!item || index < 0 || index >= boxes.length) return;
      overlays.forEach(function (o, i) { o.classList.toggle("current", i === index); });
      current = index;
      var r = rectOf(item, boxes[index]);
      var page = item.getBounds();
      // show the hit with the lines around it: a window at least a third of the page wide
      var w = Math.max(r.width * 4, page.width / 3), h = Math.max(r.height * 6, w * 0.6);
      viewer.viewport.fitBounds(new window.OpenSeadragon.Rect(r.x + r.width / 2 - w / 2, r.y + r.height / 2 - h / 2, w, h));
      say("Hit " + (index + 1) + " of " + boxes.length + " on this page.");
      el.setAttribute("data-current-hit", String(index + 1));
    }

    function go(button) {
      var url = button && button.getAttribute("data-url");
      if (url) { window.location.href = url; return true; }
      return false;
    }

    function next() {
      if (current + 1 < boxes.length) show(current + 1);
      else if (!go(document.getElementById("next-hit"))) say("No more hits after this one.");
    }

    function previous() {
      if (current > 0) show(current - 1);
      else if (current === -1 && boxes.length) show(boxes.length - 1);
      else if (!go(document.getElementById("previous-hit"))) say("No hits before this one.");
    }

    viewer.addHandler("open", function () {
      var item = viewer.world.getItemAt(0);
      boxes.forEach(function (b, i) {
        var d = document.createElement("div");
        d.className = "hit-box";
        d.id = "hit-box-" + (i + 1);
        viewer.addOverlay({ element: d, location: rectOf(item, b) });
        overlays.push(d);
      });
      el.setAttribute("data-ready", "1");
      el.setAttribute("data-overlays", String(boxes.length));
      var hash = window.location.hash;
      if (hash === "#first-hit" && boxes.length) show(0);
      else if (hash === "#last-hit" && boxes.length) show(boxes.length - 1);
      else if (boxes.length) say(boxes.length + " hit" + (boxes.length > 1 ? "s" : "") + " boxed on this page.");
    });
    viewer.addHandler("open-failed", function () {  // show the plain boxed image instead
      el.hidden = true; controls.hidden = true; plain.hidden = false;
      var img = document.createElement("img");
      img.src = plain.getAttribute("data-src");
      img.alt = plain.getAttribute("data-alt");
      plain.appendChild(img);
    });

    function on(id, fn) { var b = document.getElementById(id); if (b) b.addEventListener("click", fn); }
    on("zoom-in", function () { viewer.viewport.zoomBy(1.5); viewer.viewport.applyConstraints(); });
    on("zoom-out", function () { viewer.viewport.zoomBy(1 / 1.5); viewer.viewport.applyConstraints(); });
    on("zoom-fit", function () { viewer.viewport.goHome(); });
    on("next-hit", next);
    on("previous-hit", previous);
    // the page-with-hits buttons carry the hit to show on arrival
    ["next-hit", "previous-hit"].forEach(function (id) {
      var b = document.getElementById(id);
      if (b && b.getAttribute("data-url")) {
        b.setAttribute("data-url", b.getAttribute("data-url") + (id === "next-hit" ? "#first-hit" : "#last-hit"));
      }
    });
    // N / P only while the viewer has focus (WCAG 2.1.4: no single-key shortcuts page-wide)
    el.addEventListener("keydown", function (e) {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      if (e.key === "n" || e.key === "N") { e.preventDefault(); next(); }
      else if (e.key === "p" || e.key === "P") { e.preventDefault(); previous(); }
    }, true);
  });
})();

// welfare-navigator: the script a host page adds once (as a file, or pasted)
// beside iframes of the kit's embed.html. It sizes each iframe to its content
// and re-sends the element's events on the iframe, as `welfare-…` CustomEvents.
// A message counts only when it comes from an iframe of embed.html on this
// page (its window) and from that iframe's own origin.
(function () {
  'use strict';
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.source !== 'welfare-navigator') return;
    var frames = document.querySelectorAll('iframe[src*="embed.html"]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      if (new URL(frame.src, location.href).origin !== event.origin) return;
      if (data.type === 'height' && typeof data.height === 'number' && data.height > 0) {
        frame.style.height = Math.min(Math.ceil(data.height), 20000) + 'px';
      } else if (data.type === 'event' && typeof data.name === 'string' && data.name.indexOf('welfare-') === 0) {
        frame.dispatchEvent(new CustomEvent(data.name, { detail: data.detail, bubbles: true }));
      }
      return;
    }
  });
})();

/*
 * mkdocs-roundup: click-to-load embeds.
 *
 * A facade (`a.roundup-embed__facade[data-embed-src]`) is a plain link to the video or the
 * deck on the provider's site, so it works without JavaScript. With this script,
 * activating it (click, Enter or Space) swaps it for a box of the same size holding the
 * provider's player, so nothing is requested from the provider until the reader asks for it.
 *
 * Listeners sit on `document` (event delegation), so they are bound once and keep working
 * when Material's instant navigation swaps the page content. No inline code: this file
 * runs under a `script-src 'self'` Content Security Policy.
 */
(function () {
  "use strict";

  var FACADE = "a.roundup-embed__facade[data-embed-src]";
  var BOUND = "__roundupEmbeds";

  // What each player may use, by the host it is served from: the `allow` and
  // `referrerpolicy` that mkdocs_roundup/providers.py gives iframes in `lazy` and `eager`
  // mode (a test keeps the two in step), and whether it starts on `autoplay=1`, so that one
  // click both loads and plays. Any other player gets `fullscreen` only.
  var PLAYERS = {
    "www.youtube-nocookie.com": {
      "allow": "accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share; fullscreen",
      "referrerpolicy": "strict-origin-when-cross-origin",
      "autoplay": true
    },
    "player.vimeo.com": {
      "allow": "autoplay; fullscreen; picture-in-picture",
      "autoplay": true
    }
  };
  var OTHER_PLAYER = { "allow": "fullscreen" };

  if (window[BOUND]) {
    return; // The script was evaluated twice (for example by a theme re-running scripts).
  }
  window[BOUND] = true;

  function playerUrl(facade) {
    var raw = facade.getAttribute("data-embed-src") || "";
    var url;
    try {
      url = new URL(raw, document.baseURI);
    } catch (error) {
      return null;
    }
    // Only web pages become iframes; anything else stays a link.
    return url.protocol === "https:" || url.protocol === "http:" ? url : null;
  }

  function load(facade) {
    var url = playerUrl(facade);
    if (!url) {
      return false;
    }
    var player = Object.prototype.hasOwnProperty.call(PLAYERS, url.hostname) ? PLAYERS[url.hostname] : OTHER_PLAYER;
    var src = url.href;
    if (player.autoplay && !url.searchParams.has("autoplay")) {
      // Appended as text rather than through searchParams, which would re-encode the
      // rest of the query.
      src += (url.search ? "&" : "?") + "autoplay=1";
    }
    var iframe = document.createElement("iframe");
    iframe.src = src;
    // The facade's accessible name is "Play video: Title (YouTube)"; the player is the rest.
    var label = facade.getAttribute("aria-label") || "";
    iframe.title = label.slice(label.indexOf(": ") + 2);
    iframe.setAttribute("allow", player.allow);
    iframe.setAttribute("allowfullscreen", "");
    if (player.referrerpolicy) {
      iframe.setAttribute("referrerpolicy", player.referrerpolicy);
    }
    // The box keeps the facade's classes (provider, aspect ratio) and address.
    var box = document.createElement("div");
    box.className = facade.className.replace(/(^|\s)roundup-embed__facade(?=\s|$)/, "");
    box.setAttribute("data-embed-src", facade.getAttribute("data-embed-src"));
    box.setAttribute("data-embed-loaded", "");
    box.appendChild(iframe);
    facade.replaceWith(box);
    // The focused link is gone: keep keyboard users where they were, on the player.
    iframe.focus({ preventScroll: true });
    return true;
  }

  function facadeOf(event) {
    var target = event.target;
    return target instanceof Element ? target.closest(FACADE) : null;
  }

  function onClick(event) {
    // Ctrl/Cmd/Shift/middle click keep their usual meaning: open the provider's page.
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    var facade = facadeOf(event);
    if (facade && load(facade)) {
      event.preventDefault();
    }
  }

  function onKeydown(event) {
    // Enter on a link fires `click` by itself; Space does not, and would scroll the page.
    if (event.key !== " " && event.key !== "Spacebar") {
      return;
    }
    var facade = facadeOf(event);
    if (!facade || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) {
      return;
    }
    event.preventDefault();
    if (!event.repeat) {
      load(facade);
    }
  }

  // Per page: tell assistive technology that the facade now acts in place, like a button.
  function init() {
    var facades = document.querySelectorAll(FACADE);
    for (var i = 0; i < facades.length; i++) {
      facades[i].setAttribute("role", "button");
    }
  }

  document.addEventListener("click", onClick);
  document.addEventListener("keydown", onKeydown);

  if (window.document$ && typeof window.document$.subscribe === "function") {
    // Material for MkDocs: emits for the first page and after every instant navigation.
    window.document$.subscribe(init);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();

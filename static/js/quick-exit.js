/* Quick exit: leave the page in one move, without a trace in this tab's history.
 *
 * Without JavaScript the button is a plain link to a neutral page. With it:
 * - selecting the button, or pressing Shift three times within 5 seconds, leaves at once;
 * - Shift together with another key (typing capitals, Japanese input) does not count, nor do key
 *   presses while an input method is composing text;
 * - the page is blanked immediately, then replaced (location.replace) so Back does not return here;
 * - if the browser restores this page from its back-forward cache, the blank overlay is removed;
 * - progress is announced to screen readers.
 */
(function () {
  "use strict";

  var button = document.querySelector("[data-quick-exit]");
  if (!button) {
    return;
  }
  var statusRegion = document.querySelector("[data-quick-exit-status]");
  var hint = document.querySelector("[data-quick-exit-hint]");
  var WINDOW_MS = 5000;
  var presses = [];
  var shiftDown = false;
  var otherKeyWhileShift = false;

  function announce(text) {
    if (statusRegion) {
      statusRegion.textContent = text || "";
    }
  }

  function leave(event) {
    if (event) {
      event.preventDefault();
    }
    document.documentElement.classList.add("quick-exit-leaving");
    announce(button.getAttribute("data-text-leaving"));
    document.title = "";
    window.location.replace(button.href);
  }

  button.addEventListener("click", leave);

  document.addEventListener("keydown", function (event) {
    if (event.isComposing || event.keyCode === 229) {
      return;
    }
    if (event.key === "Shift") {
      if (!event.repeat) {
        shiftDown = true;
        otherKeyWhileShift = false;
      }
      return;
    }
    // Any other key cancels the sequence: Shift with a letter is typing, not a request to leave.
    otherKeyWhileShift = shiftDown;
    presses = [];
    announce("");
  });

  document.addEventListener("keyup", function (event) {
    if (event.key !== "Shift" || event.isComposing) {
      return;
    }
    shiftDown = false;
    if (otherKeyWhileShift || event.ctrlKey || event.altKey || event.metaKey) {
      otherKeyWhileShift = false;
      return;
    }
    var now = Date.now();
    presses = presses.filter(function (time) {
      return now - time < WINDOW_MS;
    });
    presses.push(now);
    if (presses.length >= 3) {
      presses = [];
      leave();
    } else {
      announce(button.getAttribute(presses.length === 1 ? "data-text-one" : "data-text-two"));
    }
  });

  window.addEventListener("pageshow", function (event) {
    if (event.persisted) {
      document.documentElement.classList.remove("quick-exit-leaving");
      presses = [];
      announce("");
    }
  });

  // The explanation is shown the first time the quick exit appears in this tab, then kept short.
  try {
    if (hint && window.sessionStorage.getItem("quickExitExplained")) {
      hint.hidden = true;
    } else {
      window.sessionStorage.setItem("quickExitExplained", "1");
    }
  } catch (error) {
    // Storage may be blocked; the explanation then simply stays.
  }
})();

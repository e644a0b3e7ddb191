// "Copy citation" / "Copy link": put the text on the clipboard and say so. Without the
// Clipboard API (plain http), select the text so the reader can copy it by hand.
(function () {
  "use strict";
  function say(button, message) {
    const status = button.closest(".cite-actions").querySelector(".copied");
    if (status) status.textContent = message;
  }

  document.addEventListener("click", (event) => {
    const button = event.target.closest("[data-copy], [data-copy-text]");
    if (!button) return;
    const field = button.dataset.copy ? document.querySelector(button.dataset.copy) : null;
    const text = field ? field.value : button.dataset.copyText;
    const label = field ? "Citation" : "Link";
    const fallback = () => {
      if (field) {
        field.focus();
        field.select();
      }
      say(button, field ? "Selected: press Ctrl+C (⌘C) to copy." : text);
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(() => say(button, label + " copied."), fallback);
    } else {
      fallback();
    }
  });
})();

// Review queue keys: j/k move between items, c confirm, e edit the speaker, x not a quote.
// Buttons carry data-key; the forms themselves work without this script.
(function () {
  "use strict";
  let index = 0;

  function items() {
    return Array.from(document.querySelectorAll("#review-queue .review-item"));
  }

  function select(i) {
    const list = items();
    if (!list.length) return;
    index = Math.max(0, Math.min(i, list.length - 1));
    list.forEach((el, n) => el.classList.toggle("is-current", n === index));
    list[index].focus({ preventScroll: true });
    list[index].scrollIntoView({ block: "nearest" });
  }

  function press(item, key) {
    const control = item.querySelector('[data-key="' + key + '"]');
    if (!control || control.disabled) return;
    if (control.matches("input")) {
      control.focus();
    } else if (control.form) {
      control.form.requestSubmit(control);
    }
  }

  document.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const typing = event.target.closest("input, textarea, select");
    if (typing) {
      if (event.key === "Escape") {
        typing.blur();
        select(index);
      }
      return;
    }
    const current = items()[index];
    if (!current) return;
    const actions = {
      j: () => select(index + 1),
      k: () => select(index - 1),
      c: () => press(current, "c"),
      e: () => press(current, "e"),
      x: () => press(current, "x"),
    };
    const action = actions[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  });

  // After the queue is swapped in place keep the same position (the next item moves up),
  // unless the editor is typing a name in one of its inputs.
  document.body.addEventListener("htmx:afterSettle", () => {
    const active = document.activeElement;
    if (active && active.closest("input, textarea, select") && document.contains(active)) return;
    select(index);
  });

  select(0);
})();

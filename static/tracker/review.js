// Review queue keys: j/k move between items, c confirm, 1-9 pick a numbered speaker,
// e type a speaker, x not a quote. Every key says what it did in the item's status line.
// Buttons carry data-key; the forms themselves work without this script.
(function () {
  "use strict";
  let index = 0;

  function items() {
    return Array.from(document.querySelectorAll("#review-queue .review-item"));
  }

  function say(item, message) {
    const line = item.querySelector(".key-feedback");
    if (line) line.textContent = message;
    item.classList.toggle("is-asking", /type a name|no speaker/i.test(message));
  }

  function select(i) {
    const list = items();
    if (!list.length) return;
    index = Math.max(0, Math.min(i, list.length - 1));
    list.forEach((el, n) => el.classList.toggle("is-current", n === index));
    list[index].focus({ preventScroll: true });
    list[index].scrollIntoView({ block: "nearest" });
  }

  function askForSpeaker(item, why) {
    const input = item.querySelector('[data-key="e"]');
    say(item, why + " Type a name, or press a number to pick one.");
    if (input) input.focus();
  }

  function press(item, key) {
    const control = item.querySelector('[data-key="' + key + '"]');
    if (!control || control.disabled) {
      if (key === "c") askForSpeaker(item, "No speaker to confirm.");
      else say(item, "No choice " + key + " here.");
      return;
    }
    if (control.matches("input")) {
      say(item, "Type a name; Enter saves, Esc goes back.");
      control.focus();
      return;
    }
    const labels = { c: "Confirming…", x: "Marking as not a quote…" };
    say(item, labels[key] || "Saying it was " + control.textContent.replace(/^\s*\d\s*/, "") + "…");
    item.classList.add("is-saving");
    if (control.form) control.form.requestSubmit(control);
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
    let action = null;
    if (event.key === "j") action = () => select(index + 1);
    else if (event.key === "k") action = () => select(index - 1);
    else if (["c", "e", "x"].includes(event.key) || /^[1-9]$/.test(event.key)) {
      action = () => press(current, event.key);
    }
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

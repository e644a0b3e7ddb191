// Corrections by pointing: select words in the article reader, then make them a new
// quotation or a quotation's new span. Each <p> of the article carries data-start (its offset
// in the article), so a selection maps back to characters; the server snaps the edges (white
// space and quote marks left out). Without this script the span form takes numbers.
(function () {
  "use strict";
  const panel = document.getElementById("selection-panel");
  const article = document.querySelector(".article-text");
  if (!panel || !article) return;
  const respan = panel.querySelector('[data-action="respan"]');
  let current = null;

  function offsetOf(node, offset) {
    const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
    const paragraph = element && element.closest("p[data-start]");
    if (!paragraph || !article.contains(paragraph)) return null;
    const before = document.createRange();
    before.setStart(paragraph, 0);
    before.setEnd(node, offset);
    return Number(paragraph.dataset.start) + before.toString().length;
  }

  function overlapping(start, end) {
    let best = null;
    let bestOverlap = 0;
    document.querySelectorAll(".quote-detail[data-start]").forEach((item) => {
      const overlap =
        Math.min(end, Number(item.dataset.end)) - Math.max(start, Number(item.dataset.start));
      if (overlap > bestOverlap) {
        best = item;
        bestOverlap = overlap;
      }
    });
    return best;
  }

  function hide() {
    panel.hidden = true;
    current = null;
  }

  function show() {
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed || !selection.rangeCount) return;
    const range = selection.getRangeAt(0);
    if (!article.contains(range.commonAncestorContainer)) return;
    const start = offsetOf(range.startContainer, range.startOffset);
    const end = offsetOf(range.endContainer, range.endOffset);
    if (start === null || end === null || end <= start) return;
    panel.elements.start.value = start;
    panel.elements.end.value = end;
    const words = selection.toString().trim();
    panel.querySelector(".selected-text").textContent =
      "Selected: “" + (words.length > 140 ? words.slice(0, 139) + "…" : words) + "”";
    current = overlapping(start, end);
    respan.hidden = !current;
    if (current) {
      panel.querySelector(".respan-of").textContent = "“" + current.dataset.text + "”";
    }
    panel.hidden = false;
  }

  panel.addEventListener("click", (event) => {
    const button = event.target.closest("[data-action]");
    if (!button) return;
    const action = button.dataset.action;
    if (action === "cancel") {
      hide();
      return;
    }
    if (action === "respan" && current) {
      panel.action = current.dataset.spanUrl;
      panel.elements.version.value = current.dataset.version;
      panel.elements.next.value = window.location.pathname + "#" + current.id;
    } else {
      panel.action = panel.dataset.create;
      panel.elements.version.value = "";
      panel.elements.next.value = window.location.pathname;
    }
  });

  article.addEventListener("mouseup", () => window.setTimeout(show, 0));
  article.addEventListener("keyup", (event) => {
    if (event.shiftKey) show();
  });
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && !panel.hidden) hide();
  });
})();

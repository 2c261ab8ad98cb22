// Keyboard review on a document page: j/k move to the next/previous
// sentence, c confirms and x rejects the current sentence's first open
// (unreviewed) statement, else its first statement. The forms are the
// page's own (CSRF token and version included); the script only submits them.
// The holder picker completes names and aliases as they are typed, and
// selecting words in a sentence opens its "add a statement" form with them.
"use strict";
(function () {
  // Completion: ask the server for names starting with (then containing)
  // what was typed, 150 ms after the last key, and offer them in the shared list.
  const list = document.getElementById("actors");
  let pending = null;
  document.addEventListener("input", function (event) {
    const input = event.target;
    if (!list || !input || input.getAttribute("list") !== "actors") return;
    clearTimeout(pending);
    pending = setTimeout(function () {
      const typed = input.value.trim();
      if (typed === "") return;
      fetch("/actors/complete?q=" + encodeURIComponent(typed), { credentials: "same-origin" })
        .then(function (response) { return response.ok ? response.json() : []; })
        .then(function (names) {
          const options = names.map(function (found) {
            const option = document.createElement("option");
            option.value = found.name;
            if (found.name !== found.actor) option.label = found.name + " (" + found.actor + ")";
            return option;
          });
          list.replaceChildren.apply(list, options);
        })
        .catch(function () { /* the list keeps what it had */ });
    }, 150);
  });

  // Selecting words inside one sentence's text: open its add form with them as the action.
  document.addEventListener("mouseup", function () {
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed) return;
    const text = selection.toString().trim();
    const start = selection.anchorNode && selection.anchorNode.parentElement;
    const end = selection.focusNode && selection.focusNode.parentElement;
    const paragraph = start && start.closest("p.text");
    if (!text || !paragraph || !end || end.closest("p.text") !== paragraph) return;
    const details = paragraph.closest("li.sentence").querySelector("details.add");
    if (!details) return;
    details.open = true;
    const action = details.querySelector("input[name=action]");
    action.value = text.slice(0, 400);
    details.querySelector("input[name=holder]").focus();
  });

  const sentences = Array.from(document.querySelectorAll("li.sentence"));
  if (sentences.length === 0) return;
  let current = -1;
  const fromHash = location.hash.startsWith("#st-") ? document.getElementById(location.hash.slice(1)) : null;
  if (fromHash) current = sentences.indexOf(fromHash.closest("li.sentence"));

  function select(index) {
    if (index < 0 || index >= sentences.length) return;
    if (current >= 0) sentences[current].classList.remove("current");
    current = index;
    const sentence = sentences[current];
    sentence.classList.add("current");
    sentence.focus({ preventScroll: true });
    sentence.scrollIntoView({ block: "center" });
  }

  function submit(kind) {
    if (current < 0) return;
    const sentence = sentences[current];
    const statement = sentence.querySelector(".statement.open") || sentence.querySelector(".statement");
    if (!statement) return;
    const form = statement.querySelector("form." + kind);
    if (form) form.requestSubmit();
  }

  if (current >= 0) select(current);
  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target;
    if (target && (target.tagName === "INPUT" || target.tagName === "SELECT" || target.tagName === "TEXTAREA")) return;
    switch (event.key) {
      case "j": select(current + 1); break;
      case "k": select(Math.max(0, current - 1)); break;
      case "c": submit("confirm"); break;
      case "x": submit("reject"); break;
      default: return;
    }
    event.preventDefault();
  });
})();

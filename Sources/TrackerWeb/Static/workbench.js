// Keyboard review on a document page: j/k move to the next/previous
// sentence, c confirms and x rejects the current sentence's first open
// (unreviewed) statement, else its first statement. The forms are the
// page's own (CSRF token and version included); the script only submits them.
"use strict";
(function () {
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

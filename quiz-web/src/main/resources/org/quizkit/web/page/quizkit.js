// quizkit's pages work without this script; it only helps: after a page load it moves the focus
// to the first input a hint concerns (which reads the hint with it), or to the feedback on an
// answer, so that a screen reader reads it at once and the keyboard goes on from there.
// A player that shows a hint or feedback in script calls quizkit.focus() after it has done so.
(function () {
  'use strict';
  function focus(root) {
    var scope = root || document;
    var hint = scope.querySelector('form.question .hint');
    var feedback = scope.querySelector('#feedback');
    if (hint) {
      var first = hint.closest('form').querySelector('[aria-invalid="true"]');
      (first || hint).focus();
    } else if (feedback) {
      feedback.focus();
    }
  }
  window.quizkit = Object.assign(window.quizkit || {}, { focus: focus });
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', function () { focus(); });
  } else {
    focus();
  }
})();

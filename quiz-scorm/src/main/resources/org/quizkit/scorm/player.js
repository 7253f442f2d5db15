/*
 * quizkit SCORM player: shows the questions of quiz-data.js one at a time (the forms of quiz-web's
 * pages), reads the learner's answer from the form, scores it in the browser (scoring.js), gives
 * feedback, and reports to the LMS through the SCORM API it finds in a parent or opener window:
 * SCORM 2004 (API_1484_11) or SCORM 1.2 (API), as the package says.
 *
 * What it sets, per answer: one interaction (id = the question's view id, type, the learner's
 * response, result, and the key as correct_responses.0.pattern, sent only once the learner has
 * answered), the score so far, suspend_data (the answers given, to resume), the location and
 * exit "suspend"; when every question is answered: completion, success against the pass mark
 * (cmi.scaled_passing_score, or 1.2's mastery score, else the package's --pass) and exit normal.
 * cmi.session_time (1.2: cmi.core.session_time), Commit and Terminate (1.2: LMSFinish) when the page
 * goes away. Without an LMS it runs and records nothing.
 *
 * The keys are in the package, masked per question (see unmask): out of sight, not secret.
 */
(function () {
  'use strict';
  var data = window.QUIZKIT_SCORM;
  var scoring = window.QuizkitScoring;
  var is2004 = data.scorm === '2004';
  var questions = data.questions;
  var N = questions.length;
  var main = document.getElementById('quizkit-player');

  // ---------------------------------------------------------------- the LMS
  /** The API object in win or its parents (at most 500 levels up), as the SCORM standards say. */
  function search(win, name) {
    for (var depth = 0; win && depth < 500; depth++) {
      try {
        if (win[name]) return win[name];
      } catch (e) {
        return null; // another origin: not ours to look into
      }
      if (!win.parent || win.parent === win) break;
      win = win.parent;
    }
    return null;
  }

  function findApi() {
    var name = is2004 ? 'API_1484_11' : 'API';
    var api = search(window, name);
    try {
      if (!api && window.opener) api = search(window.opener, name);
      if (!api && window.top && window.top.opener) api = search(window.top.opener, name);
    } catch (e) {
      api = api || null;
    }
    return api;
  }

  var api = findApi();
  var terminated = false;
  var lms = {
    init: function () { return api ? String(is2004 ? api.Initialize('') : api.LMSInitialize('')) === 'true' : false; },
    get: function (el) { return api ? String(is2004 ? api.GetValue(el) : api.LMSGetValue(el)) : ''; },
    set: function (el, value) { if (api) { if (is2004) api.SetValue(el, String(value)); else api.LMSSetValue(el, String(value)); } },
    commit: function () { if (api) { if (is2004) api.Commit(''); else api.LMSCommit(''); } },
    finish: function () {
      if (api && !terminated) {
        terminated = true;
        if (is2004) api.Terminate(''); else api.LMSFinish('');
      }
    },
  };
  var connected = lms.init();

  var EL = is2004
    ? { status: 'cmi.completion_status', exit: 'cmi.exit', raw: 'cmi.score.raw', min: 'cmi.score.min', max: 'cmi.score.max', location: 'cmi.location', entry: 'cmi.entry', response: 'learner_response' }
    : { status: 'cmi.core.lesson_status', exit: 'cmi.core.exit', raw: 'cmi.core.score.raw', min: 'cmi.core.score.min', max: 'cmi.core.score.max', location: 'cmi.core.lesson_location', entry: 'cmi.core.entry', response: 'student_response' };

  /** The pass mark: the LMS's (from the manifest), else the package's. */
  function passMark() {
    var lmsMark = parseFloat(is2004 ? lms.get('cmi.scaled_passing_score') : lms.get('cmi.student_data.mastery_score'));
    if (!isNaN(lmsMark)) {
      var mark = is2004 ? lmsMark : lmsMark / 100;
      if (mark >= 0 && mark <= 1) return mark;
    }
    return data.pass;
  }

  // ---------------------------------------------------------------- state
  /** answers[i]: null, or {r: response JSON by labels, s: score in [0, 1]}. */
  var answers = [];
  for (var i = 0; i < N; i++) answers.push(null);

  function restore() {
    // only a resumed attempt has suspend data (reading it otherwise is error 403 in SCORM 2004)
    var text = connected && lms.get(EL.entry) === 'resume' ? lms.get('cmi.suspend_data') : '';
    if (!text) return;
    try {
      var saved = JSON.parse(text);
      if (saved.v === 1 && Array.isArray(saved.a) && saved.a.length === N) {
        answers = saved.a.map(function (a) { return a ? { r: a[0], s: a[1] } : null; });
      }
    } catch (e) {
      // not ours: start afresh
    }
  }

  /** The answers and their credit as JSON; typed texts dropped if it would not fit the LMS. */
  function suspendData() {
    var limit = is2004 ? 64000 : 4096;
    var text = JSON.stringify({ v: 1, a: answers.map(function (a) { return a ? [a.r, a.s] : null; }) });
    if (text.length <= limit) return text;
    return JSON.stringify({ v: 1, a: answers.map(function (a) { return a ? [a.r.text != null ? { text: '' } : a.r, a.s] : null; }) });
  }

  function total() {
    return answers.reduce(function (sum, a) { return sum + (a ? a.s : 0); }, 0);
  }

  function answeredCount() {
    return answers.filter(function (a) { return a !== null; }).length;
  }

  function round(x, places) {
    var f = Math.pow(10, places);
    return String(Math.round(x * f) / f);
  }

  /** The key of question i, unmasked: {bank, correctAnswer, explanation, section}. */
  function unmask(i) {
    var id = questions[i].id;
    var bytes = atob(questions[i].key);
    var out = new Uint8Array(bytes.length);
    for (var k = 0; k < bytes.length; k++) {
      out[k] = bytes.charCodeAt(k) ^ ((id.charCodeAt(k % id.length) * 7 + k * 13) & 0xff);
    }
    return JSON.parse(new TextDecoder('utf-8').decode(out));
  }

  // ---------------------------------------------------------------- reading a form
  /** The response JSON the form holds, or {hint} for the learner (as quiz-web's Pages.read). */
  function read(form, kind) {
    var fields = new FormData(form);
    switch (kind) {
      case 'single-choice': {
        var selected = fields.getAll('selected').map(String);
        return selected.length === 0 ? { hint: 'Choose one option.' } : { response: { selected: selected } };
      }
      case 'multiple-response':
        selected = fields.getAll('selected').map(String);
        return selected.length === 0 ? { hint: 'Choose at least one option.' } : { response: { selected: selected } };
      case 'true-false': {
        var answer = fields.get('answer');
        return answer === 'true' || answer === 'false' ? { response: { answer: answer === 'true' } } : { hint: 'Choose true or false.' };
      }
      case 'matching': {
        var pairs = {};
        var missing = [];
        fields.forEach(function (value, name) {
          if (name.indexOf('pair.') !== 0) return;
          var premise = name.substring(5);
          if (value === '') missing.push(premise); else pairs[premise] = String(value);
        });
        return missing.length ? { hint: "Match every item: '" + missing[0] + "' has no match." } : { response: { pairs: pairs } };
      }
      case 'ordering': {
        var places = {};
        var items = [];
        var problem = null;
        fields.forEach(function (value, name) {
          if (name.indexOf('place.') !== 0) return;
          var item = name.substring(6);
          items.push(item);
          if (problem) return;
          if (value === '') { problem = "Give every item a place: '" + item + "' has none."; return; }
          if (places[value]) { problem = 'Each place once: ' + value + " is given to '" + places[value] + "' and '" + item + "'."; return; }
          places[value] = item;
        });
        if (problem) return { hint: problem };
        var order = [];
        for (var p = 1; p <= items.length; p++) order.push(places[String(p)]);
        return { response: { order: order } };
      }
      case 'short-answer': {
        var text = String(fields.get('text') || '').trim();
        return text === '' ? { hint: 'Type an answer.' } : { response: { text: text } };
      }
      default:
        throw new Error('no question kind ' + kind);
    }
  }

  // ---------------------------------------------------------------- interactions
  var TYPES = { 'single-choice': 'choice', 'multiple-response': 'choice', 'true-false': 'true-false', matching: 'matching', ordering: 'sequencing', 'short-answer': 'fill-in' };
  var SEP = is2004 ? '[,]' : ',';
  var DOT = is2004 ? '[.]' : '.';

  function fillIn(text) {
    var t = String(text).replace(/\s+/g, ' ').split('[,]').join(',');
    t = t.substring(0, is2004 ? 250 : 255);
    return is2004 && t.charAt(0) === '{' ? '{lang=en}' + t : t;
  }

  function sortedLabels(list) {
    return list.slice().sort(function (a, b) { return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0); });
  }

  /** The learner's response in the SCORM version's notation. */
  function learnerPattern(kind, r) {
    switch (kind) {
      case 'single-choice':
      case 'multiple-response':
        return sortedLabels(r.selected).join(SEP);
      case 'true-false':
        return is2004 ? String(r.answer) : r.answer ? 't' : 'f';
      case 'matching':
        return sortedLabels(Object.keys(r.pairs)).map(function (p) { return p + DOT + r.pairs[p]; }).join(SEP);
      case 'ordering':
        return r.order.join(SEP);
      default:
        return fillIn(r.text);
    }
  }

  /** The key in the same notation. */
  function keyPattern(q) {
    var label = function (options, id, numbered) {
      for (var k = 0; k < options.length; k++) if (options[k].id === id) return numbered ? String(k + 1) : String.fromCharCode(97 + k);
      return '';
    };
    switch (q.kind) {
      case 'single-choice':
      case 'multiple-response':
        return sortedLabels(q.correct.map(function (id) { return label(q.options, id); })).join(SEP);
      case 'true-false':
        return is2004 ? String(q.answer) : q.answer ? 't' : 'f';
      case 'matching':
        return q.pairs.map(function (p) { return [label(q.premises, p.premise, true), label(q.choices, p.choice)]; })
          .sort(function (a, b) { return Number(a[0]) - Number(b[0]); })
          .map(function (p) { return p[0] + DOT + p[1]; }).join(SEP);
      case 'ordering':
        return q.order.map(function (id) { return label(q.items, id); }).join(SEP);
      default:
        return fillIn((q.keyed || q.accepted)[0]);
    }
  }

  function result(score) {
    if (score === 1) return 'correct';
    if (score === 0) return is2004 ? 'incorrect' : 'wrong';
    return round(score, 4);
  }

  function report(i, key) {
    if (!connected) return;
    var n = 'cmi.interactions.' + i + '.';
    var a = answers[i];
    lms.set(n + 'id', questions[i].id);
    lms.set(n + 'type', TYPES[questions[i].kind]);
    lms.set(n + EL.response, learnerPattern(questions[i].kind, a.r));
    lms.set(n + 'result', result(a.s));
    lms.set(n + 'correct_responses.0.pattern', keyPattern(key.bank.questions[0]));
    progress();
  }

  /** Score, suspend data and status: after every answer, and complete once all are answered. */
  function progress() {
    var sum = total();
    if (is2004) {
      lms.set('cmi.score.scaled', round(sum / N, 7));
      lms.set(EL.raw, round(sum, 4));
      lms.set(EL.min, '0');
      lms.set(EL.max, String(N));
    } else {
      lms.set(EL.raw, round((100 * sum) / N, 2));
      lms.set(EL.min, '0');
      lms.set(EL.max, '100');
    }
    lms.set('cmi.suspend_data', suspendData());
    var done = answeredCount() === N;
    lms.set(EL.location, String(done ? N : firstOpen() + 1));
    if (done) {
      var passed = sum / N >= passMark() - 1e-9;
      if (is2004) {
        lms.set('cmi.completion_status', 'completed');
        lms.set('cmi.success_status', passed ? 'passed' : 'failed');
        lms.set(EL.exit, 'normal');
      } else {
        lms.set(EL.status, passed ? 'passed' : 'failed');
        lms.set(EL.exit, '');
      }
    } else {
      lms.set(EL.exit, 'suspend');
    }
    lms.commit();
  }

  function firstOpen() {
    for (var k = 0; k < N; k++) if (answers[k] === null) return k;
    return N;
  }

  // ---------------------------------------------------------------- pages
  function el(tag, attributes, text) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) { node.setAttribute(name, attributes[name]); });
    if (text != null) node.textContent = text;
    return node;
  }

  function percent(x) {
    return round(100 * x, 1) + ' %';
  }

  function showQuestion(i) {
    var q = questions[i];
    main.innerHTML = '';
    var holder = el('div', { class: 'quizkit-scorm-question' });
    holder.innerHTML = q.form;
    main.appendChild(holder);
    var hint = el('p', { id: 'quizkit-hint', class: 'quizkit-hint', role: 'alert' });
    main.appendChild(hint);
    var form = holder.querySelector('form');
    form.setAttribute('action', '#');
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      if (answers[i] !== null) return; // answered once; the feedback is shown
      var got = read(form, q.kind);
      if (got.hint) {
        hint.textContent = got.hint;
        return;
      }
      hint.textContent = '';
      var key = unmask(i);
      answers[i] = { r: got.response, s: scoring.score(key.bank.questions[0], got.response) };
      report(i, key);
      var fieldset = form.querySelector('fieldset');
      if (fieldset) fieldset.disabled = true;
      Array.prototype.forEach.call(form.querySelectorAll('button, input[type=submit]'), function (b) { b.remove(); });
      showFeedback(i, key);
    });
    if (i > 0) {
      var first = form.querySelector('legend') || form;
      first.setAttribute('tabindex', '-1');
      first.focus();
    }
  }

  function showFeedback(i, key) {
    var a = answers[i];
    var q = key.bank.questions[0];
    var section = el('section', { class: 'quizkit-feedback', 'aria-labelledby': 'quizkit-verdict', tabindex: '-1' });
    var verdict = a.s === 1 ? 'Right.' : a.s === 0 ? 'Not right.' : 'Partly right: ' + round(a.s, 2) + ' of 1.';
    section.appendChild(el('h2', { id: 'quizkit-verdict' }, verdict));
    if (key.correctAnswer.length === 1) {
      section.appendChild(el('p', {}, 'The answer: ' + key.correctAnswer[0]));
    } else {
      section.appendChild(el('p', {}, 'The answer:'));
      var list = el('ul');
      key.correctAnswer.forEach(function (line) { list.appendChild(el('li', {}, line)); });
      section.appendChild(list);
    }
    chosenFeedback(q, a.r).forEach(function (text) { section.appendChild(el('p', {}, text)); });
    if (q.kind === 'short-answer') {
      scoring.verdict(q, a.r.text).forEach(function (part) {
        if (part.match.note && part.match.note.feedback) section.appendChild(el('p', {}, part.match.note.feedback));
      });
    }
    if (key.explanation) section.appendChild(el('p', {}, key.explanation));
    if (key.section) section.appendChild(el('p', {}, 'Source: ' + key.section));
    var last = answeredCount() === N;
    var next = el('button', { type: 'button', id: 'quizkit-next' }, last ? 'See your result' : 'Next question');
    next.addEventListener('click', function () {
      var open = firstOpen();
      if (open === N) showResult(); else showQuestion(open);
    });
    section.appendChild(next);
    main.appendChild(section);
    section.focus();
  }

  /** The feedback of the options the learner chose, in the order shown. */
  function chosenFeedback(q, r) {
    var options = [];
    var chosen = [];
    if (q.kind === 'single-choice' || q.kind === 'multiple-response') {
      options = q.options;
      chosen = r.selected.map(function (l) { return scoring.labels(q.options)[l]; });
    } else if (q.kind === 'matching') {
      options = q.choices;
      chosen = Object.keys(r.pairs).map(function (p) { return scoring.labels(q.choices)[r.pairs[p]]; });
    }
    return options.filter(function (o) { return o.feedback && chosen.indexOf(o.id) >= 0; }).map(function (o) { return o.feedback; });
  }

  function showResult() {
    main.innerHTML = '';
    var sum = total();
    var mark = passMark();
    var section = el('section', { class: 'quizkit-result', 'aria-labelledby': 'quizkit-result-heading', tabindex: '-1' });
    section.appendChild(el('h2', { id: 'quizkit-result-heading' }, 'Your result'));
    section.appendChild(el('p', { id: 'quizkit-score' },
      'You scored ' + round(sum, 2) + ' out of ' + N + ' (' + percent(sum / N) + '). The pass mark is ' + percent(mark) + ': ' +
      (sum / N >= mark - 1e-9 ? 'passed.' : 'not passed yet.')));
    var table = el('table');
    table.appendChild(el('caption', {}, 'Score per question'));
    var head = el('tr');
    head.appendChild(el('th', { scope: 'col' }, 'Question'));
    head.appendChild(el('th', { scope: 'col' }, 'Score'));
    table.appendChild(head);
    answers.forEach(function (a, k) {
      var row = el('tr');
      row.appendChild(el('th', { scope: 'row' }, String(k + 1)));
      row.appendChild(el('td', {}, round(a ? a.s : 0, 2) + ' of 1'));
      table.appendChild(row);
    });
    section.appendChild(table);
    if (connected) section.appendChild(el('p', {}, 'Your result has been sent to your learning system.'));
    main.appendChild(section);
    section.focus();
  }

  // ---------------------------------------------------------------- start
  if (!connected) {
    var note = el('p', { class: 'quizkit-note', role: 'status' }, 'No learning system was found: you can take the quiz, but nothing is recorded.');
    main.parentNode.insertBefore(note, main);
  } else {
    restore();
    if (answeredCount() === 0) {
      if (is2004) {
        lms.set('cmi.completion_status', 'incomplete');
      } else {
        lms.set('cmi.core.lesson_status', 'incomplete');
      }
      lms.set(EL.exit, 'suspend');
      lms.commit();
    }
  }
  var start = firstOpen();
  if (start === N) showResult(); else showQuestion(start);

  var started = Date.now();

  /** This session's time: 2004 an ISO 8601 duration (PT75S), 1.2 HH:MM:SS. */
  function sessionTime() {
    var seconds = Math.floor((Date.now() - started) / 1000);
    if (is2004) return 'PT' + seconds + 'S';
    var two = function (n) { return (n < 10 ? '0' : '') + n; };
    return two(Math.floor(seconds / 3600)) + ':' + two(Math.floor(seconds / 60) % 60) + ':' + two(seconds % 60);
  }

  window.addEventListener('pagehide', function () {
    if (connected && !terminated) {
      lms.set(is2004 ? 'cmi.session_time' : 'cmi.core.session_time', sessionTime());
      lms.commit();
    }
    lms.finish();
  });
  window.QuizkitPlayer = { answers: function () { return answers; }, total: total, passMark: passMark };
})();

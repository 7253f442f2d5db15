/*
 * quizkit SCORM player: scoring, the rule quizkit-partial-credit-1 of quiz-core's Scorer and
 * DeliveredQuiz.scoreAll, ported to the browser (a SCORM package has no server). Each question
 * earns a score in [0, 1]: single choice and true/false all or nothing; multiple response
 * (right - wrong) / keyed, at least 0; matching keyed pairs / premises; ordering items in place /
 * items; short answer the credit of its weakest part (normalised, one typo forgiven in a word of
 * five letters or more, never towards a rival). quiz-scorm's ScoringParityTests checks that this
 * file gives the Java engine's score for many random answers.
 *
 * question: one question of a quizkit bank (the JSON bank format), options in the order shown;
 * response: the response JSON of docs/schema/response.schema.json, by position labels.
 */
(function (root) {
  'use strict';

  var letter = function (i) { return String.fromCharCode(97 + i); };
  var number = function (i) { return String(i + 1); };

  /** label -> id, by position. */
  function labels(options, numbered) {
    var map = {};
    options.forEach(function (o, i) { map[numbered ? number(i) : letter(i)] = o.id; });
    return map;
  }

  function fraction(parts, outOf) {
    return parts === outOf ? 1 : parts / outOf;
  }

  function unique(list) {
    var seen = [];
    list.forEach(function (x) { if (seen.indexOf(x) < 0) seen.push(x); });
    return seen;
  }

  // ---- typed answers (TypedAnswerNormaliser) ----
  var PLAIN = { '\u0110': 'D', '\u0111': 'd', '\u0141': 'L', '\u0142': 'l', '\u0166': 'T', '\u0167': 't',
    '\u0197': 'I', '\u0244': 'U', '\u0268': 'i', '\u0289': 'u', '\u1D7B': 'I', '\u1D7E': 'U' };

  function stripAccents(text) {
    var d = text.normalize('NFKD').replace(/[\u0110\u0111\u0141\u0142\u0166\u0167\u0197\u0244\u0268\u0289\u1D7B\u1D7E]/g,
      function (c) { return PLAIN[c]; });
    return d.replace(/[\u0300-\u036F]+/g, '').normalize('NFC');
  }

  function javaTrim(s) {
    var a = 0;
    var b = s.length;
    while (a < b && s.charCodeAt(a) <= 32) a++;
    while (b > a && s.charCodeAt(b - 1) <= 32) b--;
    return s.substring(a, b);
  }

  function unicodeWords(raw) {
    var text = stripAccents(raw.normalize('NFKC')).toLowerCase();
    text = text.replace(/['\u2018\u2019\u02BC`]/g, '');
    text = text.replace(/[\p{P}\p{S}]/gu, ' ');
    return javaTrim(text.replace(/[ \t\n\u000B\f\r\p{Z}\p{Cc}]+/gu, ' '));
  }

  function foldSingular(word) {
    var n = word.length;
    if (n < 4) return word;
    if (/(sses|ches|shes|xes)$/.test(word)) return word.substring(0, n - 2);
    if (/ies$/.test(word) && n > 4) return word.substring(0, n - 3) + 'y';
    if (/(ss|us|is)$/.test(word)) return word;
    if (word.charAt(n - 1) === 's') return word.substring(0, n - 1);
    return word;
  }

  /** The normal form: words folded to the singular, a leading article dropped. */
  function normalise(raw) {
    var ascii = !/[^\u0000-\u007F]/.test(raw);
    var words;
    if (ascii) {
      words = raw.replace(/['`]/g, '').split(/[^A-Za-z0-9]+/).filter(Boolean).map(function (w) { return w.toLowerCase(); });
    } else {
      var text = unicodeWords(raw);
      words = text === '' ? [] : text.split(' ').filter(function (w) { return w !== ''; });
    }
    var article = words.length > 1 && (words[0] === 'a' || words[0] === 'an' || words[0] === 'the');
    words = words.map(foldSingular);
    if (article) words = words.slice(1);
    return words.join(' ');
  }

  /** Optimal string alignment distance over code points (Distance). */
  function distance(a, b) {
    var s = Array.from(a);
    var t = Array.from(b);
    var d = [];
    for (var i = 0; i <= s.length; i++) { d.push([i]); }
    for (var j = 0; j <= t.length; j++) d[0][j] = j;
    for (i = 1; i <= s.length; i++) {
      for (j = 1; j <= t.length; j++) {
        var best = Math.min(d[i - 1][j - 1] + (s[i - 1] === t[j - 1] ? 0 : 1), Math.min(d[i - 1][j], d[i][j - 1]) + 1);
        if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) best = Math.min(best, d[i - 2][j - 2] + 1);
        d[i][j] = best;
      }
    }
    return d[s.length][t.length];
  }

  function withinOneEdit(a, b) { return distance(a, b) <= 1; }

  /** Same number of words, exactly one differing, that word of the answer 5+ letters, one edit away. */
  function oneTypoAway(typed, answer) {
    var t = typed.split(' ');
    var a = answer.split(' ');
    if (t.length !== a.length) return false;
    var at = -1;
    for (var i = 0; i < t.length; i++) {
      if (t[i] !== a[i]) {
        if (at >= 0) return false;
        at = i;
      }
    }
    return at >= 0 && Array.from(a[at]).length >= 5 && withinOneEdit(t[at], a[at]);
  }

  /** ShortAnswerMatcher.match: {answer, note} or null. */
  function match(q, typed) {
    var text = normalise(typed);
    if (text === '') return null;
    var typoOfAccepted = null;
    for (var i = 0; i < q.accepted.length; i++) {
      var key = normalise(q.accepted[i]);
      if (key === '') continue;
      if (key === text) return { answer: q.accepted[i], note: null };
      if (typoOfAccepted === null && oneTypoAway(text, key)) typoOfAccepted = q.accepted[i];
    }
    var notes = q.notes || [];
    var typoOfNote = null;
    var twoNotes = false;
    for (var n = 0; n < notes.length; n++) {
      for (var k = 0; k < notes[n].answers.length; k++) {
        var answer = notes[n].answers[k];
        key = normalise(answer);
        if (key === '') continue;
        if (key === text) return { answer: answer, note: notes[n] };
        if (oneTypoAway(text, key)) {
          twoNotes = twoNotes || (typoOfNote !== null && typoOfNote !== notes[n]);
          if (typoOfNote === null) typoOfNote = notes[n];
        }
      }
    }
    if ((typoOfAccepted === null && typoOfNote === null) || (typoOfAccepted !== null && typoOfNote !== null) || twoNotes) return null;
    var rivals = q.rivals || [];
    for (i = 0; i < rivals.length; i++) {
      key = normalise(rivals[i]);
      if (key !== '' && withinOneEdit(text, key) && !isAnswer(q, key)) return null;
    }
    return typoOfAccepted !== null ? { answer: typoOfAccepted, note: null } : { answer: typoOfNote.answers[0], note: typoOfNote };
  }

  function isAnswer(q, normal) {
    var all = q.accepted.slice();
    (q.notes || []).forEach(function (note) { all = all.concat(note.answers); });
    return all.some(function (a) { return normalise(a) === normal; });
  }

  function isRival(q, typed) {
    var text = normalise(typed);
    return (q.rivals || []).some(function (r) { var k = normalise(r); return k !== '' && k === text; });
  }

  var credit = function (m) { return m.note === null ? 1 : m.note.credit; };
  var WORD = '[\\p{Alphabetic}\\p{Mn}\\p{Me}\\p{Mc}\\p{Nd}\\p{Pc}\\u200C\\u200D]';
  var SEPARATOR = new RegExp('(?:\\p{White_Space}*(?:[,;/&+]|(?<!' + WORD + ')and(?!' + WORD + '))\\p{White_Space}*)+', 'giu');

  /** TypedVerdict: the parts a typed answer was read as, each {typed, match}; empty: no match. */
  function verdict(q, typed) {
    var whole = match(q, typed);
    if (whole !== null) return [{ typed: typed.trim(), match: whole }];
    var pieces = [];
    var from = 0;
    var m;
    SEPARATOR.lastIndex = 0;
    while ((m = SEPARATOR.exec(typed)) !== null) {
      if (m[0].length === 0) { SEPARATOR.lastIndex++; continue; }
      if (m.index > from) pieces.push([from, m.index]);
      from = m.index + m[0].length;
    }
    if (from < typed.length) pieces.push([from, typed.length]);
    if (pieces.length < 2 || isRival(q, typed) || pieces.length > 12) return [];
    var n = pieces.length;
    var best = new Array(n + 1);
    var next = new Array(n + 1);
    var chosen = new Array(n + 1);
    best[n] = 1;
    for (var i = n - 1; i >= 0; i--) {
      best[i] = -1;
      for (var j = i + 1; j <= n; j++) {
        if (best[j] < 0) continue;
        var found = match(q, typed.substring(pieces[i][0], pieces[j - 1][1]));
        if (found === null) continue;
        var weakest = Math.min(credit(found), best[j]);
        if (weakest > best[i]) { best[i] = weakest; next[i] = j; chosen[i] = found; }
      }
    }
    if (best[0] < 0) return [];
    var parts = [];
    for (i = 0; i < n; i = next[i]) parts.push({ typed: typed.substring(pieces[i][0], pieces[next[i] - 1][1]), match: chosen[i] });
    return parts;
  }

  function typedCredit(q, typed) {
    var parts = verdict(q, typed);
    if (parts.length === 0) return 0;
    return Math.min.apply(null, parts.map(function (p) { return credit(p.match); }));
  }

  // ---- one question ----
  /** The score in [0, 1] of a response (by labels) to a question (bank JSON, options as shown). */
  function score(q, response) {
    switch (q.kind) {
      case 'single-choice': {
        var ids = unique(response.selected.map(function (l) { return labels(q.options)[l]; }));
        return ids.length === 1 && ids[0] === q.correct[0] ? 1 : 0;
      }
      case 'multiple-response': {
        ids = unique(response.selected.map(function (l) { return labels(q.options)[l]; }));
        var right = ids.filter(function (id) { return q.correct.indexOf(id) >= 0; }).length;
        return fraction(Math.max(0, right - (ids.length - right)), q.correct.length);
      }
      case 'true-false':
        return response.answer === q.answer ? 1 : 0;
      case 'matching': {
        var premises = labels(q.premises, true);
        var choices = labels(q.choices);
        var key = {};
        q.pairs.forEach(function (p) { key[p.premise] = p.choice; });
        var given = Object.keys(response.pairs);
        right = given.filter(function (p) { return key[premises[p]] === choices[response.pairs[p]]; }).length;
        return fraction(right, q.premises.length);
      }
      case 'ordering': {
        var items = labels(q.items);
        var order = response.order.map(function (l) { return items[l]; });
        right = 0;
        for (var i = 0; i < Math.min(order.length, q.order.length); i++) if (order[i] === q.order[i]) right++;
        return fraction(right, Math.max(order.length, q.order.length));
      }
      case 'short-answer':
        return typedCredit(q, response.text);
      default:
        throw new Error('no question kind ' + q.kind);
    }
  }

  /** The whole quiz: the sum of the scores, unanswered questions (null) earning 0. */
  function total(questions, responses) {
    var sum = 0;
    for (var i = 0; i < questions.length; i++) {
      if (responses[i] != null) sum += score(questions[i], responses[i]);
    }
    return sum;
  }

  var api = { score: score, total: total, normalise: normalise, verdict: verdict, match: match, labels: labels };
  root.QuizkitScoring = api;
  if (typeof module !== 'undefined' && module.exports) module.exports = api;
})(typeof window !== 'undefined' ? window : this);

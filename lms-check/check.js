// Reads quizkit's exports with independent tools from npm and compares what they read with what
// the Java tests expect (FILE.expected.json, written next to each export by LmsCheckExportTests).
//   node check.js DIR      checks every DIR/*.gift and DIR/*.aiken.txt that has an expectation, and
//                          every DIR/qti3-compare/QUIZ (QTI 2.1 and QTI 3 of one quiz, by Qti3Tests)
// Exit status: 0 when every file parses and matches, 1 otherwise, 2 for a usage error.
'use strict';
const fs = require('fs');
const path = require('path');
const { parse: parseGift } = require('gift-pegjs');
const aikenLib = require('aiken-to-moodlexml');
const cheerio = require('cheerio');
// an ES module with top-level await: loaded with import() when first needed
const qtiConvert = () => import('@citolab/qti-convert/qti-convert-node');
const aikenToMoodleXML = aikenLib.default || aikenLib;

// Grades Moodle offers for a GIFT answer (and their negatives).
const MOODLE_GRADES = [100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20,
  16.66667, 14.28571, 12.5, 11.11111, 10, 5, 0];

const dir = process.argv[2];
if (!dir || process.argv.length !== 3) {
  console.error('usage: node check.js DIR');
  process.exit(2);
}

// Importers trim text, and gift-pegjs also turns each run of spaces and tabs into one space (an
// HTML page shows them the same way); line breaks must survive.
const norm = (s) => (s == null ? s : String(s).replace(/[^\S\n]+/g, ' ').trim());
const same = (a, b) => norm(a) === norm(b);
const show = (v) => JSON.stringify(v);

// gift-pegjs 1.0.2 leaves its internal placeholders (&&NNN; for an escaped character with code NNN)
// (or &&NNN for a line break) in the right-hand side of matching pairs instead of the character;
// Moodle's importer restores
// them. Restoring them here still proves the character was escaped, and escaped correctly.
const restore = (s) => (typeof s === 'string' ? s.replace(/&&(\d{3});?/g, (_, n) => String.fromCharCode(Number(n))) : s);

// What a learner sees of a matching choice: Moodle shows it through its string formatter
// (format_string, which by default turns an & that starts no entity into &amp; and strips tags),
// then a browser shows the HTML, collapsing runs of spaces, tabs and line breaks.
function shownByMoodle(stored) {
  const amp = stored.replace(/&(?![a-zA-Z0-9#]{1,8};)/g, '&amp;');
  const stripped = amp.replace(/<[^>]*(>|$)/g, '');
  return asShown(cheerio.load(`<p>${stripped}</p>`, null, false)('p').text());
}
const asShown = (s) => (s == null ? s : String(s).replace(/[ \t\n\f\r]+/g, ' ').replace(/^ | $/g, ''));

// The one text Moodle's short-answer grading accepts for a stored answer (compare_string_with_wildcard:
// an asterisk not after a backslash is a wildcard, \* a literal asterisk), or the answer marked as a
// wildcard.
function typedInMoodle(stored) {
  if (stored == null) return stored;
  return /(?<!\\)\*/.test(stored) ? `<wildcard> ${stored}` : stored.replace(/\\\*/g, '*');
}

// PHP's trim(), which Moodle applies to what it reads.
const phpTrim = (s) => s.replace(/^[ \t\n\r\0\x0B]+|[ \t\n\r\0\x0B]+$/g, '');

// The id number and tags Moodle 4.5's GIFT reader takes from the comment lines of each question
// (qformat_gift::extract_idnumber_and_tags_from_comment, re-stated): questions are separated by
// blank lines; in a question, lines starting with // are comments; [id:...] and [tag:...] tokens
// hold no control character (a tag no < > `) and may hold \] for ]; each is trimmed.
function giftMetaByMoodleRules(text) {
  const found = [];
  let block = [];
  const flush = () => {
    const comments = block.filter((l) => l.startsWith('//')).join('\n');
    const body = block.filter((l) => !l.startsWith('//')).join('\n').trim();
    block = [];
    if (body === '' || body.startsWith('$CATEGORY:')) return;
    const id = /\[id:((?:\\]|[^\]\x00-\x1F\x7F])+)]/.exec(comments);
    const tags = [...comments.matchAll(/\[tag:((?:\\]|[^\]<>`\x00-\x1F\x7F])+)]/g)];
    found.push({
      type: giftTypeByMoodleRules(body),
      id: id ? phpTrim(id[1]).split('\\]').join(']') : null,
      tags: tags.map((m) => phpTrim(m[1]).split('\\]').join(']')),
    });
  };
  for (const raw of text.split('\n')) {
    const line = phpTrim(raw);
    if (line === '') flush();
    else block.push(line);
  }
  flush();
  return found;
}

// The kind Moodle's GIFT reader gives a question (qformat_gift::readquestion, re-stated), in
// gift-pegjs's names: escapes are set aside, the answers are between the first { and the first },
// the general feedback after the last ####; then a ~ makes it multiple choice, = with -> matching,
// T, TRUE, F or FALSE (before any #) true/false, anything else short answer.
function giftTypeByMoodleRules(body) {
  let text = body.split('\\\\').join('&&092;');
  for (const c of [':', '#', '=', '{', '}', '~', 'n']) text = text.split(`\\${c}`).join('&&ESC;');
  const start = text.indexOf('{');
  const end = text.indexOf('}');
  if (start < 0 || end < 0) return 'Description';
  let answers = phpTrim(text.slice(start + 1, end));
  const gf = answers.lastIndexOf('####');
  if (gf >= 0) answers = phpTrim(answers.slice(0, gf));
  if (answers === '') return 'Essay';
  if (answers[0] === '#') return 'Numerical';
  if (answers.includes('~')) return 'MC';
  if (answers.includes('=') && answers.includes('->')) return 'Matching';
  const hash = answers.indexOf('#');
  const tf = hash > 0 ? phpTrim(answers.slice(0, hash)) : answers;
  return ['T', 'TRUE', 'F', 'FALSE'].includes(tf) ? 'TF' : 'Short';
}

function compareGift(parsed, expected, text) {
  const problems = [];
  const meta = giftMetaByMoodleRules(text);
  if (meta.length !== expected.length) {
    problems.push(`Moodle rules: ${meta.length} questions, expected ${expected.length}`);
  }
  let category = null;
  const questions = [];
  for (const q of parsed) {
    if (q.type === 'Category') category = q.title;
    else questions.push({ q, category });
  }
  if (questions.length !== expected.length) {
    problems.push(`parsed ${questions.length} questions, expected ${expected.length}`);
  }
  const n = Math.min(questions.length, expected.length);
  for (let i = 0; i < n; i++) {
    const { q, category: cat } = questions[i];
    const e = expected[i];
    const where = `question ${i + 1} (${show(e.title)})`;
    const check = (what, actual, wanted) => {
      if (!same(actual, wanted)) problems.push(`${where}: ${what} is ${show(actual)}, expected ${show(wanted)}`);
    };
    check('title', q.title, e.title);
    if (meta[i] && meta[i].type !== e.type) problems.push(`${where}: Moodle reads it as ${meta[i].type}, expected ${e.type}`);
    if ('id' in e && meta[i]) {
      if (meta[i].id !== e.id) problems.push(`${where}: Moodle reads id number ${show(meta[i].id)}, expected ${show(e.id)}`);
      if (show(meta[i].tags) !== show(e.tags)) problems.push(`${where}: Moodle reads tags ${show(meta[i].tags)}, expected ${show(e.tags)}`);
    }
    check('type', q.type, e.type);
    if ('category' in e) check('category', cat, e.category);
    check('stem', q.stem && q.stem.text, e.stem);
    check('stem format', q.stem && q.stem.format, 'plain');
    check('general feedback', q.globalFeedback && q.globalFeedback.text, e.globalFeedback);
    if (e.type === 'TF') check('answer', q.isTrue, e.isTrue);
    if (e.choices) {
      const got = q.choices || [];
      check('number of answers', got.length, e.choices.length);
      e.choices.forEach((c, j) => {
        const a = got[j] || {};
        const at = `answer ${j + 1}`;
        const answer = a.text && a.text.text;
        check(`${at} text`, e.type === 'Short' ? typedInMoodle(answer) : answer, c.text);
        check(`${at} correct`, a.isCorrect, c.isCorrect);
        check(`${at} feedback`, a.feedback ? a.feedback.text : null, c.feedback);
        if (c.weight == null) check(`${at} weight`, a.weight, null);
        else if (typeof a.weight !== 'number' || Math.abs(a.weight - c.weight) > 1e-4) {
          problems.push(`${where}: ${at} weight is ${show(a.weight)}, expected ${c.weight}`);
        } else if (!MOODLE_GRADES.includes(Math.abs(a.weight))) {
          problems.push(`${where}: ${at} weight ${a.weight} is not a grade Moodle offers`);
        }
      });
      if (e.type === 'MC' && got.some((a) => a.weight < 0)) {
        const gain = got.filter((a) => a.weight > 0).reduce((s, a) => s + a.weight, 0);
        const all = got.reduce((s, a) => s + a.weight, 0);
        if (Math.abs(gain - 100) > 1e-3) problems.push(`${where}: right answers add up to ${gain}%, not 100%`);
        if (all > 1e-3) problems.push(`${where}: choosing every answer scores ${all}%, more than 0`);
      }
    }
    if (e.matchPairs) {
      const got = q.matchPairs || [];
      check('number of pairs', got.length, e.matchPairs.length);
      e.matchPairs.forEach((p, j) => {
        const a = got[j] || {};
        check(`pair ${j + 1} premise`, a.subquestion && a.subquestion.text, p.subquestion);
        const shown = shownByMoodle(restore(a.subanswer) || '');
        if (shown !== asShown(p.subanswer)) {
          problems.push(`${where}: pair ${j + 1} choice is shown as ${show(shown)}, expected ${show(asShown(p.subanswer))}`);
        }
      });
    }
  }
  return problems;
}

// Converts Aiken with aiken-to-moodlexml and reads back each question's text, answers and
// fractions from the Moodle XML it makes (a fixed layout: CDATA sections inside <text>).
function aikenViaMoodleXml(text) {
  let xml;
  let error;
  const log = console.log; // the library prints its options object
  console.log = () => {};
  try {
    aikenToMoodleXML(text, (result, e) => { xml = result; error = e; });
  } catch (e) {
    error = e;
  } finally {
    console.log = log;
  }
  if (error || !xml) return { error: String(error && error.message || error || 'no output') };
  const cdata = (s) => { const m = /<text><!\[CDATA\[([\s\S]*?)\]\]><\/text>/.exec(s); return m ? m[1] : null; };
  const questions = [];
  for (const [, type, body] of xml.matchAll(/<question type="([^"]*)">([\s\S]*?)<\/question>/g)) {
    const stem = cdata((/<questiontext[^>]*>([\s\S]*?)<\/questiontext>/.exec(body) || [])[1] || '');
    const answers = [...body.matchAll(/<answer[^>]*fraction="([^"]*)"[^>]*>([\s\S]*?)<\/answer>/g)]
      .map(([, fraction, inner]) => ({ fraction: Number(fraction), text: cdata(inner) }));
    const single = /<single>true<\/single>/.test(body);
    questions.push({ type, stem, answers, single });
  }
  return { questions };
}

// The rules Moodle's own Aiken importer applies, line by line: a trimmed line shorter than two
// characters is ignored, "X." or "X)" with an upper-case letter starts an option, "ANSWER:" ends
// the question, and any other line starts a new question.
function aikenByMoodleRules(text) {
  const questions = [];
  const problems = [];
  let q = null;
  text.split(/\r\n|\n|\r/).forEach((raw, i) => {
    const line = raw.trim();
    if (line.length < 2) return;
    if (/^[A-Z][).][ \t]/.test(line)) {
      if (!q) problems.push(`line ${i + 1}: option outside a question`);
      else q.options.push(line.slice(2).trim());
    } else if (/^ANSWER:/.test(line)) {
      if (!q) { problems.push(`line ${i + 1}: ANSWER outside a question`); return; }
      q.answer = line.slice(7).trim().charCodeAt(0) - 65;
      questions.push(q);
      q = null;
    } else {
      if (q) problems.push(`line ${i + 1}: question "${q.stem.slice(0, 30)}" has no ANSWER line; Moodle drops it`);
      q = { stem: line, options: [] };
    }
  });
  if (q) problems.push('end of file: last question has no ANSWER line');
  return { questions, problems };
}

function compareAiken(text, expected) {
  const problems = [];
  const viaMoodle = aikenByMoodleRules(text);
  problems.push(...viaMoodle.problems.map((p) => `Moodle rules: ${p}`));
  const converted = aikenViaMoodleXml(text);
  if (converted.error) return [...problems, `aiken-to-moodlexml failed: ${converted.error}`];
  for (const [reader, questions] of [['Moodle rules', viaMoodle.questions], ['aiken-to-moodlexml', converted.questions]]) {
    if (questions.length !== expected.length) {
      problems.push(`${reader}: read ${questions.length} questions, expected ${expected.length}`);
    }
    for (let i = 0; i < Math.min(questions.length, expected.length); i++) {
      const q = questions[i];
      const e = expected[i];
      const where = `${reader}: question ${i + 1} (${show(e.id)})`;
      if (!same(q.stem, e.stem)) problems.push(`${where}: stem is ${show(q.stem)}, expected ${show(e.stem)}`);
      const texts = q.options || q.answers.map((a) => a.text);
      if (texts.length !== e.options.length) problems.push(`${where}: ${texts.length} options, expected ${e.options.length}`);
      e.options.forEach((o, j) => {
        if (!same(texts[j], o)) problems.push(`${where}: option ${j + 1} is ${show(texts[j])}, expected ${show(o)}`);
      });
      const right = q.options ? q.answer : q.answers.findIndex((a) => a.fraction === 100);
      if (right !== e.answer) problems.push(`${where}: right option is ${right + 1}, expected ${e.answer + 1}`);
      if (q.answers && (!q.single || q.answers.filter((a) => a.fraction > 0).length !== 1)) {
        problems.push(`${where}: not a single-answer question with one right option`);
      }
    }
  }
  return problems;
}

// QTI 3: @citolab/qti-convert converts each QTI 2.1 file of the package with its XSLT; the QTI 3
// file quizkit wrote must match the result: same elements in the same order, same attributes,
// same text. The converter may add what it always adds (ADDED_*); anything else it has that the
// quizkit file lacks, or any difference, is a problem.
const ADDED_ATTRIBUTES = new Set(['min-choices']);
function elements(node) {
  return (node.children || []).filter((c) => c.type === 'tag');
}
function ownText(node) {
  return (node.children || []).filter((c) => c.type === 'text').map((c) => c.data).join('').replace(/\s+/g, ' ').trim();
}
function sameHead(a, b) {
  return a.name === b.name && (a.attribs.identifier || '') === (b.attribs.identifier || '');
}
// a reset the converter puts at the top of response processing: <qti-set-outcome-value> of an
// integer 0, which the rules after it always overwrite
function isAddedReset(node, parent) {
  if (parent.name !== 'qti-response-processing' || node.name !== 'qti-set-outcome-value') return false;
  const values = elements(node);
  return values.length === 1 && values[0].name === 'qti-base-value' && values[0].attribs['base-type'] === 'integer' && ownText(values[0]) === '0';
}
function matchQti3(mine, theirs, path, problems) {
  if (mine.name !== theirs.name) {
    problems.push(`${path}: element ${mine.name}, converter has ${theirs.name}`);
    return;
  }
  for (const [k, v] of Object.entries(mine.attribs)) {
    if (k.startsWith('xmlns') || k === 'xsi:schemaLocation') continue;
    if (theirs.attribs[k] !== v) problems.push(`${path}/@${k} is ${show(v)}, converter has ${show(theirs.attribs[k])}`);
  }
  for (const k of Object.keys(theirs.attribs)) {
    if (!(k in mine.attribs) && !ADDED_ATTRIBUTES.has(k) && !k.startsWith('xmlns')) {
      problems.push(`${path}/@${k} missing (converter has ${show(theirs.attribs[k])})`);
    }
  }
  if (ownText(mine) !== ownText(theirs)) problems.push(`${path} text is ${show(ownText(mine))}, converter has ${show(ownText(theirs))}`);
  const theirsLeft = elements(theirs).filter((c) => !isAddedReset(c, theirs));
  const mineChildren = elements(mine);
  if (mineChildren.length !== theirsLeft.length) {
    problems.push(`${path} has ${mineChildren.length} child elements, converter has ${theirsLeft.length}`);
  }
  for (let i = 0; i < Math.min(mineChildren.length, theirsLeft.length); i++) {
    const child = mineChildren[i];
    const at = `${path}/${child.name}${child.attribs.identifier ? `[${child.attribs.identifier}]` : ''}`;
    if (!sameHead(child, theirsLeft[i])) {
      problems.push(`${at}: converter has ${theirsLeft[i].name} here`);
      continue;
    }
    matchQti3(child, theirsLeft[i], at, problems);
  }
}
function rootOf(xml) {
  const $ = cheerio.load(xml, { xml: true });
  return $.root().children().get().find((e) => e.type === 'tag');
}
async function compareQti3(dir) {
  const problems = [];
  const files = ['test.xml', ...fs.readdirSync(path.join(dir, 'qti21', 'items')).sort().map((f) => `items/${f}`)];
  for (const file of files) {
    const { convertQti2toQti3 } = await qtiConvert();
    const converted = await convertQti2toQti3(fs.readFileSync(path.join(dir, 'qti21', file), 'utf8'));
    const mine = fs.readFileSync(path.join(dir, 'qti3', file), 'utf8');
    const p = [];
    matchQti3(rootOf(mine), rootOf(converted), file, p);
    problems.push(...p);
  }
  return { problems, count: files.length };
}

const checkers = [
  {
    suffix: '.aiken.txt',
    name: 'Moodle Aiken rules + aiken-to-moodlexml',
    check: compareAiken,
  },
  {
    suffix: '.gift',
    name: 'gift-pegjs',
    check(text, expected) {
      let parsed;
      try {
        parsed = parseGift(text);
      } catch (e) {
        const loc = e.location && e.location.start;
        return [`GIFT syntax error${loc ? ` at line ${loc.line}, column ${loc.column}` : ''}: ${e.message}`];
      }
      return compareGift(parsed, expected, text);
    },
  },
];

async function main() {
  let failed = 0;
  let checked = 0;
  for (const file of fs.existsSync(dir) ? fs.readdirSync(dir).sort() : []) {
    const checker = checkers.find((c) => file.endsWith(c.suffix));
    if (!checker) continue;
    const full = path.join(dir, file);
    const expectationFile = `${full}.expected.json`;
    if (!fs.existsSync(expectationFile)) continue;
    checked++;
    const expected = JSON.parse(fs.readFileSync(expectationFile, 'utf8'));
    const problems = checker.check(fs.readFileSync(full, 'utf8'), expected);
    if (problems.length) {
      failed++;
      console.log(`FAIL ${file} (${checker.name})`);
      for (const p of problems.slice(0, 30)) console.log(`  ${p}`);
      if (problems.length > 30) console.log(`  ... and ${problems.length - 30} more`);
    } else {
      console.log(`ok   ${file} (${checker.name}): ${expected.length} question(s) as expected`);
    }
  }
  const compare = path.join(dir, 'qti3-compare');
  for (const quiz of fs.existsSync(compare) ? fs.readdirSync(compare).sort() : []) {
    checked++;
    const { problems, count } = await compareQti3(path.join(compare, quiz));
    const name = `qti3-compare/${quiz} (@citolab/qti-convert)`;
    if (problems.length) {
      failed++;
      console.log(`FAIL ${name}`);
      for (const p of problems.slice(0, 30)) console.log(`  ${p}`);
      if (problems.length > 30) console.log(`  ... and ${problems.length - 30} more`);
    } else {
      console.log(`ok   ${name}: ${count} QTI 3 file(s) match the converted QTI 2.1 files`);
    }
  }
  if (checked === 0) {
    console.log(`no exports with expectations in ${dir}: quiz-core's tests LmsCheckExportTests and Qti3Tests write them (./mvnw -B verify runs them first)`);
    return 1;
  }
  console.log(`${checked - failed} passed, ${failed} failed`);
  return failed ? 1 : 0;
}

main().then((code) => process.exit(code), (e) => {
  console.error(e);
  process.exit(1);
});

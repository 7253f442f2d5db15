/**
 * {@code quiz serve}: a local web application for learners, with the features of the terminal
 * (practice, learn, review, modules, progress) over the same progress store and rules. The front
 * door is {@link org.quizkit.serve.QuizServer}; everything else here is plumbing.
 *
 * <p>Pages come from the delivery view through {@code org.quizkit.web.page.Pages}, so no key,
 * explanation or feedback reaches the browser before the learner answers; answers are scored on the
 * server. A session's quiz (its seed, its questions, where the learner is) is kept on the server,
 * in the data directory, so that it survives a restart; the browser holds only a random session id,
 * in a {@code SameSite=Strict}, {@code HttpOnly} cookie, and every form posts the session's token
 * against cross-site request forgery.
 */
package org.quizkit.serve;

/**
 * What a learner does next, the same for every front end (the terminal's {@code quiz learn}, {@code
 * review}, {@code practice}, {@code modules} and {@code progress}, and {@code quiz serve} in a
 * browser): the mastery of each module, the questions of a learning round or of a review, the weak
 * facts, and the attempt an answer is recorded as. A learner can switch between front ends because
 * they share these rules and one progress store.
 */
package org.quizkit.content.learner;

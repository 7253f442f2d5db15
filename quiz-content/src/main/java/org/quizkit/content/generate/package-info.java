/**
 * Question generation from the spread dataset. {@link
 * org.quizkit.content.generate.QuestionGenerators} is the front door; each template is a
 * package-private class, and every question it makes carries in {@code info().claim()} the claim
 * its key rests on, in the grammar of docs/claims.md. docs/templates.md lists the templates, their
 * subjects and their claims.
 */
package org.quizkit.content.generate;

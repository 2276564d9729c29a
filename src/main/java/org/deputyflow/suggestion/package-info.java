/**
 * The suggestion lifecycle (代表建议办理): submission, co-signing, screening, assignment,
 * handling by departments, sign-off, evaluation, re-handling, follow-up and closing.
 */
package org.deputyflow.suggestion;

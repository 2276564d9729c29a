/**
 * Personal API tokens: a signed-in user issues a token for scripts and systems that call the JSON
 * API, which then authenticates with {@code Authorization: Bearer} as that user, without a password.
 */
package org.deputyflow.token;

/**
 * The engine's identity, read from the directory: Cockpit, Tasklist and Admin see DeputyFlow's
 * users, and groups that are role names and department codes, so candidate groups work there.
 */
package org.deputyflow.directory.engine;

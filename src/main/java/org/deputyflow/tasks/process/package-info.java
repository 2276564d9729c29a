/**
 * The task lists' side of the engine: the one query that finds a user's open tasks across every
 * process, counted and paged in the engine.
 */
package org.deputyflow.tasks.process;

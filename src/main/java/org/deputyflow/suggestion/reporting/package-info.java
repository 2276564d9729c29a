/**
 * What committee staff and the council read to see who is late and how departments do: the
 * overdue list (超期清单) across every legal clock, and per-department statistics of assignments,
 * replies, extensions, result classes and evaluations. Read-only over the suggestion tables;
 * everything is counted in the database.
 */
package org.deputyflow.suggestion.reporting;

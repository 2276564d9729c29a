/**
 * Deputies' records (代表履职): for each deputy and year, the suggestions they led and co-signed,
 * the motions they led and co-signed, the evaluations they gave and how many within the evaluation
 * period, and the face-to-face contacts departments held with them; a page for each deputy (their
 * own) and for committee staff (everyone, with those who submitted nothing marked). Read-only over
 * the directory, suggestion and motion tables; everything is counted in the database.
 */
package org.deputyflow.records;

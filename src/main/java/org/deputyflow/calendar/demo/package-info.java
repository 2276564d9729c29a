/**
 * The shipped calendar files, loaded into an empty calendar when demo data is on.
 */
package org.deputyflow.calendar.demo;

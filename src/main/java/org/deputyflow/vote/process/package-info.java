/**
 * The satisfaction vote as a BPMN process: its names, the engine calls the vote's use cases make, and
 * the thin delegates through which the process calls back.
 */
package org.deputyflow.vote.process;

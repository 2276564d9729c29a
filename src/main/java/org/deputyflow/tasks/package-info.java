/**
 * Each user's task list: what they may claim or must do now, across the processes.
 */
package org.deputyflow.tasks;

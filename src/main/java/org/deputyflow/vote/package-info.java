/**
 * Satisfaction votes on departments (评议 / 满意度测评): the secret ballot, its quorum and tally rule,
 * and what a poor result obliges a department to do.
 */
package org.deputyflow.vote;

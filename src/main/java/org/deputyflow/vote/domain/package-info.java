/**
 * The vote's rules in plain Java: choices and outcomes, quorum, the tally rule, consequences.
 */
package org.deputyflow.vote.domain;

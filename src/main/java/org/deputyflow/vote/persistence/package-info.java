/**
 * MyBatis mappers of the vote's tables. There is no mapper for ballots: a ballot only sets a
 * member's voted flag and adds to the vote's counters.
 */
package org.deputyflow.vote.persistence;

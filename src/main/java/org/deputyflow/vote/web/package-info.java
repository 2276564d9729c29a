/**
 * The vote's REST API under {@code /api/votes}, its public results page under {@code /public/votes},
 * the members' ballot page under {@code /member} and staff's vote management under {@code /votes}.
 */
package org.deputyflow.vote.web;

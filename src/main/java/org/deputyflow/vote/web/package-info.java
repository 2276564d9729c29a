/**
 * The vote's REST API under {@code /api/votes} and its public results page under {@code /public/votes}.
 */
package org.deputyflow.vote.web;

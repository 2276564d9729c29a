package org.deputyflow.vote.persistence;

import org.deputyflow.vote.domain.VoteStatus;

/** Which votes a list shows; null fields do not filter. */
public record VoteFilter(VoteStatus status, Long departmentId) {}

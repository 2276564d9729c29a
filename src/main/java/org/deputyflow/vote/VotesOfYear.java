package org.deputyflow.vote;

import java.time.LocalDate;
import java.util.List;
import org.deputyflow.suggestion.reporting.AnnualSources;
import org.deputyflow.suggestion.reporting.domain.VoteCount;
import org.deputyflow.suggestion.reporting.domain.VoteLine;
import org.deputyflow.vote.domain.VoteStatus;
import org.deputyflow.vote.persistence.VoteMapper;
import org.springframework.stereotype.Component;

/** A year's satisfaction votes for the annual report: counted by status and outcome, and the closed ones listed. */
@Component
class VotesOfYear implements AnnualSources.Votes {

    private final VoteMapper votes;

    VotesOfYear(VoteMapper votes) {
        this.votes = votes;
    }

    @Override
    public List<VoteCount> voteCounts(LocalDate from, LocalDate to) {
        return votes.countsByMeetingDate(from, to, VoteStatus.CLOSED);
    }

    @Override
    public List<VoteLine> closedVotes(LocalDate from, LocalDate to) {
        return votes.closedByMeetingDate(from, to, VoteStatus.CLOSED);
    }
}

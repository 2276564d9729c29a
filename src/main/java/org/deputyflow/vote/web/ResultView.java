package org.deputyflow.vote.web;

import java.time.LocalDate;
import java.util.function.Function;
import org.deputyflow.shared.Text;
import org.deputyflow.vote.domain.Consequence;
import org.deputyflow.vote.domain.Decision;
import org.deputyflow.vote.domain.Outcome;
import org.deputyflow.vote.domain.Tally;
import org.deputyflow.vote.domain.ThresholdBase;
import org.deputyflow.vote.domain.Vote;
import org.deputyflow.vote.domain.VoteResult;

/**
 * A closed vote's result as the API shows it: the counts, the outcome and the rule that decided it.
 *
 * @param membersVoted members whose ballot was taken; {@code ballotsLost} of them were not counted
 *        (held ballots lost in a restart), and {@code countComplete} is false: staff repeat the vote
 */
record ResultView(
        long voteId,
        String title,
        LocalDate meetingDate,
        long departmentId,
        String departmentName,
        String reportTitle,
        int round,
        int electorateSize,
        int present,
        int membersVoted,
        int ballotsCast,
        int ballotsLost,
        boolean countComplete,
        int satisfied,
        int basicallySatisfied,
        int unsatisfied,
        int invalid,
        Outcome outcome,
        String outcomeLabel,
        Consequence consequence,
        RuleView rule) {

    /** @param words renders the outcome's name and the rule in the caller's language */
    static ResultView of(VoteResult r, String departmentName, Function<Text, String> words) {
        Vote v = r.vote();
        Tally t = r.tally();
        return new ResultView(
                v.id(),
                v.title(),
                v.meetingDate(),
                v.departmentId(),
                departmentName,
                v.reportTitle(),
                v.round(),
                r.electorateSize(),
                r.present(),
                r.membersVoted(),
                t.cast(),
                r.ballotsLost(),
                r.complete(),
                t.satisfied(),
                t.basicallySatisfied(),
                t.unsatisfied(),
                t.invalid(),
                r.decision().outcome(),
                words.apply(r.decision().outcome().label()),
                r.consequence(),
                RuleView.of(r.decision(), words));
    }

    /** The tally rule the vote was counted with, and what it needed. */
    record RuleView(
            ThresholdBase base,
            int baseSize,
            String satisfiedShare,
            String basicallySatisfiedShare,
            long satisfiedNeeded,
            long basicallySatisfiedNeeded,
            String description) {
        static RuleView of(Decision d, Function<Text, String> words) {
            return new RuleView(
                    d.rule().base(),
                    d.baseSize(),
                    d.rule().satisfiedShare().toString(),
                    d.rule().acceptableShare().toString(),
                    d.satisfiedNeeded(),
                    d.acceptableNeeded(),
                    words.apply(d.explanation()));
        }
    }
}

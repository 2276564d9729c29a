package org.deputyflow.suggestion.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the policy reads of the facts that cost a statement each (signers, evaluations, contacts,
 * extension requests, disputes, follow-up clocks): for one action, only what that action's rules look at, and each at
 * most once. The facts are the policy table's scenarios, read through sources that count.
 */
class SuggestionPolicyReadsTests {

    /** Sources that hand out a scenario's facts and note each read. */
    static final class Counting implements SuggestionPolicy.Sources {

        final SuggestionPolicy.Facts facts;
        final List<String> reads = new ArrayList<>();

        Counting(SuggestionPolicy.Facts facts) {
            this.facts = facts;
        }

        SuggestionPolicy.Facts lazy() {
            return SuggestionPolicy.Facts.lazy(
                    facts.suggestion(), facts.assignments(), facts.replies(), this, facts.today());
        }

        @Override
        public List<Signer> signers() {
            reads.add("signers");
            return facts.signers();
        }

        @Override
        public List<Evaluation> evaluations() {
            reads.add("evaluations");
            return facts.evaluations();
        }

        @Override
        public Set<Long> contacted() {
            reads.add("contacts");
            return facts.contacted();
        }

        @Override
        public List<ExtensionRequest> extensions() {
            reads.add("extensions");
            return facts.extensions();
        }

        @Override
        public List<Dispute> disputes() {
            reads.add("disputes");
            return facts.disputes();
        }

        @Override
        public List<FollowUpClock> followUpClocks() {
            reads.add("followUpClocks");
            return facts.followUpClocks();
        }
    }

    @ParameterizedTest(name = "{0}: {1} {2} reads [{4}]")
    @CsvSource(delimiter = '|', textBlock = """
            unclaimed      | claimant     | CLAIM               | allowed | ''
            handling       | otherHandler | CLAIM               | refused | ''
            handling       | claimant     | UNCLAIM             | allowed | ''
            handling       | coHandler    | SUBMIT_OPINION      | allowed | ''
            handling       | otherHandler | LOG_CONTACT         | allowed | ''
            signing        | leader       | SIGN_OFF            | allowed | ''
            handling       | claimant     | DISPUTE             | allowed | ''
            followUp       | claimant     | REPORT_FOLLOW_UP    | allowed | ''
            explaining     | claimant     | EXPLAIN             | allowed | ''
            opinionGiven   | claimant     | SUBMIT_REPLY        | allowed | contacts
            uncontacted    | claimant     | SUBMIT_REPLY        | refused | contacts
            signing        | claimant     | SUBMIT_REPLY        | refused | ''
            handling       | leader       | REQUEST_EXTENSION   | allowed | extensions
            submitted      | staff        | SCREEN              | allowed | ''
            accepted       | staff        | ASSIGN              | allowed | ''
            handling       | staff        | URGE                | allowed | ''
            opinionLate    | staff        | WAIVE_OPINION       | allowed | ''
            lapsed         | staff        | CLOSE_NOT_EVALUATED | allowed | ''
            disputed       | staff        | DECIDE_DISPUTE      | allowed | disputes
            handling       | staff        | DECIDE_DISPUTE      | refused | disputes
            replied        | staff        | DECIDE_DISPUTE      | refused | ''
            disputed       | claimant     | DECIDE_DISPUTE      | refused | ''
            cosigning      | coSigner     | ANSWER_CO_SIGNATURE | allowed | signers
            replied        | leadDeputy   | EVALUATE            | allowed | signers evaluations
            handling       | leadDeputy   | EVALUATE            | refused | signers
            replied        | staff        | EVALUATE            | refused | ''
            handling       | leadDeputy   | CLAIM               | refused | ''
            extensionAsked | staff        | APPROVE_EXTENSION   | allowed | extensions
            extensionReplied | staff      | APPROVE_EXTENSION   | refused | extensions
            extensionReplied | staff      | REFUSE_EXTENSION    | allowed | extensions
            extensionAsked | leader       | REFUSE_EXTENSION    | refused | ''
            explanationReview | staff     | REVIEW_EXPLANATION  | allowed | ''
            confirmLapsed  | staff        | CONFIRM_DELIVERY    | allowed | followUpClocks
            confirming     | staff        | CONFIRM_DELIVERY    | refused | followUpClocks
            followUp       | staff        | CONFIRM_DELIVERY    | refused | ''
            confirmLapsed  | leadDeputy   | CONFIRM_DELIVERY    | refused | ''
            confirmLapsed  | leadDeputy   | ANSWER_DELIVERY     | allowed | signers
            """)
    void one_action_reads_only_what_its_rules_look_at(
            String state, String reader, SuggestionAction action, String outcome, String expectedReads) {
        Counting sources = new Counting(SuggestionPolicyTests.scenario(state));

        boolean allowed = SuggestionPolicy.only(sources.lazy(), SuggestionPolicyTests.READERS.get(reader), action)
                .allows(action);

        assertThat(allowed).isEqualTo(outcome.equals("allowed"));
        assertThat(sources.reads)
                .containsExactlyElementsOf(expectedReads.isEmpty() ? List.of() : List.of(expectedReads.split(" ")));
    }

    @Test
    void every_action_reads_each_source_at_most_once() {
        Counting sources = new Counting(SuggestionPolicyTests.scenario("replied"));
        SuggestionPolicy.Facts facts = sources.lazy();

        SuggestionPolicy.of(facts, SuggestionPolicyTests.READERS.get("leadDeputy"));
        SuggestionPolicy.of(facts, SuggestionPolicyTests.READERS.get("staff"));
        facts.contacted();
        facts.contacted();

        assertThat(sources.reads).doesNotHaveDuplicates().contains("signers", "evaluations", "contacts");
    }

    @Test
    void facts_already_read_answer_as_the_lazy_ones() {
        SuggestionPolicy.Facts read = SuggestionPolicyTests.scenario("extensionAsked");
        SuggestionPolicy.Facts lazy = new Counting(read).lazy();

        for (SuggestionPolicy.Reader reader : SuggestionPolicyTests.READERS.values()) {
            assertThat(SuggestionPolicy.of(lazy, reader).refusals())
                    .isEqualTo(SuggestionPolicy.of(read, reader).refusals());
        }
    }
}

package org.deputyflow.vote.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Locale;
import org.deputyflow.shared.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.ResourceBundleMessageSource;

class TallyRuleTests {

    /** The explanation as the bundle words it in Chinese. */
    private static String chinese(Text text) {
        ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();
        bundle.setBasename("i18n/vote");
        bundle.setDefaultEncoding("UTF-8");
        bundle.setFallbackToSystemLocale(false);
        return bundle.getMessage(text, Locale.SIMPLIFIED_CHINESE);
    }

    /** The default rule: shares of all members, strictly more than half. */
    @ParameterizedTest(name = "{0} members, {1} present: {2}/{3}/{4}/{5} -> {6}")
    @CsvSource(delimiter = '|', textBlock = """
        # members | present | satisfied | basically | unsatisfied | invalid | outcome
        # exactly half satisfied is not more than half: with enough basically satisfied it falls to the lower grade
          10      | 10      | 5         | 1         | 4           | 0       | BASICALLY_SATISFIED
        # half plus one satisfied
          10      | 10      | 6         | 0         | 4           | 0       | SATISFIED
        # exactly half satisfied and basically satisfied together
          10      | 10      | 3         | 2         | 5           | 0       | UNSATISFIED
        # half plus one together
          10      | 10      | 3         | 3         | 4           | 0       | BASICALLY_SATISFIED
        # exactly half satisfied and nothing else: not even basically satisfied
          10      | 10      | 5         | 0         | 5           | 0       | UNSATISFIED
        # odd electorate: 17 of 35 is less than half, 18 is more
          35      | 35      | 17        | 0         | 18          | 0       | UNSATISFIED
          35      | 35      | 18        | 0         | 17          | 0       | SATISFIED
          35      | 35      | 17        | 1         | 17          | 0       | BASICALLY_SATISFIED
          35      | 35      | 10        | 7         | 18          | 0       | UNSATISFIED
        # all members: absent members count against every grade
          35      | 20      | 17        | 3         | 0           | 0       | BASICALLY_SATISFIED
          35      | 20      | 18        | 2         | 0           | 0       | SATISFIED
          35      | 18      | 10        | 7         | 1           | 0       | UNSATISFIED
        # invalid ballots count against every grade too
          10      | 10      | 5         | 0         | 0           | 5       | UNSATISFIED
          10      | 10      | 6         | 0         | 0           | 4       | SATISFIED
        # all invalid
          10      | 10      | 0         | 0         | 0           | 10      | UNSATISFIED
          35      | 18      | 0         | 0         | 0           | 18      | UNSATISFIED
        # nobody voted
          35      | 35      | 0         | 0         | 0           | 0       | UNSATISFIED
        # unanimous
          35      | 35      | 35        | 0         | 0           | 0       | SATISFIED
          35      | 35      | 0         | 35        | 0           | 0       | BASICALLY_SATISFIED
        """)
    void the_default_rule_needs_more_than_half_of_all_members(
            int members, int present, int satisfied, int basically, int unsatisfied, int invalid, Outcome outcome) {
        Decision decision =
                TallyRule.DEFAULT.decide(members, present, new Tally(satisfied, basically, unsatisfied, invalid));

        assertThat(decision.outcome()).isEqualTo(outcome);
        assertThat(decision.baseSize()).isEqualTo(members);
    }

    @ParameterizedTest(name = "{0} members, {1} present: {2}/{3}/{4}/{5} -> {6}")
    @CsvSource(delimiter = '|', textBlock = """
        # members | present | satisfied | basically | unsatisfied | invalid | outcome
        # 20 present: exactly half of those present is 10
          35      | 20      | 10        | 1         | 9           | 0       | BASICALLY_SATISFIED
          35      | 20      | 11        | 0         | 9           | 0       | SATISFIED
          35      | 20      | 6         | 4         | 10          | 0       | UNSATISFIED
          35      | 20      | 6         | 5         | 9           | 0       | BASICALLY_SATISFIED
          35      | 20      | 0         | 0         | 0           | 20      | UNSATISFIED
        """)
    void thresholds_can_be_shares_of_the_members_present(
            int members, int present, int satisfied, int basically, int unsatisfied, int invalid, Outcome outcome) {
        TallyRule rule = new TallyRule(ThresholdBase.PRESENT_MEMBERS, Fraction.HALF, Fraction.HALF);

        Decision decision = rule.decide(members, present, new Tally(satisfied, basically, unsatisfied, invalid));

        assertThat(decision.outcome()).isEqualTo(outcome);
        assertThat(decision.baseSize()).isEqualTo(present);
    }

    @ParameterizedTest(name = "{0} of 30 satisfied with a two-thirds rule -> {1}")
    @CsvSource({"20, BASICALLY_SATISFIED", "21, SATISFIED"})
    void a_two_thirds_rule_is_exact(int satisfied, Outcome outcome) {
        TallyRule rule = new TallyRule(ThresholdBase.ALL_MEMBERS, Fraction.parse("2/3"), Fraction.HALF);

        assertThat(rule.decide(30, 30, new Tally(satisfied, 30 - satisfied, 0, 0))
                        .outcome())
                .isEqualTo(outcome);
    }

    @Test
    void the_decision_names_the_rule_and_the_counts_that_would_have_been_needed() {
        Decision decision = TallyRule.DEFAULT.decide(35, 30, new Tally(12, 8, 9, 1));

        assertThat(decision.outcome()).isEqualTo(Outcome.BASICALLY_SATISFIED);
        assertThat(decision.rule()).isEqualTo(TallyRule.DEFAULT);
        assertThat(decision.satisfiedNeeded()).isEqualTo(18);
        assertThat(decision.acceptableNeeded()).isEqualTo(18);
        assertThat(chinese(decision.explanation())).contains("全体组成人员 35 人", "1/2", "满意票 12 票", "合计 20 票", "结果为基本满意");
    }

    @Test
    void more_ballots_than_members_present_is_a_programming_error() {
        assertThatIllegalArgumentException().isThrownBy(() -> TallyRule.DEFAULT.decide(35, 10, new Tally(11, 0, 0, 0)));
        assertThatIllegalArgumentException().isThrownBy(() -> TallyRule.DEFAULT.decide(10, 11, Tally.EMPTY));
    }
}

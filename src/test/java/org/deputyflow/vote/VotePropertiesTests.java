package org.deputyflow.vote;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import org.deputyflow.vote.domain.Fraction;
import org.deputyflow.vote.domain.TallyRule;
import org.deputyflow.vote.domain.ThresholdBase;
import org.deputyflow.vote.domain.VoteRules;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

class VotePropertiesTests {

    final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Config.class);

    @Test
    void the_defaults_are_more_than_half_of_all_members_and_three_months_to_rectify() {
        context.run(started -> {
            VoteRules rules = started.getBean(VoteProperties.class).rules();
            assertThat(rules.tallyRule()).isEqualTo(TallyRule.DEFAULT);
            assertThat(rules.quorum().share()).isEqualTo(Fraction.HALF);
            assertThat(rules.rectificationPeriod()).isEqualTo(Period.ofMonths(3));
            assertThat(started.getBean(VoteProperties.class).ballotBatch()).isEqualTo(5);
            assertThat(started.getBean(VoteProperties.class).minPaperBatch()).isEqualTo(3);
        });
    }

    @Test
    void a_batch_of_no_ballots_or_a_paper_box_of_one_member_stops_the_start() {
        for (String setting : new String[] {"deputyflow.vote.ballot-batch=0", "deputyflow.vote.min-paper-batch=1"}) {
            context.withPropertyValues(setting)
                    .run(started -> assertThat(started.getStartupFailure())
                            .isNotNull()
                            .hasRootCauseInstanceOf(IllegalArgumentException.class));
        }
        context.withPropertyValues("deputyflow.vote.ballot-batch=10", "deputyflow.vote.min-paper-batch=5")
                .run(started -> assertThat(started.getBean(VoteProperties.class))
                        .returns(10, VoteProperties::ballotBatch)
                        .returns(5, VoteProperties::minPaperBatch));
    }

    @Test
    void a_city_can_count_shares_of_the_members_present_with_other_fractions() {
        context.withPropertyValues(
                        "deputyflow.vote.threshold-base=PRESENT_MEMBERS",
                        "deputyflow.vote.satisfied-threshold=2/3",
                        "deputyflow.vote.basically-satisfied-threshold=0.5",
                        "deputyflow.vote.quorum=2/3",
                        "deputyflow.vote.rectification-period=P2M")
                .run(started -> {
                    VoteRules rules = started.getBean(VoteProperties.class).rules();
                    assertThat(rules.tallyRule())
                            .isEqualTo(new TallyRule(ThresholdBase.PRESENT_MEMBERS, new Fraction(2, 3), Fraction.HALF));
                    assertThat(rules.quorum().share()).isEqualTo(new Fraction(2, 3));
                    assertThat(rules.rectificationPeriod()).isEqualTo(Period.ofMonths(2));
                });
    }

    @Test
    void a_threshold_that_cannot_be_met_stops_the_start() {
        context.withPropertyValues("deputyflow.vote.satisfied-threshold=3/2")
                .run(started -> assertThat(started.getStartupFailure())
                        .isNotNull()
                        .hasRootCauseInstanceOf(IllegalArgumentException.class));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(VoteProperties.class)
    static class Config {}
}

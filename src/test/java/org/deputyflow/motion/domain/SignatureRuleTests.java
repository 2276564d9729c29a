package org.deputyflow.motion.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.deputyflow.shared.BadRequestException;
import org.deputyflow.suggestion.domain.Period;
import org.junit.jupiter.api.Test;

class SignatureRuleTests {

    @Test
    void the_lead_counts_towards_the_signers_needed() {
        SignatureRule rule = new SignatureRule(10);
        assertThat(rule.enough(9)).isFalse();
        assertThat(rule.enough(10)).isTrue();
    }

    @Test
    void a_motion_without_co_signers_is_refused_unless_one_signer_suffices() {
        assertThatThrownBy(() -> new SignatureRule(10).coSigners(1, List.of())).isInstanceOf(BadRequestException.class);
        assertThat(new SignatureRule(1).coSigners(1, null)).isEmpty();
        assertThat(new SignatureRule(10).coSigners(1, List.of(2L, 3L))).containsExactly(2L, 3L);
    }

    @Test
    void a_converted_suggestion_keeps_the_three_sections() {
        MotionDraft draft = new MotionDraft("标题", " 案由内容 ", "案据内容", "方案内容", Period.RECESS);
        assertThat(draft.asSuggestionContent("【案由】", "【案据】", "【方案】"))
                .isEqualTo("【案由】\n案由内容\n\n【案据】\n案据内容\n\n【方案】\n方案内容");
        assertThatThrownBy(() -> new MotionDraft("标题", "案由", "", "方案", Period.RECESS))
                .isInstanceOf(BadRequestException.class)
                .extracting("code")
                .isEqualTo("error.text.required");
    }
}

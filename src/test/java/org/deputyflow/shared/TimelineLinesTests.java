package org.deputyflow.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The timeline lines' shared rules: the stored comment and the audit line that never repeats it. */
class TimelineLinesTests {

    enum Action {
        REPLY_APPROVED
    }

    @Test
    void a_blank_comment_is_none_and_a_comment_is_stored_stripped() {
        assertThat(TimelineLines.comment(null)).isNull();
        assertThat(TimelineLines.comment(" \n\t")).isNull();
        assertThat(TimelineLines.comment("  请尽快答复 \n")).isEqualTo("请尽快答复");
    }

    @Test
    void the_audit_names_the_action_in_kebab_case_under_the_record_type() {
        assertThat(TimelineLines.auditAction("suggestion", Action.REPLY_APPROVED))
                .isEqualTo("suggestion.reply-approved");
        assertThat(TimelineLines.auditAction("motion", Action.REPLY_APPROVED)).isEqualTo("motion.reply-approved");
    }

    @Test
    void the_audit_details_carry_the_department_and_the_comment_length_never_the_comment() {
        assertThat(TimelineLines.auditDetails(7L, "电话 13800000000"))
                .containsExactly(
                        org.assertj.core.api.Assertions.entry("department", 7L),
                        org.assertj.core.api.Assertions.entry("commentLength", 14));
        assertThat(TimelineLines.auditDetails(null, "理由")).containsOnlyKeys("commentLength");
        assertThat(TimelineLines.auditDetails(null, null)).isEmpty();
    }
}

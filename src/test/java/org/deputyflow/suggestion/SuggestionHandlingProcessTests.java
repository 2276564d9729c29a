package org.deputyflow.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.deputyflow.suggestion.process.SuggestionProcess.END_CLOSED;
import static org.deputyflow.suggestion.process.SuggestionProcess.END_CONVERTED;
import static org.deputyflow.suggestion.process.SuggestionProcess.END_MERGED;
import static org.deputyflow.suggestion.process.SuggestionProcess.END_OPINION_GIVEN;
import static org.deputyflow.suggestion.process.SuggestionProcess.END_REASSIGNED;
import static org.deputyflow.suggestion.process.SuggestionProcess.END_REPLY_APPROVED;
import static org.deputyflow.suggestion.process.SuggestionProcess.END_WITHDRAWN;
import static org.deputyflow.suggestion.process.SuggestionProcess.TASK_ASSIGN;
import static org.deputyflow.suggestion.process.SuggestionProcess.TASK_DECIDE_DISPUTE;
import static org.deputyflow.suggestion.process.SuggestionProcess.TASK_DECIDE_REHANDLING;
import static org.deputyflow.suggestion.process.SuggestionProcess.TASK_EVALUATE;
import static org.deputyflow.suggestion.process.SuggestionProcess.TASK_FOLLOW_UP;
import static org.deputyflow.suggestion.process.SuggestionProcess.TASK_HANDLE;
import static org.deputyflow.suggestion.process.SuggestionProcess.TASK_REVISE;
import static org.deputyflow.suggestion.process.SuggestionProcess.TASK_SCREEN;
import static org.deputyflow.suggestion.process.SuggestionProcess.TASK_SIGN_OFF;
import static org.deputyflow.suggestion.process.SuggestionProcess.TASK_WRITE_OPINION;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.suggestion.process.SuggestionProcess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.web.servlet.MockMvc;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every path through {@code suggestion-handling.bpmn}, driven through the API as the users
 * would; the coverage listener fails the class below 90% of the flow nodes.
 */
@DeputyFlowTest
@TestExecutionListeners(value = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class SuggestionHandlingProcessTests {

    @Autowired
    ProcessEngine engine;

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    SuggestionApi api;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        api = new SuggestionApi(mvc, json, jdbc);
    }

    @Test
    void accepted_assigned_to_a_lead_and_a_co_unit_replied_evaluated_and_closed() throws Exception {
        long id = api.submit("deputy001", "加密城郊公交线路");
        ProcessInstance process = instance(id);
        assertThat(process).isWaitingAt(TASK_SCREEN);
        assertThat(api.status(id)).isEqualTo("SUBMITTED");

        api.accept(id);
        assertThat(process).isWaitingAt(TASK_ASSIGN);
        assertThat(api.status(id)).isEqualTo("ACCEPTED");

        api.assign(id, List.of("dept01"), List.of("dept02"));
        assertThat(process).isWaitingAt(TASK_HANDLE, TASK_WRITE_OPINION);
        assertThat(api.status(id)).isEqualTo("IN_HANDLING");

        api.opinion("dept02", id);
        api.handleAndReply("dept01", id, "A");
        assertThat(process).isWaitingAt(TASK_EVALUATE);
        assertThat(api.status(id)).isEqualTo("REPLIED");

        api.read(api.evaluate("deputy001", id, "SATISFIED", "SATISFIED", null));
        assertThat(process).isEnded().hasPassedInOrder(TASK_SCREEN, TASK_ASSIGN, TASK_HANDLE, TASK_SIGN_OFF,
                END_REPLY_APPROVED, TASK_EVALUATE, END_CLOSED);
        assertThat(process).hasPassed(TASK_WRITE_OPINION, END_OPINION_GIVEN);
        assertThat(api.status(id)).isEqualTo("CLOSED");
    }

    @Test
    void returned_revised_and_then_converted_to_a_letter() throws Exception {
        long id = api.submit("deputy002", "关于邻里纠纷的反映");
        ProcessInstance process = instance(id);
        api.read(api.post("staff1", "/api/suggestions/" + id + "/screening",
                Map.of("outcome", "RETURN", "reason", "一件建议只能反映一个问题")));
        assertThat(process).isWaitingAt(TASK_REVISE);
        assertThat(api.status(id)).isEqualTo("RETURNED");

        api.read(api.put("deputy002", "/api/suggestions/" + id, api.draft("关于邻里纠纷的反映（修改）", List.of())));
        assertThat(process).isWaitingAt(TASK_SCREEN);
        assertThat(api.status(id)).isEqualTo("SUBMITTED");

        api.read(api.post("staff1", "/api/suggestions/" + id + "/screening",
                Map.of("outcome", "CONVERT_TO_LETTER", "reason", "PERSONAL_MATTER")));
        assertThat(process).isEnded().hasPassedInOrder(TASK_SCREEN, TASK_REVISE, TASK_SCREEN, END_CONVERTED);
        assertThat(api.status(id)).isEqualTo("CONVERTED_TO_LETTER");
    }

    @Test
    void a_reply_sent_back_is_redrafted_and_a_b_class_reply_is_followed_up_until_delivered() throws Exception {
        long id = api.submit("deputy003", "建设社区养老服务中心");
        ProcessInstance process = instance(id);
        api.accept(id);
        api.assign(id, List.of("dept07"), List.of());
        api.claim("dept07-handler", id);
        api.contact("dept07-handler", id);
        api.read(api.reply("dept07-handler", id, "B"));
        api.signOff("dept07-leader", id, false);
        assertThat(process).isWaitingAt(TASK_HANDLE);
        // the handler who drafted gets the task straight back
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(process.getId()).singleResult()
                .getAssignee()).isEqualTo("dept07-handler");

        api.read(api.reply("dept07-handler", id, "B"));
        api.signOff("dept07-leader", id, true);
        api.read(api.evaluate("deputy003", id, "SATISFIED", "BASICALLY_SATISFIED", null));
        assertThat(process).isWaitingAt(TASK_FOLLOW_UP);
        assertThat(api.status(id)).isEqualTo("FOLLOW_UP");

        api.read(api.post("dept07-handler", "/api/suggestions/" + id + "/follow-ups",
                Map.of("content", "已列入年度计划，正在选址", "delivered", false)));
        assertThat(process).isWaitingAt(TASK_FOLLOW_UP);
        api.read(api.post("dept07-handler", "/api/suggestions/" + id + "/follow-ups",
                Map.of("content", "养老服务中心已建成投用", "delivered", true)));
        assertThat(process).isEnded().hasPassedInOrder(TASK_HANDLE, TASK_SIGN_OFF, TASK_HANDLE, TASK_SIGN_OFF,
                TASK_EVALUATE, TASK_FOLLOW_UP, END_CLOSED);
        assertThat(api.status(id)).isEqualTo("CLOSED");
    }

    @Test
    void an_unsatisfied_result_is_rehandled_once_and_the_second_evaluation_is_final() throws Exception {
        long id = api.submit("deputy004", "治理河道黑臭水体");
        ProcessInstance process = instance(id);
        api.accept(id);
        api.assign(id, List.of("dept14"), List.of());
        api.handleAndReply("dept14", id, "D");
        api.read(api.evaluate("deputy004", id, "BASICALLY_SATISFIED", "UNSATISFIED", null));
        assertThat(process).isWaitingAt(TASK_DECIDE_REHANDLING);
        assertThat(api.status(id)).isEqualTo("AWAITING_REHANDLING_DECISION");

        api.read(api.post("staff1", "/api/suggestions/" + id + "/rehandling",
                Map.of("required", true, "comment", "请重新研究")));
        assertThat(process).isWaitingAt(TASK_HANDLE);
        assertThat(api.status(id)).isEqualTo("REHANDLING");

        api.handleAndReply("dept14", id, "A");
        api.read(api.evaluate("deputy004", id, "UNSATISFIED", "UNSATISFIED", null));
        assertThat(process).isEnded().hasPassedInOrder(TASK_EVALUATE, TASK_DECIDE_REHANDLING, TASK_HANDLE,
                TASK_SIGN_OFF, TASK_EVALUATE, END_CLOSED);
        assertThat(api.status(id)).isEqualTo("CLOSED");
    }

    @Test
    void staff_may_decide_against_rehandling() throws Exception {
        long id = api.submit("deputy005", "增设学校周边交通信号灯");
        ProcessInstance process = instance(id);
        api.accept(id);
        api.assign(id, List.of("dept01"), List.of());
        api.handleAndReply("dept01", id, "C");
        api.read(api.evaluate("deputy005", id, "SATISFIED", "UNSATISFIED", null));
        api.read(api.post("staff1", "/api/suggestions/" + id + "/rehandling",
                Map.of("required", false, "comment", "答复已说明客观原因")));
        // a C reply is still followed up after the decision
        assertThat(process).isWaitingAt(TASK_FOLLOW_UP);
        api.read(api.post("dept01-handler", "/api/suggestions/" + id + "/follow-ups",
                Map.of("content", "信号灯已安装", "delivered", true)));
        assertThat(process).isEnded().hasPassedInOrder(TASK_DECIDE_REHANDLING, TASK_FOLLOW_UP, END_CLOSED);
    }

    @Test
    void a_dispute_upheld_keeps_the_department_and_a_dispute_granted_moves_the_suggestion() throws Exception {
        long id = api.submit("deputy006", "规范共享单车停放");
        ProcessInstance process = instance(id);
        api.accept(id);
        api.assign(id, List.of("dept01"), List.of("dept25"));
        api.read(api.post("dept01-handler", "/api/suggestions/" + id + "/disputes", Map.of("reason", "应由城管部门主办")));
        assertThat(process).isWaitingAt(TASK_DECIDE_DISPUTE, TASK_WRITE_OPINION);
        api.read(api.post("staff1", "/api/suggestions/" + id + "/disputes/decision", Map.of("uphold", true)));
        assertThat(process).isWaitingAt(TASK_HANDLE, TASK_WRITE_OPINION);

        api.read(api.post("dept25-handler", "/api/suggestions/" + id + "/disputes", Map.of("reason", "本单位不涉及")));
        api.read(api.post("staff1", "/api/suggestions/" + id + "/disputes/decision", Map.of("uphold", false,
                "coDepartmentIds", List.of(api.departmentId("dept26")))));
        assertThat(process).hasPassed(END_REASSIGNED).isWaitingAt(TASK_HANDLE, TASK_WRITE_OPINION);
        // the reassigned department no longer sees the suggestion; the new one does
        api.get("dept25-handler", "/api/suggestions/" + id)
            .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isNotFound());
        api.opinion("dept26", id);
        api.handleAndReply("dept01", id, "A");
        api.read(api.evaluate("deputy006", id, "SATISFIED", "SATISFIED", null));
        assertThat(process).isEnded();
    }

    @Test
    void a_lead_unit_reassigned_after_its_dispute_is_replaced_by_the_new_lead() throws Exception {
        long id = api.submit("deputy007", "完善校外培训机构监管");
        ProcessInstance process = instance(id);
        api.accept(id);
        api.assign(id, List.of("dept03"), List.of());
        api.read(api.post("dept03-handler", "/api/suggestions/" + id + "/disputes", Map.of("reason", "属教育部门职责")));
        api.read(api.post("staff1", "/api/suggestions/" + id + "/disputes/decision", Map.of("uphold", false,
                "leadDepartmentIds", List.of(api.departmentId("dept02")))));
        assertThat(process).hasPassed(END_REASSIGNED).isWaitingAt(TASK_HANDLE);
        assertThat(api.status(id)).isEqualTo("IN_HANDLING");
        api.handleAndReply("dept02", id, "A");
        api.read(api.evaluate("deputy007", id, "SATISFIED", "SATISFIED", null));
        assertThat(process).isEnded().hasPassed(END_CLOSED);
    }

    @Test
    void a_joint_suggestion_waits_for_its_co_signers_and_is_withdrawn_only_when_every_signer_agrees()
            throws Exception {
        long id = api.submit("deputy010", "推进老旧小区加装电梯", api.deputyId("deputy011"), api.deputyId("deputy012"));
        assertThat(api.status(id)).isEqualTo("AWAITING_COSIGNERS");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(String.valueOf(id)).count()).isZero();
        api.read(api.post("deputy011", "/api/suggestions/" + id + "/co-signatures", Map.of("accept", true)));
        assertThat(api.status(id)).isEqualTo("AWAITING_COSIGNERS");
        api.read(api.post("deputy012", "/api/suggestions/" + id + "/co-signatures", Map.of("accept", false)));
        assertThat(api.status(id)).isEqualTo("SUBMITTED");
        ProcessInstance process = instance(id);
        assertThat(process).isWaitingAt(TASK_SCREEN);

        api.read(api.post("deputy010", "/api/suggestions/" + id + "/withdrawal", null));
        assertThat(api.status(id)).isEqualTo("SUBMITTED");
        assertThat(process).isWaitingAt(TASK_SCREEN);
        api.read(api.post("deputy011", "/api/suggestions/" + id + "/withdrawal", null));
        assertThat(process).isEnded().hasPassed(END_WITHDRAWN).hasNotPassed(TASK_ASSIGN);
        assertThat(api.status(id)).isEqualTo("WITHDRAWN");
    }

    @Test
    void a_suggestion_merged_into_another_ends_and_its_deputy_can_read_the_target() throws Exception {
        long target = api.submit("deputy020", "整治夜间施工噪声");
        long merged = api.submit("deputy021", "夜间施工噪声扰民");
        ProcessInstance process = instance(merged);
        api.accept(target);
        api.read(api.post("staff1", "/api/suggestions/" + merged + "/merge", Map.of("intoId", target)));
        assertThat(process).isEnded().hasPassed(END_MERGED).hasNotPassed(TASK_ASSIGN);
        assertThat(api.status(merged)).isEqualTo("MERGED");
        assertThat(api.dossier("deputy021", target).get("suggestion").get("id").asLong()).isEqualTo(target);
        assertThat(api.dossier("deputy021", merged).get("mergedIntoNumber").asText())
            .isEqualTo(api.dossier("staff1", target).get("suggestion").get("number").asText());
        assertThat(process).isNotNull();
        assertThat(instance(target)).isWaitingAt(TASK_ASSIGN);
    }

    private ProcessInstance instance(long suggestionId) {
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(SuggestionProcess.KEY).processInstanceBusinessKey(String.valueOf(suggestionId))
                .singleResult();
        assertThat(instance).as("process of suggestion %d", suggestionId).isNotNull();
        return instance;
    }
}

package org.deputyflow.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.task.Task;
import org.deputyflow.DeputyFlowTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The engine's own surfaces (its REST API, Cockpit, Tasklist, Admin) read; they do not change the
 * engine, and no path deploys a process that is not one of the application's own.
 */
@DeputyFlowTest
class EngineSurfacesTests {

    static final String FOREIGN_KEY = "foreign_process";

    /** A process whose script would run on the server with the engine's rights. */
    static final String FOREIGN_BPMN = """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                     xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="http://example.org">
          <process id="foreign_process" isExecutable="true" camunda:historyTimeToLive="P1D">
            <startEvent id="start"/>
            <sequenceFlow id="toRun" sourceRef="start" targetRef="run"/>
            <serviceTask id="run" camunda:expression="${jdbcTemplate.execute('DELETE FROM notification')}"/>
            <sequenceFlow id="toEnd" sourceRef="run" targetRef="end"/>
            <endEvent id="end"/>
          </process>
        </definitions>
        """;

    @Autowired
    RepositoryService repository;

    @Autowired
    TaskService tasks;

    @LocalServerPort
    int port;

    RawHttp http;

    Task task;

    @BeforeEach
    void aTask() {
        http = new RawHttp(port);
        // a task of no process and nobody's: no list shows it, the engine surfaces could complete it
        task = tasks.newTask();
        task.setName("engine surfaces test");
        tasks.saveTask(task);
    }

    @AfterEach
    void removeTheTask() {
        if (tasks.createTaskQuery().taskId(task.getId()).count() > 0) {
            tasks.deleteTask(task.getId(), true);
        }
    }

    HttpResponse<String> asAdmin(HttpRequest.Builder request) throws Exception {
        return http.send(request.header("Authorization", RawHttp.basic("admin")).header("Accept", "application/json"));
    }

    long definitions() {
        return repository.createProcessDefinitionQuery().count();
    }

    @Test
    void an_admin_cannot_deploy_through_the_engine_rest_api() throws Exception {
        long before = definitions();
        String boundary = "----deputyflow-test-boundary";
        String body = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"deployment-name\"\r\n\r\nforeign\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"data\"; filename=\"bpmn/foreign.bpmn\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n" + FOREIGN_BPMN + "\r\n"
                + "--" + boundary + "--\r\n";

        HttpResponse<String> response = asAdmin(http.request("/engine-rest/deployment/create")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(definitions()).isEqualTo(before);
        assertThat(repository
                        .createProcessDefinitionQuery()
                        .processDefinitionKey(FOREIGN_KEY)
                        .count())
                .isZero();
    }

    @Test
    void the_engine_refuses_a_foreign_deployment_whatever_path_it_comes_by() throws Exception {
        long before = definitions();

        assertThatThrownBy(() -> repository
                        .createDeployment()
                        .name("foreign")
                        .addString("bpmn/foreign.bpmn", FOREIGN_BPMN)
                        .deploy())
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("bpmn/foreign.bpmn");
        assertThatThrownBy(() -> repository
                        .createDeployment()
                        .name("foreign")
                        .addString("foreign.bpmn", FOREIGN_BPMN)
                        .deploy())
                .isInstanceOf(ProcessEngineException.class);
        // an own file's name does not carry foreign content in
        assertThatThrownBy(() -> repository
                        .createDeployment()
                        .name("foreign")
                        .source("process application")
                        .addString("bpmn/suggestion-handling.bpmn", FOREIGN_BPMN)
                        .deploy())
                .isInstanceOf(ProcessEngineException.class);

        assertThat(definitions()).isEqualTo(before);
        assertThat(repository
                        .createProcessDefinitionQuery()
                        .processDefinitionKey(FOREIGN_KEY)
                        .count())
                .isZero();
    }

    @Test
    void the_applications_own_processes_are_deployed_from_bpmn_and_pass_the_check() throws Exception {
        Deployment deployed = repository
                .createDeploymentQuery()
                .deploymentName("deputyflow")
                .orderByDeploymentTime()
                .desc()
                .list()
                .get(0);
        assertThat(repository.getDeploymentResourceNames(deployed.getId()))
                .isNotEmpty()
                .allSatisfy(name -> assertThat(name)
                        .startsWith(OwnProcessesOnly.PROCESS_FOLDER)
                        .endsWith(".bpmn"));
        // what the application deploys at start passes the check, byte for byte
        byte[] own;
        try (InputStream file = getClass().getClassLoader().getResourceAsStream("bpmn/suggestion-handling.bpmn")) {
            own = file.readAllBytes();
        }
        OwnProcessesOnly check = new OwnProcessesOnly();
        check.deploy(newDeployment("bpmn/suggestion-handling.bpmn", own));
        byte[] changed = own.clone();
        changed[changed.length - 2] = ' ';
        assertThatThrownBy(() -> check.deploy(newDeployment("bpmn/suggestion-handling.bpmn", changed)))
                .isInstanceOf(ProcessEngineException.class);
        // started with java -jar, the engine's scan names the same files by their place in the jar
        check.deploy(newDeployment("BOOT-INF/classes/bpmn/suggestion-handling.bpmn", own));
        assertThatThrownBy(() -> check.deploy(newDeployment("BOOT-INF/classes/bpmn/suggestion-handling.bpmn", changed)))
                .isInstanceOf(ProcessEngineException.class);
        assertThatThrownBy(() -> check.deploy(newDeployment("BOOT-INF/classes/other/suggestion-handling.bpmn", own)))
                .isInstanceOf(ProcessEngineException.class);
    }

    static DeploymentEntity newDeployment(String name, byte[] bytes) {
        DeploymentEntity deployment = new DeploymentEntity();
        deployment.setName("deputyflow");
        deployment.setNew(true);
        ResourceEntity resource = new ResourceEntity();
        resource.setName(name);
        resource.setBytes(bytes);
        deployment.addResource(resource);
        return deployment;
    }

    @Test
    void an_admin_cannot_complete_a_task_through_the_engine_rest_api() throws Exception {
        HttpResponse<String> response = asAdmin(http.request("/engine-rest/task/" + task.getId() + "/complete")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"PUT", "DELETE", "PATCH"})
    void no_other_write_method_passes_either(String method) throws Exception {
        HttpResponse<String> response = asAdmin(http.request("/engine-rest/task/" + task.getId())
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString("{}")));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
    }

    @Test
    void an_admin_still_reads_through_the_engine_rest_api() throws Exception {
        HttpResponse<String> response =
                asAdmin(http.request("/engine-rest/task/" + task.getId()).GET());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"name\":\"engine surfaces test\"");
        assertThat(asAdmin(http.request("/engine-rest/process-definition?key=suggestion-handling")
                                .GET())
                        .body())
                .contains("\"key\":\"suggestion-handling\"");
    }

    @Test
    void the_engine_checks_no_password_outside_the_sign_in() throws Exception {
        HttpResponse<String> verify = asAdmin(http.request("/engine-rest/identity/verify")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"staff1\",\"password\":\"demo\"}")));
        assertThat(verify.statusCode()).isEqualTo(403);
        assertThat(verify.body()).doesNotContain("authenticated");

        HttpResponse<String> webappLogin = asAdmin(http.request("/camunda/api/admin/auth/user/default/login/cockpit")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=staff1&password=demo")));
        assertThat(webappLogin.statusCode()).isEqualTo(403);
    }

    @Test
    void others_cannot_read_it() throws Exception {
        HttpResponse<String> response = http.send(http.request("/engine-rest/task/" + task.getId())
                .header("Authorization", RawHttp.basic("staff1"))
                .GET());

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void cockpit_reads_but_neither_it_nor_tasklist_changes_the_engine() throws Exception {
        // the webapps hand out their own CSRF token with a page, and want it back on every write
        HttpResponse<String> page =
                asAdmin(http.request("/camunda/app/cockpit/default/").GET());
        assertThat(page.statusCode()).isEqualTo(200);
        String xsrf = page.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
        String api = "/camunda/api/engine/engine/default";

        HttpResponse<String> query = asAdmin(http.request(api + "/task/count")
                .header("X-XSRF-TOKEN", xsrf)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(query.statusCode()).isEqualTo(200);
        assertThat(query.body()).contains("\"count\"");

        HttpResponse<String> complete = asAdmin(http.request(api + "/task/" + task.getId() + "/complete")
                .header("X-XSRF-TOKEN", xsrf)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(complete.statusCode()).isEqualTo(403);
        HttpResponse<String> delete = asAdmin(http.request(api + "/task/" + task.getId())
                .header("X-XSRF-TOKEN", xsrf)
                .DELETE());
        assertThat(delete.statusCode()).isEqualTo(403);
        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
    }

    @Test
    void the_write_rule_tells_queries_from_writes() {
        EngineWrites writes = new EngineWrites();
        String api = "/camunda/api/engine/engine/default";
        assertThat(writes.matches(request("POST", api + "/process-instance"))).isFalse();
        assertThat(writes.matches(request("POST", api + "/history/process-instance/count")))
                .isFalse();
        assertThat(writes.matches(request("POST", api + "/filter/f1/list"))).isFalse();
        assertThat(writes.matches(request("POST", "/camunda/api/cockpit/plugin/base/default/process-instance")))
                .isFalse();
        assertThat(writes.matches(request("GET", "/engine-rest/task"))).isFalse();

        assertThat(writes.matches(request("POST", "/engine-rest/task"))).isTrue();
        assertThat(writes.matches(request("POST", api + "/task/t1/submit-form")))
                .isTrue();
        assertThat(writes.matches(request("POST", api + "/process-definition/p1/start")))
                .isTrue();
        assertThat(writes.matches(request("POST", api + "/process-instance/delete")))
                .isTrue();
        assertThat(writes.matches(request("POST", api + "/history/cleanup"))).isTrue();
        assertThat(writes.matches(request("POST", api + "/message"))).isTrue();
        assertThat(writes.matches(request("POST", api + "/deployment/create"))).isTrue();
        assertThat(writes.matches(request("PUT", api + "/process-instance/p1/variables/x")))
                .isTrue();
        assertThat(writes.matches(request("POST", "/camunda/api/admin/setup/default/user/create")))
                .isTrue();
        assertThat(writes.matches(request("POST", "/camunda/api/admin/auth/user/default/login/cockpit")))
                .isTrue();
        assertThat(writes.matches(request("POST", "/camunda/api/admin/auth/user/default/logout")))
                .isFalse();
    }

    static org.springframework.mock.web.MockHttpServletRequest request(String method, String path) {
        return new org.springframework.mock.web.MockHttpServletRequest(method, path);
    }
}

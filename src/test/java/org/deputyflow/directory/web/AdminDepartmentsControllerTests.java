package org.deputyflow.directory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.deputyflow.directory.web.AdminPages.as;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.UUID;
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.directory.DirectoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Departments for admins: list, create with a unique code, change name and kind, deactivate. */
@DeputyFlowTest
class AdminDepartmentsControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DirectoryService directory;

    @Autowired
    JdbcTemplate jdbc;

    String run;

    @BeforeEach
    void setUp() {
        run = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void the_list_shows_departments_with_a_pager() throws Exception {
        mvc.perform(get("/admin/departments").with(as(directory, "admin")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"department-list\""),
                                containsString("data-code=\"dept01\""),
                                containsString("id=\"pager-next\""))));
    }

    @Test
    void a_department_is_created_changed_and_deactivated() throws Exception {
        String code = "t" + run;
        mvc.perform(post("/admin/departments/new")
                        .with(as(directory, "admin"))
                        .with(csrf())
                        .param("code", code)
                        .param("name", "测试局" + run)
                        .param("kind", "GOVERNMENT")
                        .param("active", "true"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("flash"));
        long id = jdbc.queryForObject("SELECT id FROM department WHERE code = ?", Long.class, code);

        mvc.perform(post("/admin/departments/" + id)
                        .with(as(directory, "admin"))
                        .with(csrf())
                        .param("code", "changed-" + run)
                        .param("name", "测试法院" + run)
                        .param("kind", "COURT")
                        .param("active", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(directory.department(id)).satisfies(d -> {
            assertThat(d.code()).as("the code is the engine's group and stays").isEqualTo(code);
            assertThat(d.name()).isEqualTo("测试法院" + run);
            assertThat(d.kind().name()).isEqualTo("COURT");
        });

        mvc.perform(post("/admin/departments/" + id + "/deactivation")
                        .with(as(directory, "admin"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(directory.department(id).active()).isFalse();
    }

    @Test
    void a_code_already_used_is_refused_next_to_the_field() throws Exception {
        int before = jdbc.queryForObject("SELECT COUNT(*) FROM department", Integer.class);
        mvc.perform(post("/admin/departments/new")
                        .with(as(directory, "admin"))
                        .with(csrf())
                        .param("code", "dept01")
                        .param("name", "重复代码局")
                        .param("kind", "GOVERNMENT")
                        .param("active", "true"))
                .andExpect(status().isBadRequest())
                .andExpect(view().name("admin/department-form"))
                .andExpect(model().attributeHasFieldErrors("departmentForm", "code"))
                .andExpect(content().string(allOf(containsString("id=\"code-error\""), containsString("已被使用"))));
        mvc.perform(post("/admin/departments/new")
                        .with(as(directory, "admin"))
                        .with(csrf())
                        .param("code", "bad code")
                        .param("name", "")
                        .param("kind", "GOVERNMENT"))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrors("departmentForm", "code"));
        mvc.perform(post("/admin/departments/new")
                        .with(as(directory, "admin"))
                        .with(csrf())
                        .param("code", "n" + run)
                        .param("name", " ")
                        .param("kind", "GOVERNMENT"))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrors("departmentForm", "name"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM department", Integer.class))
                .isEqualTo(before);
    }

    /** A department's code is an engine group beside the roles' groups: STAFF would queue its tasks for staff. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(
            strings = {"STAFF", "admin", "Council", "dept_handler", "camunda-admin"})
    void a_code_that_is_a_role_name_in_any_case_is_refused_next_to_the_field(String code) throws Exception {
        mvc.perform(post("/admin/departments/new")
                        .with(as(directory, "admin"))
                        .with(csrf())
                        .param("code", code)
                        .param("name", "角色名局" + run)
                        .param("kind", "GOVERNMENT")
                        .param("active", "true"))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrors("departmentForm", "code"))
                .andExpect(content().string(allOf(containsString("id=\"code-error\""), containsString("不能与角色名相同"))));
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM department WHERE UPPER(code) = UPPER(?)", Integer.class, code))
                .isZero();
    }

    @Test
    void an_unknown_department_is_the_404_page() throws Exception {
        mvc.perform(get("/admin/departments/999999").with(as(directory, "admin")))
                .andExpect(status().isNotFound())
                .andExpect(view().name("error"));
    }

    @Test
    void a_post_without_the_csrf_token_is_refused() throws Exception {
        String code = "c" + run;
        mvc.perform(post("/admin/departments/new")
                        .with(as(directory, "admin"))
                        .param("code", code)
                        .param("name", "无令牌局")
                        .param("kind", "GOVERNMENT"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM department WHERE code = ?", Integer.class, code))
                .isZero();
    }
}

package org.deputyflow.directory.web;

import static org.deputyflow.directory.web.AdminPages.as;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.deputyflow.DeputyFlowTest;
import org.deputyflow.directory.DirectoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The admin's home: links to everything an admin maintains; nobody else gets in. */
@DeputyFlowTest
class AdminHomeControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DirectoryService directory;

    @Test
    void the_admin_sees_users_departments_calendar_and_cockpit() throws Exception {
        mvc.perform(get("/admin").with(as(directory, "admin")))
                .andExpect(status().isOk())
                .andExpect(view().name("admin/home"))
                .andExpect(content().string(containsString("id=\"admin-users-link\"")))
                .andExpect(content().string(containsString("href=\"/admin/departments\"")))
                .andExpect(content().string(containsString("href=\"/admin/calendar/")))
                .andExpect(content().string(containsString("href=\"/camunda/app/cockpit/default/\"")))
                .andExpect(content().string(containsString("href=\"/motions\"")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"deputy001", "staff1", "council1", "dept01-handler", "dept01-leader", "member01"})
    void other_roles_get_the_403_page(String login) throws Exception {
        for (String path : new String[] {
            "/admin",
            "/admin/users",
            "/admin/users/new",
            "/admin/departments",
            "/admin/departments/new",
            "/admin/calendar/2026"
        }) {
            mvc.perform(get(path).with(as(directory, login)))
                    .andExpect(status().isForbidden())
                    .andExpect(view().name("error"));
        }
    }
}

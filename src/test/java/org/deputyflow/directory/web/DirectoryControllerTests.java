package org.deputyflow.directory.web;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.deputyflow.DeputyFlowTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@DeputyFlowTest
class DirectoryControllerTests {

    @Autowired
    MockMvc mvc;

    @Test
    void me_tells_who_is_calling_with_department_or_deputy() throws Exception {
        mvc.perform(get("/api/me").with(httpBasic("dept03-handler", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").isNumber())
                .andExpect(jsonPath("$.roles").value(org.hamcrest.Matchers.contains("DEPT_HANDLER")))
                .andExpect(jsonPath("$.departmentId").isNumber())
                .andExpect(jsonPath("$.departmentCode").value("dept03"))
                .andExpect(jsonPath("$.displayName").value(startsWith("市发展和改革委员会")))
                .andExpect(jsonPath("$.deputyId").doesNotExist());
        mvc.perform(get("/api/me").with(httpBasic("deputy002", "demo")))
                .andExpect(jsonPath("$.deputyId").isNumber())
                .andExpect(jsonPath("$.departmentId").doesNotExist());
    }

    @Test
    void departments_are_paged_in_code_order() throws Exception {
        mvc.perform(get("/api/departments")
                        .param("size", "10")
                        .param("page", "1")
                        .with(httpBasic("staff1", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(10)))
                .andExpect(jsonPath("$.items[0].code").value("dept11"))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.size").value(10))
                .andExpect(jsonPath("$.total").isNumber());
        mvc.perform(get("/api/departments").with(httpBasic("deputy001", "demo")))
                .andExpect(jsonPath("$.items[0].code").value("dept01"))
                .andExpect(jsonPath("$.items[0].name").value("市交通运输局"))
                .andExpect(jsonPath("$.items[0].kind").value("GOVERNMENT"));
    }

    @Test
    void deputies_come_with_id_and_login_so_a_client_can_pick_co_signers() throws Exception {
        mvc.perform(get("/api/deputies").param("size", "5").with(httpBasic("deputy001", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(5)))
                .andExpect(jsonPath("$.items[*].id", everyItem(notNullValue())))
                .andExpect(jsonPath("$.items[0].login").value("deputy001"))
                .andExpect(jsonPath("$.total").isNumber());
    }

    @Test
    void deputies_can_be_found_by_name_prefix() throws Exception {
        mvc.perform(get("/api/deputies").param("q", "𠮷").with(httpBasic("deputy001", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].name").value("𠮷庆云"))
                .andExpect(jsonPath("$.items[0].login").value("deputy100"));
    }

    @Test
    void a_deputys_phone_is_shown_to_staff_only() throws Exception {
        mvc.perform(get("/api/deputies").param("size", "3").with(httpBasic("deputy001", "demo")))
                .andExpect(jsonPath("$.items[*].phone", everyItem(nullValue())));
        mvc.perform(get("/api/deputies").param("size", "3").with(httpBasic("dept01-handler", "demo")))
                .andExpect(jsonPath("$.items[0].phone").doesNotExist());
        mvc.perform(get("/api/deputies").param("size", "3").with(httpBasic("staff1", "demo")))
                .andExpect(jsonPath("$.items[0].phone").value(startsWith("139")));
    }

    @Test
    void a_page_size_out_of_range_is_a_400_problem() throws Exception {
        mvc.perform(get("/api/deputies").param("size", "0").with(httpBasic("staff1", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.size").isNotEmpty());
        mvc.perform(get("/api/deputies").param("page", "-1").with(httpBasic("staff1", "demo")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/deputies").param("page", "abc").with(httpBasic("staff1", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.page").isNotEmpty());
    }

    @Test
    void an_unknown_api_path_is_a_404_problem() throws Exception {
        mvc.perform(get("/api/no-such-thing").with(httpBasic("staff1", "demo")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void each_role_lands_on_its_own_home() throws Exception {
        Map<String, String> homes = Map.of(
                "deputy001",
                "/deputy",
                "dept01-handler",
                "/department",
                "dept01-leader",
                "/leader",
                "staff1",
                "/staff",
                "council1",
                "/council",
                "member01",
                "/member",
                "admin",
                "/admin");
        for (Map.Entry<String, String> home : homes.entrySet()) {
            mvc.perform(get("/").with(httpBasic(home.getKey(), "demo")))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(redirectedUrl(home.getValue()));
        }
    }
}

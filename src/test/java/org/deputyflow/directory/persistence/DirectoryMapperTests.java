package org.deputyflow.directory.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.deputyflow.directory.domain.Department;
import org.deputyflow.directory.domain.DepartmentKind;
import org.deputyflow.directory.domain.Deputy;
import org.deputyflow.directory.domain.DeputyEntry;
import org.deputyflow.directory.domain.Role;
import org.deputyflow.shared.persistence.GeneratedKey;
import org.junit.jupiter.api.Test;
import org.mybatis.spring.boot.test.autoconfigure.MybatisTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

/** The directory's mappers on the configured database; each test rolls back. */
@MybatisTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class DirectoryMapperTests {

    @Autowired
    DepartmentMapper departments;

    @Autowired
    DeputyMapper deputies;

    @Autowired
    UserMapper users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_department_is_written_and_found_by_id_and_code() {
        GeneratedKey key = new GeneratedKey();
        departments.insert(new Department(null, "t-dept-a", "市测试局", DepartmentKind.GOVERNMENT, true), key);

        assertThat(jdbc.queryForObject("SELECT name FROM department WHERE id = ?", String.class, key.value()))
                .isEqualTo("市测试局");
        assertThat(departments.findById(key.value()))
                .get()
                .extracting(Department::code)
                .isEqualTo("t-dept-a");
        assertThat(departments.findByCode("t-dept-a"))
                .get()
                .extracting(Department::kind)
                .isEqualTo(DepartmentKind.GOVERNMENT);
        assertThat(departments.findById(-1)).isEmpty();
    }

    @Test
    void inactive_departments_are_left_out_unless_asked_for() {
        long before = departments.count(true);
        long beforeAll = departments.count(false);
        departments.insert(
                new Department(null, "t-dept-old", "市已撤销局", DepartmentKind.OTHER, false), new GeneratedKey());

        assertThat(departments.count(true)).isEqualTo(before);
        assertThat(departments.count(false)).isEqualTo(beforeAll + 1);
        assertThat(departments.search(true, 0, 500))
                .extracting(Department::code)
                .doesNotContain("t-dept-old");
        assertThat(departments.search(false, 0, 500))
                .extracting(Department::code)
                .contains("t-dept-old");
    }

    @Test
    void deputies_page_in_the_database_and_filter_by_name_or_delegation_prefix() {
        for (int i = 0; i < 5; i++) {
            deputies.insert(new Deputy(null, "测试代表" + i, "测试代表团", null, "第十六届", true), new GeneratedKey());
        }

        assertThat(deputies.count("测试代表")).isEqualTo(5);
        assertThat(deputies.count("测试代表团")).isEqualTo(5);
        List<DeputyEntry> firstPage = deputies.search("测试代表", 0, 2);
        List<DeputyEntry> thirdPage = deputies.search("测试代表", 4, 2);
        assertThat(firstPage).extracting(DeputyEntry::name).containsExactly("测试代表0", "测试代表1");
        assertThat(thirdPage).extracting(DeputyEntry::name).containsExactly("测试代表4");
        // a wildcard in the query is data, not a pattern: "%" matches no name here
        assertThat(deputies.count("测%代表")).isZero();
    }

    @Test
    void chinese_text_with_four_byte_characters_and_emoji_round_trips_exactly() {
        String name = "𠮷野家🙂";
        String delegation = "𠮷祥区代表团（测试）😀";
        GeneratedKey key = new GeneratedKey();
        deputies.insert(new Deputy(null, name, delegation, "021-12345678", "第十六届", true), key);

        DeputyEntry read = deputies.findById(key.value()).orElseThrow();
        assertThat(read.name()).isEqualTo(name);
        assertThat(read.delegation()).isEqualTo(delegation);
        assertThat(read.name().codePointAt(0)).isEqualTo(0x20BB7);
        assertThat(jdbc.queryForObject("SELECT name FROM deputy WHERE id = ?", String.class, key.value()))
                .isEqualTo(name);
    }

    @Test
    void a_user_is_found_by_login_with_roles_and_department_code() {
        GeneratedKey department = new GeneratedKey();
        departments.insert(new Department(null, "t-dept-u", "市用户测试局", DepartmentKind.GOVERNMENT, true), department);
        GeneratedKey user = new GeneratedKey();
        users.insert("t-handler", "测试经办人", "{noop}x", department.value(), null, user);
        users.insertRole(user.value(), Role.DEPT_HANDLER);
        users.insertRole(user.value(), Role.DEPT_LEADER);

        UserRow row = users.findByLogin("t-handler").orElseThrow();
        assertThat(row.departmentId()).isEqualTo(department.value());
        assertThat(row.departmentCode()).isEqualTo("t-dept-u");
        assertThat(row.active()).isTrue();
        assertThat(users.rolesOf(row.id())).containsExactly(Role.DEPT_HANDLER, Role.DEPT_LEADER);
        assertThat(users.findByLogin("nobody")).isEmpty();
    }
}

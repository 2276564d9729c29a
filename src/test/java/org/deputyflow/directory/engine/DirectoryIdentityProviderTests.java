package org.deputyflow.directory.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.deputyflow.DeputyFlowTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The engine sees DeputyFlow's people: groups are role names and department codes. */
@DeputyFlowTest
class DirectoryIdentityProviderTests {

    @Autowired
    IdentityService identity;

    @Test
    void a_departments_code_is_a_group_whose_members_are_its_handlers_and_leader() {
        assertThat(identity.createUserQuery().memberOfGroup("dept01").list())
                .extracting(User::getId)
                .containsExactly("dept01-handler", "dept01-handler2", "dept01-leader");
        assertThat(identity.createUserQuery().memberOfGroup("dept01").count()).isEqualTo(3);
        Group department = identity.createGroupQuery().groupId("dept01").singleResult();
        assertThat(department.getName()).isEqualTo("市交通运输局");
        assertThat(department.getType()).isEqualTo("DEPARTMENT");
    }

    @Test
    void a_users_groups_are_their_roles_and_department() {
        assertThat(identity.createGroupQuery().groupMember("dept02-leader").list())
                .extracting(Group::getId)
                .containsExactlyInAnyOrder("DEPT_LEADER", "dept02", "dept02-leaders");
        assertThat(identity.createUserQuery().memberOfGroup("dept02-leaders").list())
                .extracting(User::getId)
                .containsExactly("dept02-leader");
        assertThat(identity.createGroupQuery().groupMember("admin").list())
                .extracting(Group::getId)
                .containsExactlyInAnyOrder("ADMIN", "camunda-admin");
    }

    @Test
    void role_groups_list_their_members_with_paging_in_the_database() {
        assertThat(identity.createUserQuery().memberOfGroup("MEMBER").count()).isEqualTo(35);
        assertThat(identity.createUserQuery().memberOfGroup("MEMBER").listPage(10, 5))
                .extracting(User::getId)
                .containsExactly("member11", "member12", "member13", "member14", "member15");
        assertThat(identity.createUserQuery().memberOfGroup("camunda-admin").list())
                .extracting(User::getId)
                .containsExactly("admin");
    }

    @Test
    void users_are_found_by_login_and_name_and_passwords_are_checked_against_the_directory() {
        User user = identity.createUserQuery().userId("deputy100").singleResult();
        assertThat(user.getFirstName()).isEqualTo("𠮷庆云");
        assertThat(identity.createUserQuery().userFirstNameLike("𠮷%").list())
                .extracting(User::getId)
                .contains("deputy100");
        assertThat(identity.checkPassword("staff1", "demo")).isTrue();
        assertThat(identity.checkPassword("staff1", "wrong")).isFalse();
        assertThat(identity.checkPassword("nobody", "demo")).isFalse();
        assertThat(identity.createUserQuery().userId("nobody").singleResult()).isNull();
    }

    @Test
    void the_engines_identity_is_read_only() {
        assertThat(identity.isReadOnly()).isTrue();
        assertThatThrownBy(() -> identity.saveUser(identity.newUser("intruder")))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}

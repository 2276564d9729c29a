package org.deputyflow.directory.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.camunda.bpm.engine.identity.NativeUserQuery;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.TenantQuery;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.identity.UserQuery;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.directory.DirectoryService;
import org.deputyflow.directory.domain.Department;
import org.deputyflow.directory.persistence.IdentityFilter;
import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Answers the engine's identity questions from the directory's tables. Read-only: people and
 * departments are maintained in DeputyFlow, never in Camunda Admin.
 */
class DirectoryIdentityProvider implements ReadOnlyIdentityProvider {

    private final DirectoryService directory;
    private final PasswordEncoder passwordEncoder;
    private final MessageSource names;

    DirectoryIdentityProvider(DirectoryService directory, PasswordEncoder passwordEncoder, MessageSource names) {
        this.directory = directory;
        this.passwordEncoder = passwordEncoder;
        this.names = names;
    }

    @Override
    public User findUserById(String userId) {
        List<CurrentUser> found = directory.identities(new IdentityFilter(userId, null, null, null, null), 0, 1);
        return found.isEmpty() ? null : toEngineUser(found.get(0));
    }

    @Override
    public UserQuery createUserQuery() {
        return new DirectoryUserQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
    }

    @Override
    public UserQuery createUserQuery(CommandContext commandContext) {
        return new DirectoryUserQuery();
    }

    @Override
    public NativeUserQuery createNativeUserQuery() {
        throw new UnsupportedOperationException("DeputyFlow's directory does not take native SQL user queries");
    }

    @Override
    public boolean checkPassword(String userId, String password) {
        return userId != null
                && password != null
                && directory
                        .account(userId)
                        .filter(CurrentUser::isEnabled)
                        .map(user -> passwordEncoder.matches(password, user.getPassword()))
                        .orElse(false);
    }

    @Override
    public Group findGroupById(String groupId) {
        List<Group> found = groups(GroupCriteria.byId(groupId));
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public GroupQuery createGroupQuery() {
        return new DirectoryGroupQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
    }

    @Override
    public GroupQuery createGroupQuery(CommandContext commandContext) {
        return new DirectoryGroupQuery();
    }

    @Override
    public Tenant findTenantById(String tenantId) {
        return null;
    }

    @Override
    public TenantQuery createTenantQuery() {
        return new NoTenantQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
    }

    @Override
    public TenantQuery createTenantQuery(CommandContext commandContext) {
        return new NoTenantQuery();
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    long countUsers(DirectoryUserQuery query) {
        IdentityFilter filter = filterOf(query);
        return filter == null ? 0 : directory.countIdentities(filter);
    }

    List<User> findUsers(DirectoryUserQuery query, Page page) {
        IdentityFilter filter = filterOf(query);
        if (filter == null) {
            return List.of();
        }
        return directory.identities(filter, page.getFirstResult(), page.getMaxResults()).stream()
                .map(DirectoryIdentityProvider::toEngineUser)
                .toList();
    }

    /** Null when the query cannot match anybody here (a tenant, an e-mail address). */
    private static IdentityFilter filterOf(DirectoryUserQuery query) {
        if (query.getTenantId() != null
                || query.getEmail() != null
                || query.getEmailLike() != null
                || query.getLastName() != null) {
            return null;
        }
        IdentityFilter group = query.getGroupId() == null ? null : DirectoryGroups.membersOf(query.getGroupId());
        String nameLike = query.getFirstNameLike() != null
                ? query.getFirstNameLike()
                : query.getLastNameLike() != null ? query.getLastNameLike() : query.getFirstName();
        return new IdentityFilter(
                query.getId(),
                query.getIds() == null ? null : Arrays.asList(query.getIds()),
                nameLike,
                group == null ? null : group.role(),
                group == null ? null : group.departmentCode());
    }

    List<Group> groups(GroupCriteria criteria) {
        if (criteria.tenantId() != null) {
            return List.of();
        }
        List<Group> groups = new ArrayList<>();
        if (criteria.userId() != null) {
            directory.account(criteria.userId()).filter(CurrentUser::isEnabled).ifPresent(user -> {
                for (String id : DirectoryGroups.groupIdsOf(user)) {
                    groups.add(group(id));
                }
            });
        } else if (criteria.id() != null && criteria.ids() == null) {
            groups.add(group(criteria.id()));
        } else {
            DirectoryGroups.roleGroupIds().forEach(id -> groups.add(DirectoryGroups.roleGroup(id, names)));
            for (Department department : directory.allDepartments()) {
                groups.add(DirectoryGroups.departmentGroup(department));
                groups.add(DirectoryGroups.leadersGroup(department, names));
            }
        }
        return groups.stream().filter(group -> group != null).filter(criteria).toList();
    }

    /** The group with this id, or null. */
    private Group group(String id) {
        if (DirectoryGroups.roleOf(id).isPresent()) {
            return DirectoryGroups.roleGroup(id, names);
        }
        if (id.endsWith(Department.LEADERS_SUFFIX)) {
            return directory
                    .departmentByCode(id.substring(0, id.length() - Department.LEADERS_SUFFIX.length()))
                    .map(department -> DirectoryGroups.leadersGroup(department, names))
                    .orElse(null);
        }
        return directory
                .departmentByCode(id)
                .map(DirectoryGroups::departmentGroup)
                .orElse(null);
    }

    private static User toEngineUser(CurrentUser user) {
        UserEntity entity = new UserEntity(user.login());
        entity.setFirstName(user.displayName());
        entity.setLastName("");
        return entity;
    }

    /** A group query's criteria, applied to the short list of groups in memory. */
    record GroupCriteria(
            String id, List<String> ids, String name, String nameLike, String type, String userId, String tenantId)
            implements Predicate<Group> {

        static GroupCriteria byId(String id) {
            return new GroupCriteria(id, null, null, null, null, null, null);
        }

        @Override
        public boolean test(Group group) {
            return (id == null || id.equals(group.getId()))
                    && (ids == null || ids.contains(group.getId()))
                    && (name == null || name.equals(group.getName()))
                    && (nameLike == null || group.getName().matches(likeToRegex(nameLike)))
                    && (type == null || type.equals(group.getType()));
        }

        private static String likeToRegex(String like) {
            StringBuilder regex = new StringBuilder();
            for (char c : like.toCharArray()) {
                regex.append(c == '%' ? ".*" : c == '_' ? "." : java.util.regex.Pattern.quote(String.valueOf(c)));
            }
            return regex.toString();
        }
    }
}

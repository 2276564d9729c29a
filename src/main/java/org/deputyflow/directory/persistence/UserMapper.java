package org.deputyflow.directory.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.deputyflow.directory.domain.Role;
import org.deputyflow.shared.persistence.GeneratedKey;

@Mapper
public interface UserMapper {

    Optional<UserRow> findByLogin(@Param("login") String login);

    /** The user of this login with its roles, one row per role; empty when there is no such user. */
    List<AccountRow> findAccountRows(@Param("login") String login);

    List<Role> rolesOf(@Param("userId") long userId);

    long countActiveWithRole(@Param("role") Role role);

    long countAll();

    long countIdentities(@Param("f") IdentityFilter filter);

    List<UserRow> searchIdentities(
            @Param("f") IdentityFilter filter, @Param("offset") long offset, @Param("limit") int limit);

    void insert(
            @Param("login") String login,
            @Param("displayName") String displayName,
            @Param("passwordHash") String passwordHash,
            @Param("departmentId") Long departmentId,
            @Param("deputyId") Long deputyId,
            @Param("key") GeneratedKey key);

    void insertRole(@Param("userId") long userId, @Param("role") Role role);

    /**
     * Logins of active users, in login order, filtered by whichever of department, roles (any of
     * them) and deputies is given; at least one must be.
     */
    List<String> findActiveLogins(
            @Param("departmentId") Long departmentId,
            @Param("roles") Collection<Role> roles,
            @Param("deputyIds") Collection<Long> deputyIds);

    /** The active users holding one of the roles in any of these departments, by department and login. */
    List<DepartmentLoginRow> findActiveDepartmentLogins(
            @Param("departmentIds") Collection<Long> departmentIds, @Param("roles") Collection<Role> roles);

    /** The e-mail addresses of those of these logins' active users that have one. */
    List<UserEmail> findEmails(@Param("logins") Collection<String> logins);

    long countUsers(@Param("s") UserSearch search);

    List<UserEntryRow> searchUsers(
            @Param("s") UserSearch search, @Param("offset") long offset, @Param("limit") int limit);

    Optional<UserEntryRow> findEntryById(@Param("id") long id);

    List<UserRoleRow> rolesOfUsers(@Param("userIds") Collection<Long> userIds);

    /** The user linked to this deputy record, if any. */
    Optional<Long> findIdByDeputy(@Param("deputyId") long deputyId);

    /** Changes everything but the login, which tasks, claims and inboxes are keyed by. */
    int update(
            @Param("id") long id,
            @Param("displayName") String displayName,
            @Param("departmentId") Long departmentId,
            @Param("deputyId") Long deputyId,
            @Param("active") boolean active);

    void deleteRoles(@Param("userId") long userId);

    /** Sets the password, whether it must be changed at the next sign-in, and ends the user's sessions. */
    int updatePassword(
            @Param("id") long id, @Param("passwordHash") String passwordHash, @Param("mustChange") boolean mustChange);

    /** Activates or deactivates, and ends the user's sessions. */
    int updateActive(@Param("id") long id, @Param("active") boolean active);

    Optional<AccountStateRow> findState(@Param("id") long id);

    /** Ends the user's sessions: each carries the stamp it signed in with. */
    int bumpSecurityStamp(@Param("id") long id);

    int requirePasswordChange(@Param("id") long id);
}

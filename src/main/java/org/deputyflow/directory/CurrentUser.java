package org.deputyflow.directory;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.deputyflow.directory.domain.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in caller as every module sees it: who they are, their roles, and the department
 * or deputy they act for. Every query scopes itself with these fields.
 */
public final class CurrentUser implements UserDetails {

    private final long id;
    private final String login;
    private final String displayName;
    private final String passwordHash;
    private final Set<Role> roles;
    private final Long departmentId;
    private final String departmentCode;
    private final Long deputyId;
    private final boolean active;
    private final int securityStamp;
    private final boolean passwordMustChange;

    public CurrentUser(
            long id,
            String login,
            String displayName,
            String passwordHash,
            Set<Role> roles,
            Long departmentId,
            String departmentCode,
            Long deputyId,
            boolean active) {
        this(id, login, displayName, passwordHash, roles, departmentId, departmentCode, deputyId, active, 0, false);
    }

    /**
     * @param securityStamp the account's stamp when it was read; a session whose stamp is no longer
     *        the account's has ended
     * @param passwordMustChange the password was set by an admin and must be changed before anything else
     */
    public CurrentUser(
            long id,
            String login,
            String displayName,
            String passwordHash,
            Set<Role> roles,
            Long departmentId,
            String departmentCode,
            Long deputyId,
            boolean active,
            int securityStamp,
            boolean passwordMustChange) {
        this.id = id;
        this.login = login;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        this.departmentId = departmentId;
        this.departmentCode = departmentCode;
        this.deputyId = deputyId;
        this.active = active;
        this.securityStamp = securityStamp;
        this.passwordMustChange = passwordMustChange;
    }

    public long id() {
        return id;
    }

    public String login() {
        return login;
    }

    public String displayName() {
        return displayName;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(Role... candidates) {
        for (Role candidate : candidates) {
            if (roles.contains(candidate)) {
                return true;
            }
        }
        return false;
    }

    public Long departmentId() {
        return departmentId;
    }

    public String departmentCode() {
        return departmentCode;
    }

    public Long deputyId() {
        return deputyId;
    }

    public int securityStamp() {
        return securityStamp;
    }

    public boolean passwordMustChange() {
        return passwordMustChange;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream()
                .map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return login;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    @Override
    public String toString() {
        return "CurrentUser[" + login + " " + roles + "]";
    }
}

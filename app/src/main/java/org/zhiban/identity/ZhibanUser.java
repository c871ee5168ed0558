package org.zhiban.identity;

import java.io.Serializable;
import java.security.Principal;
import java.util.Set;

/**
 * 当前用户: the authenticated principal. Department and roles come from Camunda identity groups,
 * so an LDAP identity plugin can supply them in production.
 *
 * @param departmentId null for users outside any department (administrators, designers, auditors)
 */
public record ZhibanUser(String id, String displayName, String departmentId, String departmentName, Set<Role> roles)
        implements Principal, Serializable {

    public ZhibanUser {
        roles = Set.copyOf(roles);
    }

    @Override
    public String getName() {
        return id;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Works on cases (承办人, 核稿人 or 领导) in a department. */
    public boolean isCaseStaff() {
        return departmentId != null && roles.stream().anyMatch(Role.CASE_STAFF::contains);
    }

    /** Camunda candidate-group ids this user can claim tasks through. */
    public Set<String> roleGroupIds() {
        return Set.copyOf(roles.stream().map(Role::groupId).toList());
    }
}

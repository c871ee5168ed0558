package org.zhiban.identity;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;

/** 组织机构目录: users, their department and roles, read from Camunda's identity service. */
@Service
public class Directory {

    /** Camunda group type for departments (科室). */
    public static final String DEPARTMENT_TYPE = "department";

    private final IdentityService identityService;

    public Directory(IdentityService identityService) {
        this.identityService = identityService;
    }

    public Optional<ZhibanUser> find(String userId) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            return Optional.empty();
        }
        List<Group> groups = identityService.createGroupQuery().groupMember(userId).list();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Group department = null;
        for (Group group : groups) {
            if (DEPARTMENT_TYPE.equals(group.getType())) {
                department = group;
            } else if (Role.GROUP_TYPE.equals(group.getType())) {
                Role.ofGroupId(group.getId()).ifPresent(roles::add);
            }
        }
        String name = joinName(user);
        return Optional.of(new ZhibanUser(user.getId(), name,
                department == null ? null : department.getId(),
                department == null ? null : department.getName(), roles));
    }

    public Optional<String> departmentName(String departmentId) {
        if (departmentId == null) {
            return Optional.empty();
        }
        Group group = identityService.createGroupQuery().groupId(departmentId).singleResult();
        return Optional.ofNullable(group).map(Group::getName);
    }

    /** Every department (科室), id to name, in name order; for department fields and filters. */
    public Map<String, String> departments() {
        Map<String, String> departments = new java.util.LinkedHashMap<>();
        identityService.createGroupQuery().groupType(DEPARTMENT_TYPE).orderByGroupName().asc().list()
                .forEach(g -> departments.put(g.getId(), g.getName()));
        return departments;
    }

    /** Whether the id names a department, not a role or another group. */
    public boolean isDepartment(String departmentId) {
        return departmentId != null
                && identityService.createGroupQuery().groupId(departmentId).groupType(DEPARTMENT_TYPE).count() > 0;
    }

    /** Display names of the given users, id to name. */
    public Map<String, String> displayNamesOf(java.util.Collection<String> userIds) {
        Map<String, String> names = new java.util.LinkedHashMap<>();
        userIds.forEach(id -> names.put(id, displayName(id)));
        return names;
    }

    /** People to pick in a person field, id to display name; capped, as an office's staff list is. */
    public Map<String, String> people() {
        Map<String, String> people = new java.util.LinkedHashMap<>();
        identityService.createUserQuery().orderByUserId().asc().listPage(0, 2000)
                .forEach(u -> people.put(u.getId(), joinName(u)));
        return people;
    }

    public String displayName(String userId) {
        if (userId == null) {
            return null;
        }
        User user = identityService.createUserQuery().userId(userId).singleResult();
        return user == null ? userId : joinName(user);
    }

    /**
     * A name lookup that remembers what it has looked up, for one view's lifetime: a grid renders a name per row,
     * and the same few users recur on every page.
     */
    public Function<String, String> displayNames() {
        Map<String, String> seen = new HashMap<>();
        return userId -> userId == null ? null : seen.computeIfAbsent(userId, this::displayName);
    }

    private static String joinName(User user) {
        // Chinese names are family name first with no space.
        String last = user.getLastName() == null ? "" : user.getLastName();
        String first = user.getFirstName() == null ? "" : user.getFirstName();
        String name = last + first;
        return name.isBlank() ? user.getId() : name;
    }
}

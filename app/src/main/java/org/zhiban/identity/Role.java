package org.zhiban.identity;

import java.util.Arrays;
import java.util.Optional;

/**
 * 角色. Each role is a Camunda group of type {@link #GROUP_TYPE}; the group id is {@link #groupId()}.
 * The three administrator roles are separated (三员分立): none of them reads case data.
 */
public enum Role {
    /** 承办人 */ OFFICER("officer"),
    /** 核稿人 */ REVIEWER("reviewer"),
    /** 领导 */ LEADER("leader"),
    /** 流程设计 */ DESIGNER("designer"),
    /** 审计 */ AUDITOR("auditor"),
    /** 系统管理员 */ SYSADMIN("sysadmin"),
    /** 安全管理员 */ SECADMIN("secadmin"),
    /** 审计管理员 */ AUDITADMIN("auditadmin");

    public static final String GROUP_TYPE = "role";

    /** 办案人员: the roles that work on cases in their department. */
    public static final java.util.Set<Role> CASE_STAFF = java.util.EnumSet.of(OFFICER, REVIEWER, LEADER);
    /** Who may read cases: case staff (their department's and those they take part in) and auditors (all). */
    public static final java.util.Set<Role> CASE_READERS = java.util.EnumSet.of(OFFICER, REVIEWER, LEADER, AUDITOR);
    /** 三员: the three administrators, none of whom reads case content. */
    public static final java.util.Set<Role> ADMINISTRATORS = java.util.EnumSet.of(SYSADMIN, SECADMIN, AUDITADMIN);

    private final String groupId;

    Role(String groupId) {
        this.groupId = groupId;
    }

    public String groupId() {
        return groupId;
    }

    /** The Spring Security authority, e.g. {@code ROLE_OFFICER}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Roles named by group id, as an administrator assigns them; at least one, each known. */
    public static java.util.Set<Role> ofGroupIds(java.util.Collection<String> groupIds) {
        if (groupIds == null || groupIds.isEmpty()) {
            throw org.zhiban.shared.Refusal.invalid("admin.roles.required", "请至少选择一个角色 / at least one role");
        }
        java.util.Set<Role> roles = java.util.EnumSet.noneOf(Role.class);
        for (String id : groupIds) {
            roles.add(ofGroupId(String.valueOf(id)).orElseThrow(() -> org.zhiban.shared.Refusal.invalid(
                    "admin.role.unknown", "未知角色 / unknown role: " + id, id)));
        }
        return roles;
    }

    public static Optional<Role> ofGroupId(String groupId) {
        return Arrays.stream(values()).filter(r -> r.groupId.equals(groupId)).findFirst();
    }

    /** Names for {@code @RolesAllowed}/{@code hasAnyRole}, kept as constants so annotations can use them. */
    public static final class Names {
        public static final String OFFICER = "OFFICER";
        public static final String REVIEWER = "REVIEWER";
        public static final String LEADER = "LEADER";
        public static final String DESIGNER = "DESIGNER";
        public static final String AUDITOR = "AUDITOR";
        public static final String SYSADMIN = "SYSADMIN";
        public static final String SECADMIN = "SECADMIN";
        public static final String AUDITADMIN = "AUDITADMIN";

        /** {@code @PreAuthorize} expressions for the role sets above. */
        public static final String IS_CASE_STAFF = "hasAnyRole('OFFICER','REVIEWER','LEADER')";
        public static final String IS_CASE_READER = "hasAnyRole('OFFICER','REVIEWER','LEADER','AUDITOR')";

        private Names() {
        }
    }
}

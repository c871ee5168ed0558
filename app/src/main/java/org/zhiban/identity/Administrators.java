package org.zhiban.identity;

import java.util.Map;
import org.zhiban.shared.Refusal;

/**
 * 三员分立 checks, made by every administrative act: it is the right one of the three administrators acting, and
 * never on their own account (a system administrator cannot grant themself a role, a security administrator cannot
 * unlock themself).
 */
public final class Administrators {

    private static final Map<Role, String> ONLY = Map.of(
            Role.SYSADMIN, "admin.sysadminOnly", Role.SECADMIN, "security.secadminOnly",
            Role.AUDITADMIN, "admin.auditadminOnly");

    private Administrators() {
    }

    public static void require(ZhibanUser actor, Role role) {
        if (!actor.has(role)) {
            throw Refusal.forbidden(ONLY.get(role), "只有" + IdentityProvisioning.ROLE_NAMES.get(role)
                    + "可以执行 / " + role.name().toLowerCase() + " only");
        }
    }

    public static void requireOnOther(ZhibanUser actor, Role role, String userId) {
        require(actor, role);
        if (actor.id().equals(userId)) {
            throw Refusal.forbidden("admin.notOwnAccount", "不能对自己的账号执行此操作 / not on your own account");
        }
    }
}

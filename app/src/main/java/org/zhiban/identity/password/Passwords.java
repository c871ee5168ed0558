package org.zhiban.identity.password;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.zhiban.shared.AdminOperations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhiban.identity.AccountStates;
import org.zhiban.identity.Administrators;
import org.zhiban.identity.Role;
import org.zhiban.identity.SecurityPolicies;
import org.zhiban.identity.SecurityPolicy;
import org.zhiban.identity.ZhibanUser;
import org.zhiban.shared.Refusal;

/**
 * 口令管理: a person changes their own (knowing the current one), the 系统管理员 resets someone else's to a
 * one-time password that must be changed at the next login. The policy applies to every change; the last
 * passwords are kept as bcrypt hashes so none of them comes back.
 */
@Service
public class Passwords {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final IdentityService identityService;
    private final AccountStates states;
    private final SecurityPolicies policies;
    private final AdminOperations adminLog;
    private final org.zhiban.identity.StoredPasswords storedPasswords;

    Passwords(IdentityService identityService, AccountStates states, SecurityPolicies policies,
              AdminOperations adminLog, org.zhiban.identity.StoredPasswords storedPasswords) {
        this.storedPasswords = storedPasswords;
        this.identityService = identityService;
        this.states = states;
        this.policies = policies;
        this.adminLog = adminLog;
    }

    @Transactional
    public void changeOwn(String userId, String currentPassword, String newPassword) {
        if (!storedPasswords.matches(userId, currentPassword)) {
            throw new Refusal(Refusal.Kind.INVALID, "password.currentWrong", "当前口令不正确 / current password is wrong",
                    List.of(), List.of(new Refusal.FieldProblem("currentPassword", "password.currentWrong", List.of(),
                    "当前口令不正确 / current password is wrong")));
        }
        if (newPassword != null && newPassword.equals(currentPassword)) {
            refuse(List.of(PasswordRules.problem("password.reused", "不能与最近使用过的口令相同 / used recently",
                    policies.current().passwordHistory())));
        }
        checkPolicy(userId, newPassword);
        store(userId, newPassword, false);
    }

    /**
     * 重置口令 (系统管理员): a random one-time password of the policy's length, to be handed over out of band and
     * changed at the next login. @return the one-time password, shown once
     */
    @Transactional
    public String reset(ZhibanUser admin, String userId) {
        Administrators.requireOnOther(admin, Role.SYSADMIN, userId);
        if (identityService.createUserQuery().userId(userId).count() == 0) {
            throw Refusal.notFound("admin.user.notFound", "用户不存在 / no such user: " + userId, userId);
        }
        String temporary = temporaryPassword(Math.max(12, policies.current().passwordMinLength()));
        store(userId, temporary, true);
        adminLog.record(admin.id(), Role.SYSADMIN.groupId(), "user.resetPassword", userId,
                "重置 " + userId + " 的口令（下次登录须修改）");
        return temporary;
    }

    /** The first password of an account made by the administrator or an import; it must be changed at first login. */
    public void checkPolicy(String userId, String password) {
        SecurityPolicy policy = policies.current();
        List<org.zhiban.shared.Refusal.FieldProblem> problems = new ArrayList<>(PasswordRules.problems(userId, password, policy));
        if (problems.isEmpty() && states.usedRecently(userId, password, policy.passwordHistory())) {
            problems.add(PasswordRules.problem("password.reused", "不能与最近 " + policy.passwordHistory()
                    + " 次使用过的口令相同 / used recently", policy.passwordHistory()));
        }
        if (!problems.isEmpty()) {
            refuse(problems);
        }
    }

    private static void refuse(List<Refusal.FieldProblem> problems) {
        throw new Refusal(Refusal.Kind.INVALID, "password.policyViolated", "口令不符合安全策略 / password does not meet the policy",
                List.of(), problems);
    }

    private void store(String userId, String password, boolean mustChangeNext) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        user.setPassword(password);
        identityService.saveUser(user);
        states.rememberPassword(userId, password);
        states.passwordChanged(userId, mustChangeNext);
    }

    private static String temporaryPassword(int length) {
        String[] classes = {"ABCDEFGHJKLMNPQRSTUVWXYZ", "abcdefghijkmnopqrstuvwxyz", "23456789", "!@#%&*+=?"};
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < length; i++) {
            String pick = classes[i % classes.length];
            password.append(pick.charAt(RANDOM.nextInt(pick.length())));
        }
        List<Character> chars = new ArrayList<>();
        password.chars().forEach(c -> chars.add((char) c));
        java.util.Collections.shuffle(chars, RANDOM);
        StringBuilder shuffled = new StringBuilder();
        chars.forEach(shuffled::append);
        return shuffled.toString();
    }
}

package org.zhiban.identity.admin;

import java.time.Clock;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.zhiban.shared.AdminOperations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhiban.identity.Administrators;
import org.zhiban.identity.Role;
import org.zhiban.identity.ZhibanUser;
import org.zhiban.identity.login.LoginLog;
import org.zhiban.identity.login.LoginThrottle;
import org.zhiban.shared.Refusal;

/**
 * 账号解锁 (安全管理员): the locked accounts — only names that are accounts; a locked unknown name is nobody's
 * business — and lifting a lock before it runs out, recorded in the login log and the administrative log.
 */
@Service
public class AccountUnlocking {

    private final LoginThrottle throttle;
    private final LoginLog loginLog;
    private final IdentityService identityService;
    private final AdminOperations adminLog;
    private final Clock clock;

    AccountUnlocking(LoginThrottle throttle, LoginLog loginLog, IdentityService identityService,
                     AdminOperations adminLog, Clock clock) {
        this.throttle = throttle;
        this.loginLog = loginLog;
        this.identityService = identityService;
        this.adminLog = adminLog;
        this.clock = clock;
    }

    public List<LoginThrottle.Lock> lockedAccounts() {
        return throttle.locked(clock.instant()).stream()
                .filter(l -> identityService.createUserQuery().userId(l.loginName()).count() > 0).toList();
    }

    @Transactional
    public void unlock(ZhibanUser admin, String userId) {
        Administrators.requireOnOther(admin, Role.SECADMIN, userId);
        if (identityService.createUserQuery().userId(userId).count() == 0) {
            throw Refusal.notFound("admin.user.notFound", "用户不存在 / no such user: " + userId, userId);
        }
        boolean wasLocked = throttle.unlock(userId, clock.instant());
        // a lock left by Camunda's own throttling, from before it was switched off, goes too
        identityService.unlockUser(userId);
        loginLog.record(userId, LoginLog.Outcome.UNLOCKED, null, LoginLog.Channel.ADMIN, clock.instant());
        adminLog.record(admin.id(), Role.SECADMIN.groupId(), "account.unlock", userId,
                "解锁账号 " + userId + (wasLocked ? "" : "（当时未锁定）"));
    }
}

package org.zhiban.identity.admin;

import java.time.Clock;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhiban.identity.Role;
import org.zhiban.identity.ZhibanUser;
import org.zhiban.identity.login.LoginLog;
import org.zhiban.identity.login.LoginThrottle;
import org.zhiban.shared.AdminOperation;
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
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountUnlocking(LoginThrottle throttle, LoginLog loginLog, IdentityService identityService,
                     ApplicationEventPublisher events, Clock clock) {
        this.throttle = throttle;
        this.loginLog = loginLog;
        this.identityService = identityService;
        this.events = events;
        this.clock = clock;
    }

    public List<LoginThrottle.Lock> lockedAccounts() {
        return throttle.locked(clock.instant()).stream()
                .filter(l -> identityService.createUserQuery().userId(l.loginName()).count() > 0).toList();
    }

    @Transactional
    public void unlock(ZhibanUser admin, String userId) {
        if (!admin.has(Role.SECADMIN) || admin.id().equals(userId)) {
            throw Refusal.forbidden("security.unlockForbidden", "只有安全管理员可以为他人解锁 / security administrator, for others only");
        }
        if (identityService.createUserQuery().userId(userId).count() == 0) {
            throw Refusal.notFound("admin.user.notFound", "用户不存在 / no such user: " + userId, userId);
        }
        boolean wasLocked = throttle.unlock(userId, clock.instant());
        // a lock left by Camunda's own throttling, from before it was switched off, goes too
        identityService.unlockUser(userId);
        loginLog.record(userId, LoginLog.Outcome.UNLOCKED, null, LoginLog.Channel.ADMIN, clock.instant());
        events.publishEvent(AdminOperation.by(admin.id(), Role.SECADMIN.groupId(), "account.unlock", userId,
                "解锁账号 " + userId + (wasLocked ? "" : "（当时未锁定）"), clock.instant()));
    }
}

package org.zhiban.identity.login;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.zhiban.identity.SecurityPolicies;
import org.zhiban.identity.SecurityProperties;

/**
 * 登录失败处理: slows down and then locks, but never for good. Per login name (known or not — an unknown name is
 * treated exactly like a known one) failures wait longer each time and lock the name for the policy's duration
 * after the policy's number; per client address, failures beyond a free allowance wait longer each time, so one
 * machine cannot try many names quickly. An attempt during a wait or a lock is refused without looking at the
 * password and does not count.
 */
@Service
public class LoginThrottle {

    public enum Verdict { ALLOWED, ACCOUNT_LOCKED, ACCOUNT_WAIT, ADDRESS_WAIT }

    /** A locked login name, as the 安全管理员 sees it. */
    public record Lock(String loginName, int failures, Instant lastFailureAt, Instant lockedUntil) {}

    private record Failures(int count, Instant last) {}

    /** Bound on remembered addresses; beyond it the ones whose failures have decayed are forgotten. */
    private static final int MAX_ADDRESSES = 100_000;

    private final JdbcTemplate jdbc;
    private final SecurityPolicies policies;
    private final Map<String, Failures> addresses = new ConcurrentHashMap<>();

    LoginThrottle(JdbcTemplate jdbc, SecurityPolicies policies) {
        this.jdbc = jdbc;
        this.policies = policies;
    }

    public Verdict before(String loginName, String address, Instant now) {
        Failures byAddress = address == null ? null : addresses.get(address);
        if (byAddress != null && now.isBefore(byAddress.last().plus(addressDelay(byAddress.count())))) {
            return Verdict.ADDRESS_WAIT;
        }
        Lock row = row(loginName);
        if (row == null || decayed(row, now)) {
            return Verdict.ALLOWED;
        }
        if (row.lockedUntil() != null) {
            return Verdict.ACCOUNT_LOCKED;
        }
        return now.isBefore(row.lastFailureAt().plus(accountDelay(row.failures())))
                ? Verdict.ACCOUNT_WAIT : Verdict.ALLOWED;
    }

    /** Counts a wrong password. @return true when this failure locked the name */
    public boolean failed(String loginName, String address, Instant now) {
        if (address != null) {
            forgetDecayedAddresses(now);
            addresses.merge(address, new Failures(1, now), (old, one) -> old.last().plus(window()).isBefore(now)
                    ? one : new Failures(old.count() + 1, now));
        }
        Lock row = row(loginName);
        int failures = row == null || decayed(row, now) ? 1 : row.failures() + 1;
        Instant lockedUntil = failures >= policies.current().lockoutMaxAttempts()
                ? now.plus(Duration.ofMinutes(policies.current().lockoutMinutes())) : null;
        Object[] values = {failures, Timestamp.from(now), lockedUntil == null ? null : Timestamp.from(lockedUntil),
                loginName};
        String update = "update login_throttle set failures = ?, last_failure_at = ?, locked_until = ? where login_name = ?";
        if (jdbc.update(update, values) == 0) {
            try {
                jdbc.update("insert into login_throttle (failures, last_failure_at, locked_until, login_name) "
                        + "values (?, ?, ?, ?)", values);
            } catch (DuplicateKeyException concurrent) {
                jdbc.update(update, values);
            }
        }
        return lockedUntil != null;
    }

    public void succeeded(String loginName) {
        jdbc.update("delete from login_throttle where login_name = ?", loginName);
    }

    /** Lifts a lock (安全管理员). @return whether there was one */
    public boolean unlock(String loginName, Instant now) {
        Lock row = row(loginName);
        jdbc.update("delete from login_throttle where login_name = ?", loginName);
        return row != null && row.lockedUntil() != null && now.isBefore(row.lockedUntil());
    }

    public List<Lock> locked(Instant now) {
        return jdbc.query("select login_name, failures, last_failure_at, locked_until from login_throttle "
                + "where locked_until > ? order by locked_until desc", (rs, i) -> lock(rs), Timestamp.from(now));
    }

    /** A lock that has run out, or failures older than the lock duration, start afresh. */
    private boolean decayed(Lock row, Instant now) {
        if (row.lockedUntil() != null) {
            return !now.isBefore(row.lockedUntil());
        }
        return row.lastFailureAt().plus(window()).isBefore(now);
    }

    private Duration window() {
        return Duration.ofMinutes(policies.current().lockoutMinutes());
    }

    /** After the second failure the base wait, doubling with each further one. */
    Duration accountDelay(int failures) {
        Duration base = policies.properties().lockout().delayBase();
        return failures < 2 ? Duration.ZERO : capped(base.multipliedBy(1L << Math.min(20, failures - 2)));
    }

    Duration addressDelay(int failures) {
        int free = policies.properties().lockout().addressFreeFailures();
        return failures <= free ? Duration.ZERO : capped(Duration.ofSeconds(1L << Math.min(20, failures - free - 1)));
    }

    private Duration capped(Duration delay) {
        Duration max = policies.properties().lockout().maxDelay();
        return delay.compareTo(max) > 0 ? max : delay;
    }

    private void forgetDecayedAddresses(Instant now) {
        if (addresses.size() > MAX_ADDRESSES) {
            addresses.entrySet().removeIf(e -> e.getValue().last().plus(window()).isBefore(now));
        }
    }

    private Lock row(String loginName) {
        return jdbc.query("select login_name, failures, last_failure_at, locked_until from login_throttle "
                + "where login_name = ?", (rs, i) -> lock(rs), loginName).stream().findFirst().orElse(null);
    }

    private static Lock lock(java.sql.ResultSet rs) throws java.sql.SQLException {
        Timestamp locked = rs.getTimestamp(4);
        return new Lock(rs.getString(1), rs.getInt(2), rs.getTimestamp(3).toInstant(),
                locked == null ? null : locked.toInstant());
    }
}

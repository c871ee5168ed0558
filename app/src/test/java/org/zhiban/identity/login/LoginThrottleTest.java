package org.zhiban.identity.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.zhiban.identity.SecurityPolicies;
import org.zhiban.identity.SecurityProperties;
import org.zhiban.identity.login.LoginThrottle.Verdict;

/** The waits and the lock, with time passed in: per name, per address, and never for good. */
class LoginThrottleTest {

    static final Instant T0 = Instant.parse("2026-12-02T01:00:00Z");

    LoginThrottle throttle;

    @BeforeEach
    void a_fresh_store_with_the_default_policy() {
        var jdbc = new JdbcTemplate(new DriverManagerDataSource("jdbc:h2:mem:throttle" + System.nanoTime() + ";DB_CLOSE_DELAY=-1"));
        jdbc.execute("create table login_throttle (login_name varchar(64) primary key, failures integer not null, "
                + "last_failure_at timestamp with time zone not null, locked_until timestamp with time zone)");
        jdbc.execute("create table security_setting (name varchar(64) primary key, val varchar(200) not null, "
                + "changed_by varchar(64) not null, changed_at timestamp with time zone not null)");
        var properties = new SecurityProperties(new SecurityProperties.Lockout(5, Duration.ofMinutes(15), 10,
                Duration.ofSeconds(1), Duration.ofSeconds(60)), new SecurityProperties.Password(10, 3, 5, Duration.ofDays(90)),
                new SecurityProperties.Session(Duration.ofMinutes(30)), new SecurityProperties.SecondFactor(false, "政务智办"));
        throttle = new LoginThrottle(jdbc, new SecurityPolicies(properties, jdbc, null, Clock.systemUTC()) /* the policy is never changed here */);
    }

    @Test
    void failures_of_one_name_wait_longer_each_time_then_lock_for_the_policys_duration_and_no_longer() {
        Instant t = T0;
        assertThat(throttle.failed("zhangsan", "10.0.0.1", t)).isFalse();
        assertThat(throttle.before("zhangsan", "10.0.0.2", t)).as("one failure: no wait").isEqualTo(Verdict.ALLOWED);
        throttle.failed("zhangsan", "10.0.0.1", t);
        assertThat(throttle.before("zhangsan", "10.0.0.2", t.plusMillis(500))).isEqualTo(Verdict.ACCOUNT_WAIT);
        assertThat(throttle.before("zhangsan", "10.0.0.2", t.plusSeconds(1))).isEqualTo(Verdict.ALLOWED);
        throttle.failed("zhangsan", "10.0.0.1", t = t.plusSeconds(1));
        assertThat(throttle.before("zhangsan", "10.0.0.2", t.plusMillis(1500))).as("doubled").isEqualTo(Verdict.ACCOUNT_WAIT);
        throttle.failed("zhangsan", "10.0.0.1", t = t.plusSeconds(2));
        assertThat(throttle.failed("zhangsan", "10.0.0.1", t = t.plusSeconds(4))).as("the fifth locks").isTrue();

        assertThat(throttle.before("zhangsan", "10.0.0.3", t.plusSeconds(14 * 60))).isEqualTo(Verdict.ACCOUNT_LOCKED);
        assertThat(throttle.locked(t.plusSeconds(60))).extracting(LoginThrottle.Lock::loginName).containsExactly("zhangsan");
        assertThat(throttle.before("zhangsan", "10.0.0.3", t.plusSeconds(15 * 60))).as("the lock ends").isEqualTo(Verdict.ALLOWED);
        assertThat(throttle.failed("zhangsan", "10.0.0.3", t.plusSeconds(15 * 60))).as("and counting starts afresh").isFalse();
    }

    @Test
    void an_unknown_name_is_throttled_exactly_like_a_known_one() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("no-such-user", "10.0.0.1", T0.plusSeconds(i * 10L));
        }
        assertThat(throttle.before("no-such-user", "10.0.0.9", T0.plusSeconds(60))).isEqualTo(Verdict.ACCOUNT_LOCKED);
    }

    @Test
    void one_address_trying_many_names_is_slowed_down_after_its_free_failures() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("name" + i, "10.6.6.6", T0);
        }
        assertThat(throttle.before("fresh", "10.6.6.6", T0)).as("ten are free").isEqualTo(Verdict.ALLOWED);
        throttle.failed("name10", "10.6.6.6", T0);
        assertThat(throttle.before("fresh", "10.6.6.6", T0.plusMillis(500))).isEqualTo(Verdict.ADDRESS_WAIT);
        assertThat(throttle.before("fresh", "10.7.7.7", T0.plusMillis(500))).as("other addresses unaffected").isEqualTo(Verdict.ALLOWED);
        assertThat(throttle.accountDelay(30)).as("capped").isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void a_success_forgets_the_failures_and_an_unlock_lifts_the_lock() {
        throttle.failed("lisi", null, T0);
        throttle.succeeded("lisi");
        assertThat(throttle.before("lisi", null, T0)).isEqualTo(Verdict.ALLOWED);
        for (int i = 0; i < 5; i++) {
            throttle.failed("lisi", null, T0.plusSeconds(i * 10L));
        }
        assertThat(throttle.unlock("lisi", T0.plusSeconds(60))).isTrue();
        assertThat(throttle.before("lisi", null, T0.plusSeconds(60))).isEqualTo(Verdict.ALLOWED);
    }
}

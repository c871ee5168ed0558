package org.zhiban.identity.login;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * 登录日志: every login through the form, every refused attempt (form or HTTP Basic), every lock and every second
 * factor, with the client address. Successful HTTP Basic and token requests are not logged one by one (an OA system
 * polls many times a second); a token's last use is kept on the token.
 */
@Service
public class LoginLog {

    public enum Outcome {
        /** 登录成功 */ SUCCESS,
        /** 密码错误或用户不存在 */ FAILURE,
        /** 本次失败导致锁定 */ LOCKED,
        /** 锁定期内尝试 */ REFUSED_LOCKED,
        /** 尝试过快被拒 */ THROTTLED,
        /** 账号已停用或不可用密码登录 */ REFUSED_DISABLED,
        /** 第二因素错误 */ SECOND_FACTOR_FAILURE,
        /** 已解锁 */ UNLOCKED,
        /** 退出 */ LOGOUT
    }

    public enum Channel { FORM, BASIC, TOTP, ADMIN }

    public record Event(long id, Instant at, String loginName, Outcome outcome, String address, Channel channel) {}

    private final JdbcTemplate jdbc;

    LoginLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String loginName, Outcome outcome, String address, Channel channel, Instant at) {
        jdbc.update("insert into login_event (at, login_name, outcome, address, channel) values (?, ?, ?, ?, ?)",
                Timestamp.from(at), truncate(loginName, 64), outcome.name(), truncate(address, 64), channel.name());
    }

    /** The newest first, optionally of one login name and of one outcome. */
    public List<Event> recent(String loginName, Outcome outcome, int limit) {
        StringBuilder sql = new StringBuilder("select id, at, login_name, outcome, address, channel from login_event where 1 = 1");
        List<Object> args = new java.util.ArrayList<>();
        if (loginName != null && !loginName.isBlank()) {
            sql.append(" and login_name = ?");
            args.add(loginName.strip());
        }
        if (outcome != null) {
            sql.append(" and outcome = ?");
            args.add(outcome.name());
        }
        sql.append(" order by id desc fetch first ").append(Math.max(1, Math.min(limit, 1000))).append(" rows only");
        return jdbc.query(sql.toString(), (rs, i) -> new Event(rs.getLong(1), rs.getTimestamp(2).toInstant(),
                rs.getString(3), Outcome.valueOf(rs.getString(4)), rs.getString(5), Channel.valueOf(rs.getString(6))),
                args.toArray());
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}

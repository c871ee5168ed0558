package org.zhiban.identity.login;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.codec.binary.Base32;
import org.zhiban.shared.AdminOperations;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhiban.identity.AccountStates;
import org.zhiban.identity.Administrators;
import org.zhiban.identity.Role;
import org.zhiban.identity.SecurityPolicies;
import org.zhiban.identity.ZhibanUser;
import org.zhiban.shared.Refusal;
import org.zhiban.integrations.storage.Sha256;

/**
 * 双因素认证 (TOTP, RFC 6238): who needs it (the three administrators; everyone when the policy says so; never a
 * demo account of the default profile), enrolment with a QR code and ten recovery codes, and the check at login.
 */
@Service
public class SecondFactors {

    public record Enrolment(String secret, String otpauthUri) {}

    static final int RECOVERY_CODES = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final SecurityPolicies policies;
    private final AdminOperations adminLog;
    private final Clock clock;

    SecondFactors(JdbcTemplate jdbc, SecurityPolicies policies, AdminOperations adminLog, Clock clock) {
        this.jdbc = jdbc;
        this.policies = policies;
        this.adminLog = adminLog;
        this.clock = clock;
    }

    public boolean required(ZhibanUser user, AccountStates.AccountState state) {
        if (state.kind() != AccountStates.Kind.PERSON) {
            return false;
        }
        return policies.current().secondFactorForEveryone() || user.roles().stream().anyMatch(Role.ADMINISTRATORS::contains);
    }

    public boolean enrolled(String userId) {
        return !jdbc.queryForList("select 1 from second_factor where user_id = ? and confirmed_at is not null",
                userId).isEmpty();
    }

    /** A new secret for the user's authenticator, not yet in force until {@link #confirm} proves the app has it. */
    @Transactional
    public Enrolment startEnrolment(ZhibanUser user) {
        if (enrolled(user.id())) {
            throw Refusal.conflict("totp.alreadyEnrolled", "已绑定身份验证器 / already enrolled");
        }
        byte[] secret = new byte[20];
        RANDOM.nextBytes(secret);
        String base32 = new Base32().encodeToString(secret).replace("=", "");
        jdbc.update("delete from second_factor where user_id = ?", user.id());
        jdbc.update("insert into second_factor (user_id, secret, last_step) values (?, ?, 0)", user.id(), base32);
        String issuer = policies.properties().secondFactor().issuer();
        String label = java.net.URLEncoder.encode(issuer + ":" + user.id(), StandardCharsets.UTF_8).replace("+", "%20");
        String uri = "otpauth://totp/" + label + "?secret=" + base32 + "&issuer="
                + java.net.URLEncoder.encode(issuer, StandardCharsets.UTF_8).replace("+", "%20")
                + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
        return new Enrolment(base32, uri);
    }

    /** Puts the enrolment in force when the code matches. @return the recovery codes, shown this once */
    @Transactional
    public List<String> confirm(String userId, String code) {
        String secret = jdbc.queryForList("select secret from second_factor where user_id = ? and confirmed_at is null",
                String.class, userId).stream().findFirst()
                .orElseThrow(() -> Refusal.invalid("totp.noEnrolment", "请先开始绑定 / start the enrolment first"));
        long step = Totp.matchingStep(decode(secret), code, clock.instant(), 0);
        if (step < 0) {
            throw Refusal.invalid("totp.wrongCode", "动态验证码不正确 / wrong code");
        }
        jdbc.update("update second_factor set confirmed_at = ?, last_step = ? where user_id = ?",
                Timestamp.from(clock.instant()), step, userId);
        return newRecoveryCodes(userId);
    }

    /** A TOTP code (each good once) or an unused recovery code. */
    @Transactional
    public boolean verify(String userId, String code) {
        if (code == null) {
            return false;
        }
        var rows = jdbc.queryForList("select secret, last_step from second_factor where user_id = ? "
                + "and confirmed_at is not null", userId);
        if (rows.isEmpty()) {
            return false;
        }
        String secret = (String) rows.get(0).get("secret");
        long lastStep = ((Number) rows.get(0).get("last_step")).longValue();
        long step = Totp.matchingStep(decode(secret), code, clock.instant(), lastStep);
        if (step >= 0) {
            // the step is claimed in the update itself, so a code raced in twice is good once
            return jdbc.update("update second_factor set last_step = ? where user_id = ? and last_step < ?",
                    step, userId, step) == 1;
        }
        String normalized = code.strip().toUpperCase(Locale.ROOT).replace("-", "");
        return jdbc.update("update recovery_code set used_at = ? where user_id = ? and code_hash = ? and used_at is null",
                Timestamp.from(clock.instant()), userId, Sha256.hex(normalized.getBytes(StandardCharsets.UTF_8))) == 1;
    }

    /** 解绑 by the 安全管理员 (a lost phone): the user enrols again at the next login. */
    @Transactional
    public void reset(ZhibanUser admin, String userId) {
        Administrators.requireOnOther(admin, Role.SECADMIN, userId);
        jdbc.update("delete from second_factor where user_id = ?", userId);
        jdbc.update("delete from recovery_code where user_id = ?", userId);
        adminLog.record(admin.id(), Role.SECADMIN.groupId(), "totp.reset", userId,
                "解除 " + userId + " 的身份验证器绑定");
    }

    public int unusedRecoveryCodes(String userId) {
        return jdbc.queryForObject("select count(*) from recovery_code where user_id = ? and used_at is null",
                Integer.class, userId);
    }

    private List<String> newRecoveryCodes(String userId) {
        jdbc.update("delete from recovery_code where user_id = ?", userId);
        List<String> codes = new ArrayList<>();
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        for (int i = 0; i < RECOVERY_CODES; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < 10; c++) {
                code.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
            }
            jdbc.update("insert into recovery_code (user_id, code_hash) values (?, ?)", userId,
                    Sha256.hex(code.toString().getBytes(StandardCharsets.UTF_8)));
            codes.add(code.substring(0, 5) + "-" + code.substring(5));
        }
        return codes;
    }

    private static byte[] decode(String base32) {
        return new Base32().decode(base32);
    }
}

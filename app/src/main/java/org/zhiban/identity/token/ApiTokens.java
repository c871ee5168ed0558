package org.zhiban.identity.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.zhiban.shared.AdminOperations;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhiban.identity.Directory;
import org.zhiban.identity.Administrators;
import org.zhiban.identity.Role;
import org.zhiban.identity.ZhibanUser;
import org.zhiban.integrations.storage.Sha256;
import org.zhiban.shared.Refusal;

/**
 * API 令牌 of service accounts: {@code zbt_<id>_<secret>}, shown once; only the secret's SHA-256 is kept. Checking
 * one is a primary-key read and a hash — no bcrypt per request, so an OA system polling the inbox costs little.
 * Scope {@code read} allows safe requests (GET, HEAD), {@code act} also those that change something.
 */
@Service
public class ApiTokens {

    public static final String READ = "read";
    public static final String ACT = "act";
    static final Set<String> SCOPES = Set.of(READ, ACT);
    static final String PREFIX = "zbt_";
    /** The longest a token may live; a longer wish is refused, not cut short silently. */
    static final Duration MAX_LIFETIME = Duration.ofDays(366);
    /** A token's last use is written at most this often, so that polling does not write on every request. */
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);
    /** How long an account's directory entry (department, roles) is reused between requests. */
    private static final Duration PRINCIPAL_CACHE = Duration.ofSeconds(30);
    private static final SecureRandom RANDOM = new SecureRandom();

    public record IssuedToken(String id, String token) {}

    public record TokenView(String id, String accountId, Set<String> scopes, Instant createdAt, String createdBy,
                            Instant expiresAt, Instant lastUsedAt, Instant revokedAt, String revokedBy) {}

    /** A verified token: who it acts as, and what it may do. */
    public record Verified(String tokenId, ZhibanUser account, Set<String> scopes) {}

    private record CachedPrincipal(ZhibanUser user, Instant until) {}

    /** A token's row with its account's state, as one check reads it. */
    private record StoredToken(String accountId, String secretHash, String scopes, Instant expiresAt, Instant revokedAt,
                               Instant lastUsedAt, boolean accountDisabled) {}

    private final JdbcTemplate jdbc;
    private final ServiceAccounts serviceAccounts;
    private final Directory directory;
    private final AdminOperations adminLog;
    private final Clock clock;
    private final Map<String, CachedPrincipal> principals = new ConcurrentHashMap<>();

    ApiTokens(JdbcTemplate jdbc, ServiceAccounts serviceAccounts, Directory directory, AdminOperations adminLog,
              Clock clock) {
        this.jdbc = jdbc;
        this.serviceAccounts = serviceAccounts;
        this.directory = directory;
        this.adminLog = adminLog;
        this.clock = clock;
    }

    @Transactional
    public IssuedToken issue(ZhibanUser admin, String accountId, Set<String> scopes, Instant expiresAt) {
        Administrators.require(admin, Role.SYSADMIN);
        serviceAccounts.requireServiceAccount(accountId);
        Instant now = clock.instant();
        if (scopes == null || scopes.isEmpty() || !SCOPES.containsAll(scopes)) {
            throw Refusal.invalid("token.scopes", "权限范围只能是 read、act / scopes must be read and/or act");
        }
        if (expiresAt == null || !expiresAt.isAfter(now) || expiresAt.isAfter(now.plus(MAX_LIFETIME))) {
            throw Refusal.invalid("token.expiresAt", "有效期须在今后一年之内 / expiresAt must lie within the next year");
        }
        String id = UUID.randomUUID().toString();
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String secretText = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        String scopeList = String.join(",", new TreeSet<>(scopes));
        jdbc.update("insert into api_token (id, account_id, secret_hash, scopes, expires_at, created_at, created_by) "
                + "values (?, ?, ?, ?, ?, ?, ?)", id, accountId, Sha256.hex(secretText), scopeList,
                Timestamp.from(expiresAt), Timestamp.from(now), admin.id());
        adminLog.record(admin.id(), Role.SYSADMIN.groupId(), "token.issue", accountId + "/" + id,
                "为服务账号 " + accountId + " 签发令牌（" + scopeList + "，有效至 " + expiresAt + "）");
        return new IssuedToken(id, PREFIX + id + "_" + secretText);
    }

    @Transactional
    public void revoke(ZhibanUser admin, String accountId, String tokenId) {
        Administrators.require(admin, Role.SYSADMIN);
        int revoked = jdbc.update("update api_token set revoked_at = ?, revoked_by = ? where id = ? and account_id = ? "
                + "and revoked_at is null", Timestamp.from(clock.instant()), admin.id(), tokenId, accountId);
        if (revoked == 0 && tokens(accountId).stream().noneMatch(t -> t.id().equals(tokenId))) {
            throw Refusal.notFound("token.notFound", "令牌不存在 / no such token: " + tokenId, tokenId);
        }
        if (revoked > 0) {
            adminLog.record(admin.id(), Role.SYSADMIN.groupId(), "token.revoke",
                    accountId + "/" + tokenId, "吊销服务账号 " + accountId + " 的令牌");
        }
    }

    public List<TokenView> tokens(String accountId) {
        return jdbc.query("select id, account_id, scopes, created_at, created_by, expires_at, last_used_at, revoked_at, "
                + "revoked_by from api_token where account_id = ? order by created_at desc", (rs, i) -> new TokenView(
                rs.getString(1), rs.getString(2), Set.of(rs.getString(3).split(",")), instant(rs.getTimestamp(4)),
                rs.getString(5), instant(rs.getTimestamp(6)), instant(rs.getTimestamp(7)), instant(rs.getTimestamp(8)),
                rs.getString(9)), accountId);
    }

    /** The token's account and scopes, when the token is genuine, unexpired, unrevoked and its account enabled. */
    public Optional<Verified> verify(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 200) {
            return Optional.empty();
        }
        int split = token.indexOf('_', PREFIX.length());
        if (split < 0) {
            return Optional.empty();
        }
        String id = token.substring(PREFIX.length(), split);
        String secret = token.substring(split + 1);
        Instant now = clock.instant();
        StoredToken stored = jdbc.query("select t.account_id, t.secret_hash, t.scopes, t.expires_at, t.revoked_at, "
                + "t.last_used_at, s.disabled from api_token t left join account_state s on s.user_id = t.account_id "
                + "where t.id = ?", (rs, i) -> new StoredToken(rs.getString(1), rs.getString(2), rs.getString(3),
                instant(rs.getTimestamp(4)), instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6)), rs.getBoolean(7)),
                id).stream().findFirst().orElse(null);
        if (stored == null || !MessageDigest.isEqual(Sha256.hex(secret).getBytes(StandardCharsets.US_ASCII),
                stored.secretHash().getBytes(StandardCharsets.US_ASCII))
                || stored.revokedAt() != null || stored.accountDisabled() || !stored.expiresAt().isAfter(now)) {
            return Optional.empty();
        }
        if (stored.lastUsedAt() == null || stored.lastUsedAt().plus(LAST_USED_PRECISION).isBefore(now)) {
            jdbc.update("update api_token set last_used_at = ? where id = ?", Timestamp.from(now), id);
        }
        ZhibanUser account = principal(stored.accountId(), now);
        return account == null ? Optional.empty()
                : Optional.of(new Verified(id, account, Set.of(stored.scopes().split(","))));
    }

    /** Forgets cached directory entries, e.g. after an account's roles changed. */
    public void forget(String accountId) {
        principals.remove(accountId);
    }

    private ZhibanUser principal(String accountId, Instant now) {
        CachedPrincipal cached = principals.get(accountId);
        if (cached != null && cached.until().isAfter(now)) {
            return cached.user();
        }
        ZhibanUser user = directory.find(accountId).orElse(null);
        if (user != null) {
            principals.put(accountId, new CachedPrincipal(user, now.plus(PRINCIPAL_CACHE)));
        }
        return user;
    }

    private static Instant instant(Timestamp value) {
        return value == null ? null : value.toInstant();
    }
}

package org.zhiban.ledger.fabric;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fabric 连接配置: where the Fabric peer is and who the application is on it.
 *
 * @param peerEndpoint      host:port of a peer that runs the Gateway service, e.g. {@code localhost:7051}
 * @param overrideAuthority the host name in the peer's TLS certificate when it differs from the endpoint's host; may be null
 * @param tlsCaCertificate  PEM file of the CA that signed the peer's TLS certificate; null for plaintext (tests only)
 * @param mspId             the application's organisation, e.g. {@code ZhibanMSP}
 * @param certificate       PEM X.509 certificate of the application's identity
 * @param privateKey        PEM private key of that identity, or the MSP {@code keystore} directory holding it alone
 * @param channel           the channel the review-log chaincode is deployed on
 * @param chaincode         the chaincode's name on that channel
 * @param timeouts          deadlines of the Gateway calls
 */
public record FabricSettings(String peerEndpoint, String overrideAuthority, Path tlsCaCertificate, String mspId,
                             Path certificate, Path privateKey, String channel, String chaincode, Timeouts timeouts) {

    /** Prefix of the application properties read by {@link #fromProperties(Function)}. */
    public static final String PREFIX = "zhiban.ledger.fabric.";
    public static final String DEFAULT_CHANNEL = "zhiban";
    public static final String DEFAULT_CHAINCODE = "reviewlog";
    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)(ms|s|m)");

    public FabricSettings {
        requireText(peerEndpoint, "peer-endpoint");
        requireText(mspId, "msp-id");
        Objects.requireNonNull(certificate, PREFIX + "cert must be set");
        Objects.requireNonNull(privateKey, PREFIX + "key must be set");
        requireText(channel, "channel");
        requireText(chaincode, "chaincode");
        Objects.requireNonNull(timeouts, "timeouts");
    }

    /**
     * Deadlines of the four Gateway calls. Endorsement runs the chaincode and commit status waits for a block, so
     * they get longer deadlines than a query.
     */
    public record Timeouts(Duration evaluate, Duration endorse, Duration submit, Duration commitStatus) {
        public static final Timeouts DEFAULTS =
                new Timeouts(Duration.ofSeconds(5), Duration.ofSeconds(15), Duration.ofSeconds(5), Duration.ofMinutes(1));
    }

    /**
     * Reads {@code zhiban.ledger.fabric.*}: {@code peer-endpoint}, {@code override-authority}, {@code tls-ca-cert},
     * {@code msp-id}, {@code cert}, {@code key}, {@code channel}, {@code chaincode} and the timeouts
     * {@code evaluate-timeout}, {@code endorse-timeout}, {@code submit-timeout}, {@code commit-status-timeout}
     * (as {@code 5s}, {@code 500ms}, {@code 1m} or ISO-8601 {@code PT5S}).
     *
     * @param property the value of a full property name, or null when it is not set (e.g. Spring's
     *                 {@code Environment::getProperty})
     */
    public static FabricSettings fromProperties(Function<String, String> property) {
        Function<String, String> value = name -> blankToNull(property.apply(PREFIX + name));
        Timeouts defaults = Timeouts.DEFAULTS;
        Timeouts timeouts = new Timeouts(
                durationOr(value.apply("evaluate-timeout"), defaults.evaluate()),
                durationOr(value.apply("endorse-timeout"), defaults.endorse()),
                durationOr(value.apply("submit-timeout"), defaults.submit()),
                durationOr(value.apply("commit-status-timeout"), defaults.commitStatus()));
        return new FabricSettings(
                value.apply("peer-endpoint"),
                value.apply("override-authority"),
                pathOrNull(value.apply("tls-ca-cert")),
                value.apply("msp-id"),
                pathOrNull(value.apply("cert")),
                pathOrNull(value.apply("key")),
                Objects.requireNonNullElse(value.apply("channel"), DEFAULT_CHANNEL),
                Objects.requireNonNullElse(value.apply("chaincode"), DEFAULT_CHAINCODE),
                timeouts);
    }

    static Duration durationOr(String text, Duration fallback) {
        if (text == null) {
            return fallback;
        }
        String trimmed = text.trim().toLowerCase(Locale.ROOT);
        if (trimmed.startsWith("pt")) {
            return Duration.parse(trimmed);
        }
        Matcher matcher = SHORT_DURATION.matcher(trimmed);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Unrecognised duration " + text + "; use 5s, 500ms, 1m or PT5S");
        }
        long amount = Long.parseLong(matcher.group(1));
        return switch (matcher.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            default -> Duration.ofMinutes(amount);
        };
    }

    private static void requireText(String value, String property) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(PREFIX + property + " must be set");
        }
    }

    private static Path pathOrNull(String text) {
        return text == null ? null : Path.of(text);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}

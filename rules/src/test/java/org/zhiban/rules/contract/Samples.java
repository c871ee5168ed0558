package org.zhiban.rules.contract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The sample contracts under {@code contract/samples}: {@code name.txt} (the contract as Tika extracts it),
 * {@code name.expected} (the rule ids it must raise, one a line, {@code #} comments), and optionally
 * {@code name.award} (the 中标/成交通知书) and {@code name.context} (review context: {@code today=},
 * {@code procurement=}, {@code buyer=}, {@code sme=}).
 */
final class Samples {

    /** The day the tests pretend it is. */
    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    static final List<String> NAMES = List.of(
            "goods-01-computers-clean",
            "services-02-property-clean",
            "works-03-school-repair-clean",
            "goods-04-furniture-clean",
            "services-05-it-operations-clean",
            "goods-06-capitals-mismatch",
            "goods-07-deposit-penalty",
            "services-08-arbitration-both",
            "works-09-audit-settlement",
            "goods-10-award-mismatch",
            "services-11-unilateral",
            "goods-12-exemption",
            "services-13-consistency",
            "goods-14-no-institution",
            "services-15-sme-payment",
            "goods-16-line-items",
            "works-17-supplement");

    private Samples() {
    }

    static String text(String name) {
        return read(name + ".txt").orElseThrow(() -> new IllegalArgumentException("no sample " + name));
    }

    static Optional<String> award(String name) {
        return read(name + ".award");
    }

    static Set<String> expected(String name) {
        Set<String> ids = new TreeSet<>();
        read(name + ".expected").orElseThrow().lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).forEach(ids::add);
        return ids;
    }

    static ReviewContext context(String name) {
        ReviewContext context = ReviewContext.on(TODAY);
        Optional<String> file = read(name + ".context");
        if (file.isEmpty()) {
            return context;
        }
        Properties p = new Properties();
        try {
            p.load(new java.io.StringReader(file.get()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        if (p.containsKey("today")) {
            context = new ReviewContext(LocalDate.parse(p.getProperty("today")), context.thresholds(), null, null, null);
        }
        if (p.containsKey("procurement")) {
            context = context.withGovernmentProcurement(Boolean.parseBoolean(p.getProperty("procurement")));
        }
        if (p.containsKey("buyer")) {
            context = context.withBuyer(BuyerKind.valueOf(p.getProperty("buyer")));
        }
        if (p.containsKey("sme")) {
            context = context.withSupplierSme(Boolean.parseBoolean(p.getProperty("sme")));
        }
        return context;
    }

    static Optional<String> read(String file) {
        try (InputStream in = Samples.class.getClassLoader().getResourceAsStream("contract/samples/" + file)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }
}

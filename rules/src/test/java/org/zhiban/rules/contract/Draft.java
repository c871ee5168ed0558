package org.zhiban.rules.contract;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A contract under test: a clean sample with one element spoiled. Every edit insists that the text it changes is
 * there, so a test cannot pass because an edit silently missed.
 */
final class Draft {

    /** 政府采购 of goods by a 机关 from an SME, with its award notice. */
    static final String GOODS = "goods-01-computers-clean";
    /** 政府采购 of services, 一、 headings, a 12-month period. */
    static final String SERVICES = "services-02-property-clean";
    /** 政府采购 of works, 发包人/承包人, progress payments. */
    static final String WORKS = "works-03-school-repair-clean";
    /** A plain sale between two companies: one short line for each 民法典 第四百七十条 clause. */
    static final String PLAIN = "goods-04-furniture-clean";

    private final String text;
    private final String award;
    private final ReviewContext context;

    private Draft(String text, String award, ReviewContext context) {
        this.text = text;
        this.award = award;
        this.context = context;
    }

    static Draft of(String sample) {
        return new Draft(Samples.text(sample), Samples.award(sample).orElse(null), Samples.context(sample));
    }

    static Draft goods() {
        return of(GOODS);
    }

    static Draft services() {
        return of(SERVICES);
    }

    static Draft works() {
        return of(WORKS);
    }

    static Draft plain() {
        return of(PLAIN);
    }

    /** Replaces every occurrence. */
    Draft replace(String from, String to) {
        return new Draft(changed(text, from, to), award, context);
    }

    Draft remove(String from) {
        return replace(from, "");
    }

    /** Adds a clause at the end of the body, before （以下无正文） or the signature block. */
    Draft insertClause(String clause) {
        int at = text.indexOf("（以下无正文）");
        if (at < 0) {
            at = Reviews.PARSER.parse(text).bodyEnd();
        }
        return new Draft(text.substring(0, at) + clause + "\n\n" + text.substring(at), award, context);
    }

    Draft award(String from, String to) {
        return new Draft(text, changed(award, from, to), context);
    }

    Draft withoutAward() {
        return new Draft(text, null, context);
    }

    Draft context(UnaryOperator<ReviewContext> change) {
        return new Draft(text, award, change.apply(context));
    }

    String text() {
        return text;
    }

    List<ContractFinding> review() {
        return Reviews.review(text, Optional.ofNullable(award), context);
    }

    List<String> ruleIds() {
        return review().stream().map(ContractFinding::ruleId).toList();
    }

    private static String changed(String in, String from, String to) {
        if (in == null || !in.contains(from)) {
            throw new IllegalArgumentException("text to change is not there: " + from);
        }
        return in.replace(from, to);
    }
}

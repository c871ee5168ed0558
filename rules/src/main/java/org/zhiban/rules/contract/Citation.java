package org.zhiban.rules.contract;

import java.util.Objects;

/**
 * 依据 — where a rule comes from, in the form the knowledge base files it: the statute key of
 * {@code integrations/src/main/resources/laws/index.tsv} ({@code 民法典}, {@code 政府采购法实施条例}, …) and the
 * article label as statutes print it ({@code 第五百八十六条}), so the app can link the article.
 *
 * @param statute the statute's key, or a standard's designation for sources outside the knowledge base
 * @param article the article label (第X条), or {@code null} when the source has no article numbering
 * @param part    the 款 or 项 within the article (第二款, 第（四）项), or {@code null}
 */
public record Citation(String statute, String article, String part) {

    public Citation {
        Objects.requireNonNull(statute, "statute");
    }

    public static Citation of(String statute, String article) {
        return new Citation(statute, article, null);
    }

    public static Citation of(String statute, String article, String part) {
        return new Citation(statute, article, part);
    }

    /** 《民法典》第五百八十六条第二款 — the form the citation verifier reads. */
    public String text() {
        StringBuilder out = new StringBuilder("《").append(statute).append("》");
        if (article != null) {
            out.append(article);
        }
        if (part != null) {
            out.append(part);
        }
        return out.toString();
    }
}

package org.zhiban.integrations.lawtext;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 施行日期: works out a text's version date and effective date from what the file says, in this order:
 * the catalogue's override; an explicit "施行" header line; the "自…起施行" date in the closing articles
 * when it is not older than the latest amendment (a 修订 restates its own date there); otherwise the latest
 * amendment's date, since an amending 决定 usually takes effect on adoption and leaves the closing article as it was.
 */
final class VersionDates {

    private static final Pattern IN_FORCE_FROM = Pattern.compile("自(\\d{4}年\\d{1,2}月\\d{1,2}日)起施行");
    private static final int CLOSING_ARTICLES = 3;

    private VersionDates() {
    }

    static LocalDate versionDate(CatalogEntry entry, StatuteText text) {
        return entry.versionDate()
                .or(() -> text.header().lastDate())
                .or(() -> closingArticleDate(text.articles()))
                .orElseThrow(() -> new IllegalStateException(entry.path() + ": no date; set versionDate in index.tsv"));
    }

    static LocalDate effectiveFrom(CatalogEntry entry, StatuteText text, LocalDate versionDate) {
        if (entry.effectiveFrom().isPresent()) {
            return entry.effectiveFrom().get();
        }
        Optional<LocalDate> headerLine = text.header().effectiveDateLine();
        if (headerLine.isPresent()) {
            return headerLine.get();
        }
        return closingArticleDate(text.articles())
                .filter(date -> !date.isBefore(versionDate))
                .orElse(versionDate);
    }

    /** The "自2024年1月1日起施行" date of the last articles, which is where statutes state it. */
    static Optional<LocalDate> closingArticleDate(List<Article> articles) {
        for (int i = articles.size() - 1; i >= Math.max(0, articles.size() - CLOSING_ARTICLES); i--) {
            Matcher m = IN_FORCE_FROM.matcher(articles.get(i).text());
            if (m.find()) {
                return Optional.of(HeaderParser.parseDate(m.group(1)));
            }
        }
        return Optional.empty();
    }
}

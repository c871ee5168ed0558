package org.zhiban.contract;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code zhiban.contract.*}.
 *
 * @param reviewDepartments the department of each 会审 part: {@code legal} (法务) and {@code finance} (财务); the
 *                          {@code business} part (业务) is always the contract's own department
 * @param maxPages          the longest contract read, in pages; longer ones are refused before anything is stored
 * @param reportFont        the CJK font (TTF/TTC) the PDF report embeds
 */
@ConfigurationProperties("zhiban.contract")
record ContractProperties(Map<String, String> reviewDepartments, Integer maxPages, String reportFont) {

    ContractProperties {
        reportFont = reportFont == null || reportFont.isBlank()
                ? org.zhiban.contract.report.ContractReportDocuments.DEFAULT_FONT.toString() : reportFont;
        reviewDepartments = reviewDepartments == null ? Map.of("legal", "legal", "finance", "finance")
                : Map.copyOf(reviewDepartments);
        maxPages = maxPages == null ? 300 : maxPages;
    }
}

package org.zhiban.rules.document;

import java.time.LocalDate;

/**
 * What a check knows besides the document: today's date, for "成文日期不得晚于今天". Inserted as a fact so the
 * rules never read the system clock themselves.
 */
public record CheckContext(LocalDate today) {
}

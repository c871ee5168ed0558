package org.zhiban.cases;

import java.time.Instant;

/**
 * 待办筛选条件.
 *
 * @param processKey only tasks of this process; null for all
 * @param dueBefore  only tasks due before this instant; null for all
 * @param text       text contained in the case number or title; null or blank for all
 */
public record TaskFilter(String processKey, Instant dueBefore, String text) {

    public boolean hasText() {
        return text != null && !text.isBlank();
    }
}

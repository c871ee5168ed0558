package org.zhiban.shared.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * How times are shown: in the one configured zone ({@code zhiban.time-zone}, Beijing time by default), to the
 * minute, the way offices write them. The platform sets the zone once at start, from the same setting as the
 * application's {@code Clock}.
 */
public final class Formats {

    private static volatile ZoneId zone = ZoneId.of("Asia/Shanghai");
    private static volatile DateTimeFormatter dateTime = formatter(zone);

    private Formats() {
    }

    public static void useZone(ZoneId configured) {
        zone = configured;
        dateTime = formatter(configured);
    }

    public static ZoneId zone() {
        return zone;
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : dateTime.format(instant);
    }

    /**
     * Compact for grids: {@code 12-02 04:16} within the current year, {@code 2025-12-02} for an earlier or later one
     * (where the year matters more than the minute).
     */
    public static String shortDateTime(Instant instant, java.time.Clock clock) {
        if (instant == null) {
            return "";
        }
        java.time.ZonedDateTime at = instant.atZone(zone);
        boolean thisYear = at.getYear() == java.time.ZonedDateTime.now(clock.withZone(zone)).getYear();
        return DateTimeFormatter.ofPattern(thisYear ? "MM-dd HH:mm" : "yyyy-MM-dd").format(at);
    }

    private static DateTimeFormatter formatter(ZoneId zone) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
    }
}

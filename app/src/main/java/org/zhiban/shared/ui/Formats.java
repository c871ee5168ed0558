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

    private static DateTimeFormatter formatter(ZoneId zone) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
    }
}

package org.zhiban.integrations.lawtext;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 题注解析: reads the history block above {@code <!-- INFO END -->}. A line may hold
 * several dated events (the 广东 files run revisions together on one line: "…第一次修正  1992年11月28日…修订"),
 * so every date in the block starts an entry that runs to the next date.
 */
public final class HeaderParser {

    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");

    private HeaderParser() {
    }

    /** Parses the history lines of one or more header blocks; repeated entries (民法典 books) are kept once. */
    public static List<HistoryEntry> parseHistory(List<String> headerLines) {
        String block = String.join("\n", headerLines);
        Matcher m = DATE.matcher(block);
        List<int[]> spans = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        while (m.find()) {
            LocalDate date = toDate(m);
            if (date != null) {
                dates.add(date);
                spans.add(new int[] {m.start(), m.end()});
            }
        }
        Set<HistoryEntry> entries = new LinkedHashSet<>();
        for (int i = 0; i < dates.size(); i++) {
            int from = spans.get(i)[1];
            int to = i + 1 < spans.size() ? spans.get(i + 1)[0] : block.length();
            entries.add(new HistoryEntry(dates.get(i), cleanEvent(block.substring(from, to))));
        }
        return List.copyOf(entries);
    }

    /** Parses one date written as 2021年1月22日; used for dates in article text as well. */
    public static LocalDate parseDate(String text) {
        Matcher m = DATE.matcher(text);
        if (!m.find()) {
            throw new IllegalArgumentException("no date in: " + text);
        }
        LocalDate date = toDate(m);
        if (date == null) {
            throw new IllegalArgumentException("invalid date: " + text);
        }
        return date;
    }

    private static LocalDate toDate(Matcher m) {
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String cleanEvent(String raw) {
        String event = raw.replace('\n', ' ').replace('\u3000', ' ').strip();
        // the source wraps some lines as "…修订）" or ends with a dangling "根据" before the next date
        event = event.replaceAll("[）)]+$", "").replaceAll("\\s*根据$", "").strip();
        return event.replaceAll("\\s{2,}", " ");
    }
}

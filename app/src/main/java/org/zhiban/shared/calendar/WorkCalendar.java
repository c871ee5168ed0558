package org.zhiban.shared.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * 工作日历: whether a day is a working day in mainland China — statutory holidays off, 调休 makeup days on — and
 * working-day arithmetic for 办理时限. Built on the holiday-cn data under {@code classpath:holiday-cn/} (see its
 * SOURCE.md); a year without data counts Monday–Friday and says so once in the log.
 */
@Component
public class WorkCalendar {

    private static final Logger log = LoggerFactory.getLogger(WorkCalendar.class);
    private static final Set<DayOfWeek> WEEKEND = Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

    private final ObjectMapper json = new ObjectMapper();
    /** Per year: the listed days, true = off (holiday), false = makeup working day. */
    private final Map<Integer, Map<LocalDate, Boolean>> years = new ConcurrentHashMap<>();

    public boolean isWorkingDay(LocalDate day) {
        Boolean off = year(day.getYear()).get(day);
        return off != null ? !off : !WEEKEND.contains(day.getDayOfWeek());
    }

    /**
     * The working day {@code n} working days after {@code start} (n ≥ 1); the start day itself does not count,
     * as in "三个工作日内".
     */
    public LocalDate plusWorkingDays(LocalDate start, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1");
        }
        LocalDate day = start;
        for (int counted = 0; counted < n; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    private Map<LocalDate, Boolean> year(int year) {
        return years.computeIfAbsent(year, this::load);
    }

    private Map<LocalDate, Boolean> load(int year) {
        Map<LocalDate, Boolean> days = new HashMap<>();
        try (InputStream in = WorkCalendar.class.getResourceAsStream("/holiday-cn/" + year + ".json")) {
            if (in != null) {
                for (JsonNode d : json.readTree(in).path("days")) {
                    days.put(LocalDate.parse(d.path("date").asText()), d.path("isOffDay").asBoolean());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read holiday data for " + year, e);
        }
        if (days.isEmpty()) {
            log.warn("{} 年节假日安排缺失，按周一至周五计算工作日 / no holiday data for {}, counting Mon–Fri", year, year);
        }
        return days;
    }
}

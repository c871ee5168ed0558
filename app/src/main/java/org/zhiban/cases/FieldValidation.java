package org.zhiban.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhiban.shared.Refusal;
import org.zhiban.shared.Refusal.FieldProblem;

/**
 * Checks form input against a case type's {@link FieldDescriptor}s and brings each value into its one stored
 * shape (trimmed text, ISO date, {@link BigDecimal} amount, list of options). Every problem of the input is
 * reported at once; nothing is applied unless all of it is valid. Plain Java, so it is tested without Spring.
 */
public final class FieldValidation {

    /** Longest value of a text field that declares no limit of its own. */
    static final int DEFAULT_TEXT_LIMIT = 1000;
    static final int DEFAULT_LONG_TEXT_LIMIT = 200_000;
    private static final Pattern CHINESE_DATE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");

    /** What a PERSON or DEPARTMENT value must name. */
    public interface References {
        boolean userExists(String userId);

        boolean departmentExists(String departmentId);
    }

    private final References references;

    public FieldValidation(References references) {
        this.references = references;
    }

    /**
     * @param activityId the step whose form sent the input, or {@link CaseType#START}
     * @param current    the case's values now (empty for the start form), to decide whether a required field
     *                   left out of the input is still filled
     * @return the normalised input, in the fields' declared order
     * @throws Refusal (INVALID) naming every field at fault
     */
    public Map<String, Object> validate(List<FieldDescriptor> fields, String activityId, Map<String, ?> input,
                                        Map<String, ?> current) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, FieldDescriptor> byKey = new LinkedHashMap<>();
        fields.forEach(f -> byKey.put(f.key(), f));
        for (String key : input.keySet()) {
            FieldDescriptor field = byKey.get(key);
            if (field == null || !field.isEditableIn(activityId)) {
                problems.add(problem(key, "field.notEditable", "此环节不能修改该字段 / not editable here"));
            }
        }
        Map<String, Object> normalised = new LinkedHashMap<>();
        for (FieldDescriptor field : fields) {
            if (!field.isEditableIn(activityId)) {
                continue;
            }
            Object value;
            if (input.containsKey(field.key())) {
                Optional<FieldProblem> problem = check(field, input.get(field.key()));
                if (problem.isPresent()) {
                    problems.add(problem.get());
                    continue;
                }
                value = normalise(field, input.get(field.key()));
                normalised.put(field.key(), value);
            } else {
                value = current.get(field.key());
            }
            if (field.required() && isEmpty(value)) {
                problems.add(problem(field.key(), "field.required", "必填 / required"));
            }
        }
        if (!problems.isEmpty()) {
            throw new Refusal(Refusal.Kind.INVALID, "case.input.invalid",
                    "填写有误：" + problems.stream().map(p -> p.field() + " " + p.message()).toList()
                            + " / invalid input", List.of(problems.size()), problems);
        }
        return normalised;
    }

    private Optional<FieldProblem> check(FieldDescriptor f, Object raw) {
        if (raw == null || (raw instanceof String s && s.isBlank()) || (raw instanceof List<?> l && l.isEmpty())) {
            return Optional.empty();
        }
        String key = f.key();
        return switch (f.kind()) {
            case TEXT, LONG_TEXT -> text(f, raw);
            case SELECT -> raw instanceof String s && f.options().contains(s.strip()) ? Optional.empty()
                    : Optional.of(problem(key, "field.notAnOption", "应为以下之一 " + f.options() + " / must be one of "
                    + f.options(), f.options()));
            case MULTI_SELECT -> raw instanceof List<?> list && list.stream().allMatch(v -> v instanceof String s
                    && f.options().contains(s)) ? Optional.empty()
                    : Optional.of(problem(key, "field.notOptions", "应为以下选项的列表 " + f.options()
                    + " / must be a list of " + f.options(), f.options()));
            case DATE -> date(raw).isPresent() ? Optional.empty()
                    : Optional.of(problem(key, "field.notADate", "应为日期，如 2026-11-24 / must be a date"));
            case NUMBER, MONEY -> number(f, raw);
            case PERSON -> raw instanceof String s && references.userExists(s.strip()) ? Optional.empty()
                    : Optional.of(problem(key, "field.noSuchUser", "没有该人员 / no such user"));
            case DEPARTMENT -> raw instanceof String s && references.departmentExists(s.strip()) ? Optional.empty()
                    : Optional.of(problem(key, "field.noSuchDepartment", "没有该科室 / no such department"));
            case DEPARTMENTS -> raw instanceof List<?> list && list.stream().allMatch(v -> v instanceof String s
                    && references.departmentExists(s.strip())) ? Optional.empty()
                    : Optional.of(problem(key, "field.noSuchDepartment", "没有该科室 / no such department"));
            case FILES -> raw instanceof List<?> list && list.stream().allMatch(v -> v instanceof String s
                    && s.length() <= 64) ? Optional.empty()
                    : Optional.of(problem(key, "field.notFiles", "应为附件编号的列表 / must be a list of attachment ids"));
        };
    }

    private static Optional<FieldProblem> text(FieldDescriptor f, Object raw) {
        if (!(raw instanceof String s)) {
            return Optional.of(problem(f.key(), "field.notText", "应为文本 / must be text"));
        }
        String value = s.strip();
        int limit = f.maxLength() != null ? f.maxLength()
                : f.kind() == FieldKind.LONG_TEXT ? DEFAULT_LONG_TEXT_LIMIT : DEFAULT_TEXT_LIMIT;
        if (value.length() > limit) {
            return Optional.of(problem(f.key(), "field.tooLong", "不能超过 " + limit + " 字 / at most " + limit
                    + " characters", limit));
        }
        if (f.pattern() != null && !value.matches(f.pattern())) {
            return Optional.of(problem(f.key(), "field.pattern", "格式不正确 / wrong format"));
        }
        return Optional.empty();
    }

    private static Optional<FieldProblem> number(FieldDescriptor f, Object raw) {
        Optional<BigDecimal> parsed = decimal(raw);
        if (parsed.isEmpty()) {
            return Optional.of(problem(f.key(), "field.notANumber", "应为数字 / must be a number"));
        }
        BigDecimal n = parsed.get();
        BigDecimal min = f.min() != null ? f.min() : f.kind() == FieldKind.MONEY ? BigDecimal.ZERO : null;
        if (f.kind() == FieldKind.MONEY && n.stripTrailingZeros().scale() > 2) {
            return Optional.of(problem(f.key(), "field.moneyScale", "金额最多到分 / at most two decimals"));
        }
        if ((min != null && n.compareTo(min) < 0) || (f.max() != null && n.compareTo(f.max()) > 0)) {
            return Optional.of(problem(f.key(), "field.outOfRange", "超出范围 " + (min == null ? "" : min) + "–"
                    + (f.max() == null ? "" : f.max()) + " / out of range", min, f.max()));
        }
        return Optional.empty();
    }

    static Object normalise(FieldDescriptor f, Object raw) {
        if (raw == null || (raw instanceof String s && s.isBlank()) || (raw instanceof List<?> l && l.isEmpty())) {
            return null;
        }
        return switch (f.kind()) {
            case TEXT, LONG_TEXT, SELECT, PERSON, DEPARTMENT -> ((String) raw).strip();
            case MULTI_SELECT, FILES, DEPARTMENTS -> List.copyOf(new LinkedHashSet<>((List<?>) raw)).stream()
                    .map(v -> v.toString().strip()).toList();
            case DATE -> date(raw).orElseThrow().toString();
            case NUMBER -> decimal(raw).orElseThrow().stripTrailingZeros();
            case MONEY -> decimal(raw).orElseThrow().setScale(2);
        };
    }

    /** ISO {@code 2026-11-24}, or {@code 2026年11月24日} as officials write it. */
    static Optional<LocalDate> date(Object raw) {
        if (!(raw instanceof String s)) {
            return Optional.empty();
        }
        try {
            Matcher m = CHINESE_DATE.matcher(s.strip());
            return Optional.of(m.matches()
                    ? LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))
                    : LocalDate.parse(s.strip()));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<BigDecimal> decimal(Object raw) {
        try {
            if (raw instanceof Number n) {
                return Optional.of(new BigDecimal(n.toString()));
            }
            return raw instanceof String s ? Optional.of(new BigDecimal(s.strip().replace(",", ""))) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static boolean isEmpty(Object value) {
        return value == null || (value instanceof String s && s.isBlank())
                || (value instanceof java.util.Collection<?> c && c.isEmpty());
    }

    private static FieldProblem problem(String field, String key, String message, Object... args) {
        List<Object> list = new ArrayList<>();
        for (Object a : args) {
            list.add(a == null ? "" : a);
        }
        return new FieldProblem(field, key, list, message);
    }
}

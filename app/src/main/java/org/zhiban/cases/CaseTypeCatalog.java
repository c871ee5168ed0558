package org.zhiban.cases;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/** Describes the case types for {@code GET /api/case-types}: names and labels in the caller's language. */
@Service
class CaseTypeCatalog {

    record FieldDescription(String key, String label, String kind, boolean required, String help, List<String> options,
                            String pattern, Integer maxLength, java.math.BigDecimal min, java.math.BigDecimal max,
                            List<String> editableIn, List<String> shownIn) {}

    record OutcomeDescription(String id, String label, String style, boolean opinionRequired, String action) {}

    record TypeDescription(String id, String name, String numberPrefix, List<String> processKeys,
                           List<FieldDescription> fields, Map<String, List<OutcomeDescription>> outcomes) {}

    private final CaseTypes caseTypes;
    private final MessageSource messages;

    CaseTypeCatalog(CaseTypes caseTypes, MessageSource messages) {
        this.caseTypes = caseTypes;
        this.messages = messages;
    }

    List<TypeDescription> describe() {
        Locale locale = LocaleContextHolder.getLocale();
        return caseTypes.all().stream().map(t -> {
            Map<String, List<OutcomeDescription>> outcomes = new LinkedHashMap<>();
            t.steps().forEach(s -> outcomes.put(s.activityId(), s.outcomes().stream()
                    .map(o -> new OutcomeDescription(o.id(), text(o.labelKey(), locale), o.style().name().toLowerCase(),
                            o.opinionRequired(), o.action().entryName())).toList()));
            List<FieldDescription> fields = t.fields().stream().map(f -> new FieldDescription(f.key(),
                    text(f.labelKey(), locale), f.kind().name().toLowerCase().replace('_', '-'), f.required(),
                    f.helpKey() == null ? null : text(f.helpKey(), locale), f.options(), f.pattern(), f.maxLength(),
                    f.min(), f.max(), f.editableIn().stream().sorted().toList(), f.shownIn().stream().sorted().toList()))
                    .toList();
            return new TypeDescription(t.id(), text(t.nameKey(), locale), t.numberPrefix(), List.of(t.processKey()),
                    fields, outcomes);
        }).toList();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}

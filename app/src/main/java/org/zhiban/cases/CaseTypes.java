package org.zhiban.cases;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * The registry of every {@link CaseType} bean. Declarations are checked once at start, so a case type that
 * repeats a prefix, a field or an outcome fails the application, not an official at work.
 */
@Service
public class CaseTypes {

    private final List<CaseType> types;

    public CaseTypes(List<CaseType> types) {
        this.types = List.copyOf(types);
        check(this.types);
    }

    public List<CaseType> all() {
        return types;
    }

    /** Every process key that carries cases, for the inbox's process filter. */
    public List<String> processKeys() {
        return types.stream().map(CaseType::processKey).distinct().sorted().toList();
    }

    public Optional<CaseType> find(String id) {
        return types.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public CaseType of(CaseFile file) {
        return find(file.caseType()).orElseThrow(() -> new IllegalStateException("no case type " + file.caseType()));
    }

    static void check(List<CaseType> types) {
        Set<String> ids = new HashSet<>();
        Set<String> prefixes = new HashSet<>();
        for (CaseType type : types) {
            require(ids.add(type.id()), "case type id " + type.id() + " declared twice");
            require(prefixes.add(type.numberPrefix()), "case number prefix " + type.numberPrefix() + " used twice");
            require(type.numberPrefix().matches("[A-Z]{2,4}"), "case number prefix must be 2-4 capitals");
            Set<String> keys = new HashSet<>();
            for (FieldDescriptor f : type.fields()) {
                require(keys.add(f.key()), type.id() + ": field " + f.key() + " twice");
                require(!(f.kind() == FieldKind.SELECT || f.kind() == FieldKind.MULTI_SELECT) || !f.options().isEmpty(),
                        type.id() + ": field " + f.key() + " is a " + f.kind() + " without options");
            }
            Set<String> steps = new HashSet<>();
            for (CaseStep step : type.steps()) {
                require(steps.add(step.activityId()), type.id() + ": step " + step.activityId() + " twice");
                Set<String> outcomes = new HashSet<>();
                step.outcomes().forEach(o -> require(outcomes.add(o.id()),
                        type.id() + "/" + step.activityId() + ": outcome " + o.id() + " twice"));
            }
        }
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalStateException(message);
        }
    }
}

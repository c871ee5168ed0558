package org.zhiban.cases;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.zhiban.identity.Role;
import org.zhiban.identity.ZhibanUser;

/**
 * A case's forms and data as one user may see them, derived from its type's field declarations: the owning
 * department (and auditors) see every field, a participating department what the type shares with it. Also
 * applies a task's form input after checking it against the same declarations.
 */
@Service
public class CaseForms {

    private final CaseTypes caseTypes;
    private final CaseAccess caseAccess;
    private final CaseInput caseInput;

    CaseForms(CaseTypes caseTypes, CaseAccess caseAccess, CaseInput caseInput) {
        this.caseTypes = caseTypes;
        this.caseAccess = caseAccess;
        this.caseInput = caseInput;
    }

    /** The form of a step ({@code activityId}), or of the case view when it is null. */
    public List<FormField> form(ZhibanUser user, CaseFile file, String activityId) {
        CaseType type = caseTypes.of(file);
        Map<String, Object> data = type.data(file.caseId());
        return visibleFields(user, file, type).stream().filter(f -> f.isShownIn(activityId))
                .map(f -> new FormField(f, data.get(f.key()), f.isEditableIn(activityId))).toList();
    }

    /** The case's data for the REST case view: everything for the owner, the shared fields for participants. */
    public Map<String, Object> data(ZhibanUser user, CaseFile file) {
        CaseType type = caseTypes.of(file);
        Map<String, Object> data = type.data(file.caseId());
        if (seesEverything(user, file)) {
            return data;
        }
        Map<String, Object> shared = new LinkedHashMap<>();
        visibleFields(user, file, type).forEach(f -> shared.put(f.key(), data.get(f.key())));
        return shared;
    }

    public List<Notice> notices(ZhibanUser user, CaseFile file) {
        CaseType type = caseTypes.of(file);
        List<Notice> notices = type.notices(file.caseId());
        if (seesEverything(user, file)) {
            return notices;
        }
        Set<String> visible = visibleFields(user, file, type).stream().map(FieldDescriptor::key)
                .collect(Collectors.toSet());
        return notices.stream().filter(n -> n.field() == null || visible.contains(n.field())).toList();
    }

    /**
     * Checks a task's input against the fields editable in its step and applies it, inside the completing
     * transaction.
     *
     * @return the keys whose value the input changed
     */
    public List<String> apply(CaseFile file, String activityId, Map<String, ?> input) {
        CaseType type = caseTypes.of(file);
        Map<String, Object> current = type.data(file.caseId());
        Map<String, Object> valid = caseInput.validate(type, activityId, input, current);
        if (valid.isEmpty()) {
            return List.of();
        }
        type.applyTaskInput(file.caseId(), activityId, valid);
        return valid.entrySet().stream().filter(e -> !Objects.equals(comparable(e.getValue()),
                comparable(current.get(e.getKey())))).map(Map.Entry::getKey).toList();
    }

    private static Object comparable(Object value) {
        return value instanceof java.math.BigDecimal d ? d.stripTrailingZeros() : value;
    }

    private boolean seesEverything(ZhibanUser user, CaseFile file) {
        return user.has(Role.AUDITOR) || caseAccess.isOwner(user, file);
    }

    private List<FieldDescriptor> visibleFields(ZhibanUser user, CaseFile file, CaseType type) {
        boolean all = seesEverything(user, file);
        return type.fields().stream().filter(f -> all || type.visibleToParticipant(f, user.departmentId())).toList();
    }
}

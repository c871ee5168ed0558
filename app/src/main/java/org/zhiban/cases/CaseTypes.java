package org.zhiban.cases;

import java.util.List;
import org.springframework.stereotype.Service;

/** Finds the {@link CaseType} a case belongs to among the features' beans. */
@Service
public class CaseTypes {

    private final List<CaseType> types;

    public CaseTypes(List<CaseType> types) {
        this.types = List.copyOf(types);
    }

    /** Every process key that carries cases, for the inbox's process filter. */
    public List<String> processKeys() {
        return types.stream().flatMap(t -> t.processKeys().stream()).sorted().toList();
    }

    public CaseType of(CaseFile file) {
        return types.stream().filter(t -> t.id().equals(file.caseType())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no case type " + file.caseType()));
    }
}

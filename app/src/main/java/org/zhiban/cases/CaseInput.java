package org.zhiban.cases;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.zhiban.identity.Directory;

/** {@link FieldValidation} with the directory behind PERSON and DEPARTMENT fields. */
@Component
class CaseInput {

    private final FieldValidation validation;

    CaseInput(Directory directory) {
        this.validation = new FieldValidation(new FieldValidation.References() {
            @Override
            public boolean userExists(String userId) {
                return directory.find(userId).isPresent();
            }

            @Override
            public boolean departmentExists(String departmentId) {
                return directory.isDepartment(departmentId);
            }
        });
    }

    Map<String, Object> validate(CaseType type, String activityId, Map<String, ?> input, Map<String, ?> current) {
        return validation.validate(type.fields(), activityId, input == null ? Map.of() : input, current);
    }
}

package org.zhiban.cases.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.zhiban.identity.ZhibanUser;

/**
 * A feature's section of the generic case views, so they show what the feature keeps about a case (the AI
 * layer's suggestions, for one) without the case framework knowing the feature. Beans; asked in order.
 */
public interface CasePanel {

    /** The section in 案件详情, or empty when the feature has nothing for this case. */
    Optional<Component> forCase(ZhibanUser user, String caseId);

    /**
     * The section in the 办理 dialog of a task, beside its inputs.
     *
     * @param fill puts a value into the dialog's editor of a field (key, value), for the officer to submit or change
     */
    Optional<Component> forTask(ZhibanUser user, String caseId, String activityId, BiConsumer<String, String> fill);
}

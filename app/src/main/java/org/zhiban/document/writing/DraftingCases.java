package org.zhiban.document.writing;

import org.springframework.stereotype.Component;
import org.zhiban.cases.CaseAccess;
import org.zhiban.cases.CaseClassification;
import org.zhiban.cases.CaseFile;
import org.zhiban.cases.CaseForms;
import org.zhiban.cases.CaseTask;
import org.zhiban.cases.CaseTasks;
import org.zhiban.cases.SeparationOfDuties;
import org.zhiban.cases.TaskFilter;
import org.zhiban.identity.ZhibanUser;
import org.zhiban.shared.Classification;
import org.zhiban.shared.Refusal;

/**
 * Which case a draft is written for, checked the way the inbox checks a task: the case must be readable to the
 * caller (another department's is not found), and one of its open tasks must be theirs to work on, not barred by
 * 职责分离, and able to edit the body — so the suggestion is decided when that task is completed.
 */
@Component
class DraftingCases {

    static final String BODY = "body";
    /** More open tasks than this on one case for one person does not happen; the bound keeps the query small. */
    private static final int TASKS_LOOKED_AT = 20;

    private final CaseAccess access;
    private final CaseTasks tasks;
    private final CaseForms forms;
    private final SeparationOfDuties separation;
    private final CaseClassification classification;

    DraftingCases(CaseAccess access, CaseTasks tasks, CaseForms forms, SeparationOfDuties separation,
                  CaseClassification classification) {
        this.access = access;
        this.tasks = tasks;
        this.forms = forms;
        this.separation = separation;
        this.classification = classification;
    }

    /** The case, the task whose completion decides the suggestion, and the level its AI requests are routed at. */
    record Bound(CaseFile file, String activityId, Classification classification) {
    }

    Bound bind(ZhibanUser user, String caseId) {
        CaseFile file = access.readable(user, caseId);
        CaseTask task = tasks.open(user, new TaskFilter(null, null, caseId), 0, TASKS_LOOKED_AT).stream()
                .filter(t -> t.caseId().equals(caseId))
                .filter(t -> access.canWorkOn(user, t))
                .filter(t -> !separation.bars(user, file, t.activityId()))
                .filter(t -> forms.form(user, file, t.activityId()).stream()
                        .anyMatch(f -> f.key().equals(BODY) && f.editable()))
                .findFirst()
                .orElseThrow(() -> Refusal.forbidden("document.writing.noDraftTask",
                        "本案当前没有您可以办理的拟稿环节 / no drafting task of this case is yours to work on"));
        return new Bound(file, task.activityId(), classification.of(file));
    }
}

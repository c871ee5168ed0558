package org.zhiban.inbox.ui;

import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.zhiban.cases.ui.CasePanel;
import org.springframework.stereotype.Component;
import org.zhiban.cases.CaseViewing;
import org.zhiban.identity.CurrentUser;
import org.zhiban.identity.Directory;
import org.zhiban.identity.ZhibanUser;
import org.zhiban.inbox.TaskWork;
import org.zhiban.inbox.WorkItem;
import org.zhiban.shared.ui.Notifications;

/** Opens the 办理 dialog for a task; shared by the inbox and the case view. */
@Component
public class TaskDialogs {

    private final TaskWork work;
    private final CaseViewing caseViewing;
    private final Directory directory;
    private final List<CasePanel> panels;

    TaskDialogs(TaskWork work, CaseViewing caseViewing, Directory directory, List<CasePanel> panels) {
        this.work = work;
        this.caseViewing = caseViewing;
        this.directory = directory;
        this.panels = panels;
    }

    public void open(String taskId, Runnable afterCompletion) {
        ZhibanUser user = CurrentUser.get();
        Notifications.attempt(() -> {
            WorkItem item = work.workItem(user, taskId);
            String caseId = item.caseFile().caseId();
            new TaskDialog(item, caseViewing.form(user, caseId, item.activityId()), caseViewing.notices(user, caseId),
                    directory.people(), directory.departments(), panels.stream()
                    .<Function<BiConsumer<String, String>, Optional<com.vaadin.flow.component.Component>>>map(p -> fill ->
                            p.forTask(user, caseId, item.activityId(), fill)).toList(), completion -> {
                work.complete(user, taskId, completion);
                reportOutcome(user, item);
                afterCompletion.run();
            }).open();
        });
    }

    /** A step the automated check sends straight back (e.g. a failed compliance check) is said so, not reported as done. */
    private void reportOutcome(ZhibanUser user, WorkItem item) {
        UI ui = UI.getCurrent();
        var details = caseViewing.details(user, item.caseFile().caseId());
        if (details.activeActivities().contains(item.activityId())) {
            int count = caseViewing.notices(user, item.caseFile().caseId()).size();
            Notifications.error(ui.getTranslation("task.sentBack", item.name(), count));
        } else {
            Notifications.success(ui.getTranslation("task.done", item.name()));
        }
    }
}

package org.zhiban.inbox;

import org.zhiban.shared.Refusal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.zhiban.cases.TaskFilter;
import org.zhiban.identity.CurrentUser;
import org.zhiban.identity.Role;

/** 待办 API for the UI's peers: external OA systems read and act on the same inbox. */
@RestController
@RequestMapping("/api/tasks")
@PreAuthorize(Role.Names.IS_CASE_STAFF)
class TaskController {

    static final int MAX_LIMIT = 200;

    private final TaskInbox inbox;
    private final TaskWork work;

    TaskController(TaskInbox inbox, TaskWork work) {
        this.inbox = inbox;
        this.work = work;
    }

    /** {@code state=open} (default): assigned or claimable; {@code state=done}: completed by the caller. */
    @GetMapping
    List<TaskSummary> list(@RequestParam(defaultValue = "open") String state,
                           @RequestParam(required = false) String processKey,
                           @RequestParam(required = false) Instant dueBefore,
                           @RequestParam(required = false) String q,
                           @RequestParam(defaultValue = "0") int offset,
                           @RequestParam(defaultValue = "50") int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw Refusal.invalid("tasks.paging", "offset ≥ 0, 1 ≤ limit ≤ " + MAX_LIMIT, MAX_LIMIT);
        }
        TaskFilter filter = new TaskFilter(processKey, dueBefore, q);
        return switch (state) {
            case "open" -> inbox.open(CurrentUser.get(), filter, offset, limit);
            case "done" -> inbox.done(CurrentUser.get(), filter, offset, limit);
            default -> throw Refusal.invalid("tasks.state", "state 只能是 open 或 done / state must be open or done");
        };
    }

    @GetMapping("/{id}")
    WorkItem get(@PathVariable String id) {
        return work.workItem(CurrentUser.get(), id);
    }

    @PostMapping("/{id}/claim")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void claim(@PathVariable String id) {
        work.claim(CurrentUser.get(), id);
    }

    /** Completing a claimable task claims it for the caller first. */
    @PostMapping("/{id}/complete")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void complete(@PathVariable String id, @RequestBody CompleteRequest request) {
        work.complete(CurrentUser.get(), id,
                new TaskCompletion(request.outcome(), request.opinion(), request.variables(), request.suggestion()));
    }

    record CompleteRequest(String outcome, String opinion, Map<String, Object> variables, String suggestion) {}
}

package org.zhiban.cases;

import org.springframework.stereotype.Service;
import org.zhiban.identity.Role;
import org.zhiban.identity.ZhibanUser;
import org.zhiban.shared.Refusal;

/**
 * 部门隔离: who may see a case and work on its tasks. The owning department's staff see the whole case; a
 * department that holds or held a task on it (会签, a sub-service) sees the case, but only the fields its type
 * shares with participants; auditors read every case; nobody else — not even the administrators (三员分立).
 * What is out of reach is answered as not found, so its existence does not leak across departments.
 */
@Service
public class CaseAccess {

    private final CaseFiles caseFiles;
    private final CaseTasks caseTasks;

    public CaseAccess(CaseFiles caseFiles, CaseTasks caseTasks) {
        this.caseFiles = caseFiles;
        this.caseTasks = caseTasks;
    }

    public boolean canRead(ZhibanUser user, CaseFile file) {
        return user.has(Role.AUDITOR) || isOwner(user, file)
                || (user.isCaseStaff() && caseTasks.departmentTookPart(file.caseId(), user.departmentId()));
    }

    /** Staff of the owning department: they see every field. */
    public boolean isOwner(ZhibanUser user, CaseFile file) {
        return user.isCaseStaff() && file.department().equals(user.departmentId());
    }

    /** Whether the user may claim or complete the task: routed to their department, and theirs or their group's. */
    public boolean canWorkOn(ZhibanUser user, CaseTask task) {
        if (!user.isCaseStaff() || !task.department().equals(user.departmentId()) || !"open".equals(task.state())) {
            return false;
        }
        if (task.assignee() != null) {
            // Visible to colleagues of the same group only until someone claims it.
            return task.assignee().equals(user.id());
        }
        return task.candidateGroups().stream().anyMatch(user.roleGroupIds()::contains);
    }

    /** Whether the task would be the user's to claim had nobody claimed it yet: a race lost, not a secret. */
    public boolean couldClaim(ZhibanUser user, CaseTask task) {
        return user.isCaseStaff() && task.department().equals(user.departmentId()) && "open".equals(task.state())
                && task.candidateGroups().stream().anyMatch(user.roleGroupIds()::contains);
    }

    /** The case, if this user may read it; otherwise not found. */
    public CaseFile readable(ZhibanUser user, String caseId) {
        return caseFiles.find(caseId).filter(file -> canRead(user, file))
                .orElseThrow(() -> Refusal.notFound("case.notFound", "案件不存在或无权查看 / no such case: " + caseId, caseId));
    }
}

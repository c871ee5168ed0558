package org.zhiban.cases;

import org.springframework.stereotype.Service;
import org.zhiban.identity.Role;
import org.zhiban.identity.ZhibanUser;
import org.zhiban.shared.web.ApiProblem;

/**
 * 部门隔离: who may see a case. Staff of the case's department may; auditors may read every case; nobody
 * else — not even the system administrators (三员分立). A case outside one's reach is answered as not found,
 * so its existence does not leak across departments.
 */
@Service
public class CaseAccess {

    private final CaseFiles caseFiles;

    public CaseAccess(CaseFiles caseFiles) {
        this.caseFiles = caseFiles;
    }

    public boolean canRead(ZhibanUser user, CaseFile file) {
        return user.has(Role.AUDITOR) || canWork(user, file);
    }

    public boolean canWork(ZhibanUser user, CaseFile file) {
        boolean staff = user.has(Role.OFFICER) || user.has(Role.REVIEWER) || user.has(Role.LEADER);
        return staff && file.department().equals(user.departmentId());
    }

    /** The case, if this user may read it; otherwise 404. */
    public CaseFile readable(ZhibanUser user, String caseId) {
        return caseFiles.find(caseId).filter(file -> canRead(user, file))
                .orElseThrow(() -> ApiProblem.notFound("案件不存在或无权查看 / no such case: " + caseId));
    }
}

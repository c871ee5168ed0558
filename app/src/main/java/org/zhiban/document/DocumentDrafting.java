package org.zhiban.document;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.zhiban.cases.CaseFile;
import org.zhiban.cases.CaseFiles;
import org.zhiban.cases.CaseTypes;
import org.zhiban.identity.ZhibanUser;
import org.zhiban.rules.document.DocumentType;

/** 拟稿: opens a 公文 case and keeps its draft. */
@Service
public class DocumentDrafting {

    /** BPMN process key of the 发文 lifecycle (拟稿 → 规范性检查 → 核稿 → 会签 → 签发 → 编号 → 排版 → 印发 → 分发 → 归档). */
    public static final String PROCESS_KEY = "document_dispatch";
    static final String CASE_TYPE = "document";

    private final CaseFiles caseFiles;
    private final CaseTypes caseTypes;

    public DocumentDrafting(CaseFiles caseFiles, CaseTypes caseTypes) {
        this.caseFiles = caseFiles;
        this.caseTypes = caseTypes;
    }

    public record NewDocument(String title, String docType, String body) {}

    public record Started(String caseId, String processInstanceId) {}

    /** Opens the case in the officer's department; the 拟稿 task lands in their inbox. */
    public Started start(ZhibanUser user, NewDocument request) {
        Map<String, Object> start = new HashMap<>();
        // OA systems may send the enum name (NOTICE) or 命令 for 令; the form's options are the 条例's terms.
        start.put("docType", DocumentTypes.parse(request.docType()).map(DocumentType::term).orElse(request.docType()));
        start.put("body", request.body());
        CaseFile file = caseFiles.open(caseTypes.find(CASE_TYPE).orElseThrow(), request.title(), user.departmentId(), user, start);
        return new Started(file.caseId(), file.processInstanceId());
    }
}

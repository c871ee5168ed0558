package org.zhiban.testcase;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.zhiban.ai.AiRequest;
import org.zhiban.ai.AiStep;
import org.zhiban.ai.AiTask;
import org.zhiban.shared.Classification;

/**
 * Test only: the 许可申请's AI step, written as a case type's author would — a bean naming its process and
 * activity, the field its suggestion is for, what to ask and what to say without a model.
 */
@Component
class PermitLegalNoteStep implements AiStep {

    private final PermitCaseType permits;

    PermitLegalNoteStep(PermitCaseType permits) {
        this.permits = permits;
    }

    @Override
    public String processKey() {
        return "test_permit";
    }

    @Override
    public String activityId() {
        return "aiLegalNote";
    }

    @Override
    public String field() {
        return "legalNote";
    }

    @Override
    public AiRequest request(String caseId, Classification classification) {
        Map<String, Object> data = permits.data(caseId);
        return AiRequest.of(AiTask.EXTRACT_FIELDS, classification)
                .with("fields", "申请事项、金额、类别、需要法制审核关注的问题")
                .material("许可申请", "申请事项：" + data.get("subject") + "；金额：" + data.get("amount")
                        + "；类别：" + data.get("category"));
    }

    @Override
    public String withoutModel(String caseId) {
        Map<String, Object> data = permits.data(caseId);
        return "申请事项：" + data.get("subject") + "；类别：" + data.get("category") + "。经初步审查，材料齐全。";
    }
}

package org.zhiban.document;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.zhiban.ai.AiAssistant;
import org.zhiban.ai.AiRequest;
import org.zhiban.ai.AiResult;
import org.zhiban.ai.AiTask;
import org.zhiban.cases.CaseAccess;
import org.zhiban.cases.CaseClassification;
import org.zhiban.cases.CaseFile;
import org.zhiban.identity.ZhibanUser;
import org.zhiban.rules.document.Finding;
import org.zhiban.rules.document.Severity;
import org.zhiban.rules.proofreading.Proofreader;

/**
 * 校对 with a model (through the AI layer, routed by the case's classification): the model proposes corrections,
 * and each is kept only where it is found in the text and the same character language model the rules use
 * prefers it in context — a model's confident slip is not passed on as a finding. Without a model (or when it may
 * not see the case) the scorer's own findings are the answer, and the notice says so.
 */
@Service
class ModelProofreading {

    static final String MODEL_RULE = "DOC-PROOF-MODEL";

    /** What the model is asked for: each problem as the passage written, its correction and why. */
    record Proposal(@NotBlank String original, @NotNull String suggestion, String reason) {}

    record Proposals(@NotNull @Valid List<Proposal> issues) {}

    /** The findings, who produced them, and how many of the model's proposals the scorer did not confirm. */
    record Result(List<Finding> findings, String model, boolean fallback, String notice, int unconfirmed) {}

    private final AiAssistant assistant;
    private final Proofreader proofreader;
    private final CaseAccess access;
    private final CaseClassification classification;
    private final DocumentDrafts drafts;

    ModelProofreading(AiAssistant assistant, Proofreader proofreader, CaseAccess access,
                      CaseClassification classification, DocumentDrafts drafts) {
        this.assistant = assistant;
        this.proofreader = proofreader;
        this.access = access;
        this.classification = classification;
        this.drafts = drafts;
    }

    Result proofread(ZhibanUser user, String caseId) {
        CaseFile file = access.readable(user, caseId);
        String body = drafts.find(caseId).orElseThrow().body();
        AiRequest request = AiRequest.of(AiTask.PROOFREAD, classification.of(file)).forCase(caseId).material("文稿", body);
        AiResult<Proposals> answer = assistant.extract(request, Proposals.class, () -> new Proposals(List.of()));
        if (answer.fallback()) {
            List<Finding> own = proofreader.check(body).stream().map(DocumentChecking::typo).toList();
            return new Result(own, null, true, answer.notice(), 0);
        }
        List<Finding> confirmed = new ArrayList<>();
        int unconfirmed = 0;
        for (Proposal p : answer.value().issues()) {
            int at = body.indexOf(p.original());
            if (at >= 0 && !p.original().equals(p.suggestion())
                    && proofreader.plausible(body, at, at + p.original().length(), p.suggestion())) {
                confirmed.add(new Finding(MODEL_RULE, Severity.WARNING, "body", "校对建议：“" + p.original() + "”改为“"
                        + p.suggestion() + "”" + (p.reason() == null || p.reason().isBlank() ? "" : "（" + p.reason() + "）")
                        + "。", "模型 " + answer.model() + " 校对，经字符语言模型复核", at, at + p.original().length(),
                        p.suggestion()));
            } else {
                unconfirmed++;
            }
        }
        return new Result(confirmed, answer.model(), false, answer.notice(), unconfirmed);
    }
}

package org.zhiban.contract;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * 合同审查报告: what the review found and who decided what, in the shape {@code POST /api/contracts/review} answers
 * and the PDF/DOCX/JSON exports carry. {@code level} and {@code severity} are {@code high}, {@code medium} or
 * {@code low}; {@code findings} holds every finding (consistency ones included), {@code consistency} the 一致性检查
 * section alone.
 *
 * @param caseId     the case, or {@code null} for a review run without one (batch API)
 * @param method     {@code rules} (rules and retrieval only, no model configured or allowed) or {@code rules+model}
 * @param methodNote the plain words shown with the method, e.g. 未配置模型，仅规则与检索
 * @param decisions  every 会审 and 签批 decision in time order (empty before 会审)
 */
public record ContractReport(String caseId, String title, String department, String fileName, String sha256,
                             String level, String levelLabel, int score, String method, String methodNote,
                             List<PartyView> parties, List<AmountView> amounts, List<ClauseView> clauses,
                             List<FindingView> findings, List<FindingView> consistency,
                             List<DecisionView> decisions, Instant generatedAt) {

    public ContractReport {
        parties = List.copyOf(parties);
        amounts = List.copyOf(amounts);
        clauses = List.copyOf(clauses);
        findings = List.copyOf(findings);
        consistency = List.copyOf(consistency);
        decisions = List.copyOf(decisions);
    }

    /** 甲方/乙方 as parsed; {@code creditCodeValid} from the GB 32100 check character. */
    public record PartyView(String role, String label, String name, String address, String creditCode,
                            boolean creditCodeValid) {}

    /** An amount as written and its value in 元; {@code form} is {@code upper} (大写) or {@code lower} (小写). */
    public record AmountView(String text, BigDecimal value, String form, String clause) {}

    /** A clause with its offsets in the extracted text, for the beside-the-original view. */
    public record ClauseView(String path, String heading, String text, int start, int end, int level) {}

    /**
     * One finding. {@code citation} is the article as text (《民法典》第五百八十六条); {@code source} is {@code rule}
     * or {@code model}; {@code id} is null outside a case.
     */
    public record FindingView(String id, String ruleId, String severity, String clause, String excerpt,
                              Integer start, Integer end, String message, String suggestion, String citation,
                              CitationRef citationRef, String source, boolean consistency,
                              List<DecisionView> decisions) {

        public FindingView {
            decisions = decisions == null ? List.of() : List.copyOf(decisions);
        }
    }

    /** Where a citation points: the statute and article, and the knowledge base's article when it holds it. */
    public record CitationRef(String statute, String article, String part, String link,
                              boolean verified) {}

    /**
     * A decision: {@code part} is {@code legal}, {@code finance}, {@code business} (会审) or {@code leader} (签批);
     * {@code decision} is {@code accept} or {@code override} for a finding, or the task's outcome
     * ({@code agree}, {@code return}, {@code approve}); {@code findingId} null for a task decision.
     */
    public record DecisionView(String findingId, String part, String userId, String userName, String department,
                               String decision, String opinion, Instant at) {}
}

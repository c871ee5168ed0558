package org.zhiban.ai;

import java.util.Arrays;
import java.util.Optional;

/**
 * The tasks a model does for Zhiban, each with its prompt file {@code prompts/<id>.prompt} and its own model if
 * configured ({@code zhiban.ai.tasks.<id>.model}). {@code citesLaw} answers pass through citation verification.
 */
public enum AiTask {
    DRAFT_DOCUMENT("document-draft", "公文起草", false),
    POLISH_TEXT("text-polish", "文字润色", false),
    PROOFREAD("document-proofread", "校对", false),
    EXTRACT_FIELDS("extract-fields", "要素提取", false),
    SUMMARISE_TICKET("ticket-summary", "工单摘要", false),
    CLASSIFY_TICKET("ticket-classify", "工单分类", false),
    RECOMMEND_ARTICLES("law-recommend", "法条推荐", true),
    ANALYSE_CLAUSE("contract-clause", "合同条款分析", true),
    ANSWER_POLICY("policy-answer", "政策问答", true);

    private final String id;
    private final String label;
    private final boolean citesLaw;

    AiTask(String id, String label, boolean citesLaw) {
        this.id = id;
        this.label = label;
        this.citesLaw = citesLaw;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public boolean citesLaw() {
        return citesLaw;
    }

    public static Optional<AiTask> byId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }
}

package org.zhiban.knowledge;

import org.zhiban.shared.Refusal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.stereotype.Service;
import org.zhiban.platform.LanguageModels;

/**
 * 政策问答: answers a question from the retrieved articles. With a chat model configured the model writes the
 * answer from those articles only, after personal data is removed from the question; without one (the default)
 * the answer lists the best articles and says so. Either way every citation in the answer is verified.
 */
@Service
public class PolicyQuestions {

    private static final Logger log = LoggerFactory.getLogger(PolicyQuestions.class);
    static final int SOURCES = 5;
    static final int MAX_QUESTION = 2000;
    /** 涉密 questions never leave the building, model or not. */
    private static final Set<String> LOCAL_ONLY = Set.of("涉密", "秘密", "机密", "绝密", "secret", "confidential");

    private final KnowledgeSearch search;
    private final CitationVerification verification;
    private final LanguageModels models;

    public PolicyQuestions(KnowledgeSearch search, CitationVerification verification, LanguageModels models) {
        this.search = search;
        this.verification = verification;
        this.models = models;
    }

    public PolicyAnswer ask(String question, String classification) {
        if (question == null || question.isBlank()) {
            throw Refusal.invalid("kb.ask.questionRequired", "请输入问题 / question is required");
        }
        if (question.length() > MAX_QUESTION) {
            throw Refusal.invalid("kb.ask.questionTooLong", "问题过长（最多" + MAX_QUESTION + "字） / question is longer than " + MAX_QUESTION, MAX_QUESTION);
        }
        List<KnowledgeSearch.Hit> sources = search.search(question, new KnowledgeSearch.Filters(null, null, null,
                null, SOURCES));
        ChatClient client = models.chat().orElse(null);
        boolean localOnly = classification != null && LOCAL_ONLY.contains(classification.strip().toLowerCase(Locale.ROOT));
        if (client != null && !localOnly && !sources.isEmpty()) {
            try {
                ChatResponse response = client.prompt().system(PolicyPrompt.SYSTEM)
                        .user(PolicyPrompt.user(PersonalDataRedactor.redact(question), sources)).call().chatResponse();
                String answer = response.getResult().getOutput().getText();
                String model = models.modelName().orElse(response.getMetadata().getModel());
                return new PolicyAnswer(answer, model, false, verify(answer), sources);
            } catch (RuntimeException e) {
                log.warn("chat model failed, answering from retrieval: {}", e.toString());
            }
        }
        String answer = fallbackAnswer(sources, client == null ? "未配置大模型" : localOnly ? "涉密问题不发送大模型"
                : "大模型暂不可用");
        return new PolicyAnswer(answer, null, true, verify(answer), sources);
    }

    private List<PolicyAnswer.CitedArticle> verify(String answer) {
        return verification.verify(answer, null, null).citations().stream()
                .map(c -> new PolicyAnswer.CitedArticle(c.text(), c.statute(), c.articleNo(), c.article(),
                        c.resolved(), c.status()))
                .toList();
    }

    static String fallbackAnswer(List<KnowledgeSearch.Hit> sources, String reason) {
        if (sources.isEmpty()) {
            return reason + "（回答仅依据检索结果），且知识库中没有找到相关条文。/ No model is used and no article matched.";
        }
        return reason + "，以下回答仅依据知识库检索到的相关条文，请核对原文后使用：\n" + sources.stream()
                .map(h -> "《" + h.statute() + "》" + h.articleNo() + "：" + PolicyPrompt.plain(h.snippet())
                        + (KnowledgeSearch.NEWER_TEXT_MISSING.equals(h.validity())
                        ? "（注意：该法已于" + h.version() + "版之后修订，修订后文本尚未入库，请以现行文本为准）" : ""))
                .collect(Collectors.joining("\n"));
    }
}

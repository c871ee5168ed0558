package org.zhiban.knowledge;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.zhiban.ai.AiAssistant;
import org.zhiban.ai.AiProgress;
import org.zhiban.ai.AiRequest;
import org.zhiban.ai.AiResult;
import org.zhiban.ai.AiTask;
import org.zhiban.shared.Classification;
import org.zhiban.shared.Refusal;
import reactor.core.publisher.Flux;

/**
 * 政策问答: answers a question from the retrieved articles through the AI layer, which routes it by the question's
 * classification, redacts it for a model outside the network and verifies every citation of the answer. Without a
 * model (or when the question may not leave, or the model fails) the answer lists the best articles and says so.
 */
@Service
public class PolicyQuestions {

    static final int SOURCES = 5;
    static final int MAX_QUESTION = 2000;

    private final KnowledgeSearch search;
    private final AiAssistant ai;

    public PolicyQuestions(KnowledgeSearch search, AiAssistant ai) {
        this.search = search;
        this.ai = ai;
    }

    public PolicyAnswer ask(String question, String classification) {
        Asked asked = prepare(question, classification);
        return answer(ai.write(asked.request(), () -> retrievedArticles(asked.sources())), asked.sources());
    }

    /** The answer as the model writes it (each element the text so far), the last element the whole answer. */
    public Flux<Progress> askAsItIsWritten(String question, String classification) {
        Asked asked = prepare(question, classification);
        return ai.stream(asked.request(), () -> retrievedArticles(asked.sources()))
                .map(p -> new Progress(p.text(), p.done() ? answer(p.result(), asked.sources()) : null));
    }

    /** A streamed answer so far; {@code answer} is set on the last one. */
    public record Progress(String text, PolicyAnswer answer) {
    }

    private record Asked(AiRequest request, List<KnowledgeSearch.Hit> sources) {
    }

    private Asked prepare(String question, String classification) {
        if (question == null || question.isBlank()) {
            throw Refusal.invalid("kb.ask.questionRequired", "请输入问题 / question is required");
        }
        if (question.length() > MAX_QUESTION) {
            throw Refusal.invalid("kb.ask.questionTooLong", "问题过长（最多" + MAX_QUESTION + "字） / question is longer than " + MAX_QUESTION, MAX_QUESTION);
        }
        Classification level = Classification.require(classification, Classification.INTERNAL);
        List<KnowledgeSearch.Hit> sources = search.search(question, new KnowledgeSearch.Filters(null, null, null,
                null, SOURCES));
        AiRequest request = AiRequest.of(AiTask.ANSWER_POLICY, level).with("question", question)
                .references(articles(sources));
        return new Asked(request, sources);
    }

    private static PolicyAnswer answer(AiResult<String> r, List<KnowledgeSearch.Hit> sources) {
        String text = r.fallback() ? r.notice() + "，" + r.value() : r.value();
        return new PolicyAnswer(text, r.model(), r.fallback(), r.prompt(), r.notice(), r.routing(), r.citations(), sources);
    }

    /** The retrieved articles as the model reads them: statute, article, version, text. */
    static String articles(List<KnowledgeSearch.Hit> sources) {
        StringBuilder out = new StringBuilder();
        for (KnowledgeSearch.Hit h : sources) {
            out.append("《").append(h.statute()).append("》").append(h.articleNo())
                    .append("（").append(h.version()).append("版）：").append(h.text()).append('\n');
        }
        return out.toString();
    }

    /** The no-model answer: the best articles, each with a warning where a newer text is not in the base yet. */
    static String retrievedArticles(List<KnowledgeSearch.Hit> sources) {
        if (sources.isEmpty()) {
            return "知识库中没有找到相关条文。/ No model is used and no article matched.";
        }
        return "以下回答仅依据知识库检索到的相关条文，请核对原文后使用：\n" + sources.stream()
                .map(h -> "《" + h.statute() + "》" + h.articleNo() + "：" + PolicyPrompt.plain(h.snippet())
                        + (KnowledgeSearch.NEWER_TEXT_MISSING.equals(h.validity())
                        ? "（注意：该法已于" + h.version() + "版之后修订，修订后文本尚未入库，请以现行文本为准）" : ""))
                .collect(Collectors.joining("\n"));
    }
}

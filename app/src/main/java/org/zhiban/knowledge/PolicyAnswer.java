package org.zhiban.knowledge;

import java.util.List;
import org.zhiban.ai.AiCitation;

/**
 * 政策问答的回答.
 *
 * @param model         the model that wrote the answer; null when none did
 * @param fallback      true when the answer came from the no-model path: no model configured, routing refused
 *                      (涉密, or 敏感 without a local model), or the model failed
 * @param promptVersion the prompt's id and version, e.g. {@code policy-answer@2}
 * @param notice        why no model answered (未配置模型 …); null when one did
 * @param routing       the routing decision as recorded
 * @param citations     every citation in the answer, verified against the articles in force today
 * @param sources       the retrieved articles the answer rests on
 */
public record PolicyAnswer(String answer, String model, boolean fallback, String promptVersion, String notice,
                           String routing, List<AiCitation> citations, List<KnowledgeSearch.Hit> sources) {
}

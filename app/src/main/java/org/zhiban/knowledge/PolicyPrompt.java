package org.zhiban.knowledge;

import java.util.List;

/** 问答提示词: the instructions and the retrieved articles the model may rely on, and nothing else. */
final class PolicyPrompt {

    static final String SYSTEM = """
            你是政府机关的法规政策助手。只能依据用户消息中“检索到的条文”回答，不得引用其他法律法规或编造条文。
            引用时必须写成《法名》第X条的形式（例如《消费者权益保护法》第五十五条）。
            如果检索到的条文不足以回答，请明确说明“现有条文不足以回答”。回答使用简体中文，简明扼要。""";

    private PolicyPrompt() {
    }

    static String user(String redactedQuestion, List<KnowledgeSearch.Hit> sources) {
        StringBuilder out = new StringBuilder("问题：").append(redactedQuestion).append("\n\n检索到的条文：\n");
        for (KnowledgeSearch.Hit h : sources) {
            out.append("《").append(h.statute()).append("》").append(h.articleNo())
                    .append("（").append(h.version()).append("版）：").append(h.text()).append('\n');
        }
        return out.toString();
    }

    /** A snippet without its highlight marks and HTML escapes, for plain text answers. */
    static String plain(String snippet) {
        return org.jsoup.parser.Parser.unescapeEntities(snippet.replace("<em>", "").replace("</em>", ""), false);
    }
}

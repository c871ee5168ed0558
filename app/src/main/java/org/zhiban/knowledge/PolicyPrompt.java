package org.zhiban.knowledge;

/** Helpers for the 政策问答 texts; the prompt itself is {@code prompts/policy-answer.prompt}. */
final class PolicyPrompt {

    private PolicyPrompt() {
    }

    /** A snippet without its highlight marks and HTML escapes, for plain text answers. */
    static String plain(String snippet) {
        return org.jsoup.parser.Parser.unescapeEntities(snippet.replace("<em>", "").replace("</em>", ""), false);
    }
}

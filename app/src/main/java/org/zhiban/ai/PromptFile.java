package org.zhiban.ai;

import java.util.Map;
import org.springframework.ai.chat.prompt.PromptTemplate;

/**
 * One versioned prompt ({@code prompts/<task>.prompt}): a header ({@code id:}, {@code version:}), then the system
 * and the user part, each a Spring AI prompt template with {@code {name}} placeholders. The id and version go with
 * every answer and every review record, so a changed prompt is visible in the trail.
 */
public record PromptFile(String id, int version, String system, String user) {

    static final String SYSTEM_MARK = "=== system ===";
    static final String USER_MARK = "=== user ===";

    static PromptFile parse(String name, String text) {
        int system = text.indexOf(SYSTEM_MARK);
        int user = text.indexOf(USER_MARK);
        if (system < 0 || user < system) {
            throw new IllegalStateException("prompt " + name + ": needs '" + SYSTEM_MARK + "' then '" + USER_MARK + "'");
        }
        String id = null;
        Integer version = null;
        for (String line : text.substring(0, system).split("\n")) {
            String l = line.strip();
            if (l.startsWith("id:")) {
                id = l.substring(3).strip();
            } else if (l.startsWith("version:")) {
                version = Integer.parseInt(l.substring(8).strip());
            }
        }
        if (id == null || version == null) {
            throw new IllegalStateException("prompt " + name + ": header needs 'id:' and 'version:'");
        }
        return new PromptFile(id, version, text.substring(system + SYSTEM_MARK.length(), user).strip(),
                text.substring(user + USER_MARK.length()).strip());
    }

    /** {@code policy-answer@3}: how records name it. */
    public String label() {
        return id + "@" + version;
    }

    String renderSystem(Map<String, Object> values) {
        return PromptTemplate.builder().template(system).build().render(values);
    }

    String renderUser(Map<String, Object> values) {
        return PromptTemplate.builder().template(user).build().render(values);
    }
}

package org.zhiban.document.writing;

import org.zhiban.rules.document.Direction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhiban.rules.document.DocumentType;

/**
 * Reads one template file. Plain text only — nothing in it is evaluated:
 * <pre>
 * # comment lines (before the first form)
 * 用途: …
 *
 * === 形式名 ===
 * 结构: 缘由—事项—要求
 * 行文方向: 下行、平行
 * 结束语: 特此通知。
 * ---
 * body lines with {placeholder}s
 * </pre>
 * A malformed file is a programming error and stops the start.
 */
final class TemplateFile {

    private static final String FORM_START = "===";
    private static final String BODY_START = "---";

    private TemplateFile() {
    }

    static List<DocumentTemplate> parse(DocumentType type, String name, String text) {
        List<String> lines = text.replace("\r\n", "\n").lines().toList();
        int i = 0;
        Map<String, String> header = new LinkedHashMap<>();
        while (i < lines.size() && !lines.get(i).startsWith(FORM_START)) {
            readKey(lines.get(i), header, name);
            i++;
        }
        String purpose = required(header, "用途", name);
        List<DocumentTemplate> forms = new ArrayList<>();
        while (i < lines.size()) {
            String form = lines.get(i).replace(FORM_START, "").strip();
            i++;
            Map<String, String> keys = new LinkedHashMap<>();
            while (i < lines.size() && !lines.get(i).equals(BODY_START)) {
                readKey(lines.get(i), keys, name);
                i++;
            }
            if (i == lines.size()) {
                throw new IllegalStateException(name + ": form " + form + " has no '" + BODY_START + "' before its body");
            }
            i++;
            StringBuilder body = new StringBuilder();
            while (i < lines.size() && !lines.get(i).startsWith(FORM_START)) {
                body.append(lines.get(i)).append('\n');
                i++;
            }
            List<Direction> directions = new ArrayList<>();
            for (String d : required(keys, "行文方向", name).split("[、，,]")) {
                try {
                    directions.add(Direction.parse(d));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(name + ": unknown 行文方向 " + d, e);
                }
            }
            forms.add(new DocumentTemplate(type, form, purpose, required(keys, "结构", name), directions,
                    keys.getOrDefault("结束语", ""), body.toString().strip()));
        }
        if (forms.isEmpty()) {
            throw new IllegalStateException(name + ": no form (=== 名称 ===)");
        }
        return forms;
    }

    private static void readKey(String line, Map<String, String> into, String name) {
        String l = line.strip();
        if (l.isEmpty() || l.startsWith("#")) {
            return;
        }
        int colon = l.indexOf(':');
        if (colon < 0) {
            throw new IllegalStateException(name + ": expected 'key: value', found " + l);
        }
        into.put(l.substring(0, colon).strip(), l.substring(colon + 1).strip());
    }

    private static String required(Map<String, String> keys, String key, String name) {
        String value = keys.get(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + ": '" + key + ":' is required");
        }
        return value;
    }
}

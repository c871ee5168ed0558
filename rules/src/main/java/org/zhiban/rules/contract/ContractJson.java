package org.zhiban.rules.contract;

import java.util.List;
import java.util.StringJoiner;

/**
 * The JSON form of findings and risk, as the REST API and the review record carry them: severity and level in
 * lowercase ({@code high}, {@code medium}, {@code low}). Written by hand because the rules module has no JSON
 * library at run time; the app may use Jackson with {@link Severity#code()} instead, to the same shape.
 */
public final class ContractJson {

    private ContractJson() {
    }

    /**
     * {@code [{"ruleId":…,"severity":"high","clause":…,"excerpt":…,"start":…,"end":…,"message":…,"suggestion":…,
     * "citation":{"statute":…,"article":…,"part":…,"text":…},"consistency":false}, …]}.
     */
    public static String findings(List<ContractFinding> findings) {
        StringJoiner array = new StringJoiner(",", "[", "]");
        for (ContractFinding f : findings) {
            Citation c = f.citation();
            String citation = "{\"statute\":" + string(c.statute()) + ",\"article\":" + string(c.article())
                    + ",\"part\":" + string(c.part()) + ",\"text\":" + string(c.text()) + "}";
            array.add("{\"ruleId\":" + string(f.ruleId()) + ",\"severity\":" + string(f.severity().code())
                    + ",\"clause\":" + string(f.clause()) + ",\"excerpt\":" + string(f.excerpt())
                    + ",\"start\":" + f.start() + ",\"end\":" + f.end() + ",\"message\":" + string(f.message())
                    + ",\"suggestion\":" + string(f.suggestion()) + ",\"citation\":" + citation
                    + ",\"consistency\":" + f.consistency() + "}");
        }
        return array.toString();
    }

    /** {@code {"score":72,"level":"medium","label":"中","high":0,"medium":3,"low":2}}. */
    public static String risk(ContractRisk risk) {
        return "{\"score\":" + risk.score() + ",\"level\":" + string(risk.level().name().toLowerCase(java.util.Locale.ROOT))
                + ",\"label\":" + string(risk.level().label()) + ",\"high\":" + risk.high() + ",\"medium\":"
                + risk.medium() + ",\"low\":" + risk.low() + "}";
    }

    static String string(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}

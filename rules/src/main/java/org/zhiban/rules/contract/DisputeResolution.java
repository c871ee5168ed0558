package org.zhiban.rules.contract;

import java.util.List;

/**
 * 争议解决 — what the dispute clause (or, without one, the sentences about 仲裁/诉讼) provides.
 *
 * @param arbitration  仲裁 is provided for
 * @param litigation   诉讼 (起诉, 人民法院管辖) is provided for
 * @param negotiation  协商 or 调解 is mentioned
 * @param institutions the 仲裁委员会 named, as written
 * @param court        the court named (甲方所在地人民法院), or {@code null}
 * @param text         the text read
 * @param start        its offset
 * @param end          offset past it
 * @param clause       the clause, or {@code null}
 */
public record DisputeResolution(boolean arbitration, boolean litigation, boolean negotiation,
                                List<String> institutions, String court, String text, int start, int end,
                                String clause) {

    public DisputeResolution {
        institutions = List.copyOf(institutions);
    }

    /** The institutions actually named ("南京仲裁委员会"), not described ("当地仲裁委员会", "仲裁机构"). */
    public List<String> namedInstitutions() {
        return institutions.stream().filter(Disputes::named).toList();
    }
}

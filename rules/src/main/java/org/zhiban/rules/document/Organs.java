package org.zhiban.rules.document;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * 机关名称 helpers for the routing rules. Who is whose superior is not in the document, so these are heuristics
 * read off the names, and every rule built on them is a WARNING.
 */
public final class Organs {

    private static final Pattern SEPARATORS = Pattern.compile("[、，,；;]");
    private static final Pattern LABEL = Pattern.compile("^\\s*+(抄送|主送)?[：:]?\\s*+");
    /** A person rather than an organ: 条例第十五条（五） forbids addressing a superior's leader personally. */
    private static final Pattern PERSON = Pattern.compile(
            ".*(同志|书记|省长|市长|县长|区长|州长|镇长|乡长|局长|厅长|部长|主任|处长|科长|主席|总理|领导|先生|女士)\\s*[：:]?\\s*$");
    /** Collective or explicit names of lower units, which an upward document may not be copied to. */
    private static final Pattern SUBORDINATE = Pattern.compile("^\\s*各|所属|下属|下级|直属单位|局属|委属|厅属");
    /** An administrative seat character, unless it begins a word such as 市场 or 市政. */
    private static final Pattern SEAT_CHARACTER = Pattern.compile("[省市县区州盟旗](?![场政容貌域])");
    /** The organ is a government or Party committee, the superior of the departments at its seat. */
    private static final Pattern GOVERNMENT = Pattern.compile(".*(人民政府|政府|委员会办公厅|委员会办公室|党委|市委|县委|区委|省委|政府办公厅|政府办公室)$");
    private static final Pattern PARTY_COMMITTEE = Pattern.compile("^中共.*委员会$");

    private Organs() {
    }

    /** The organs of a joint issue ("某市财政局、某市教育局"), trimmed. */
    public static List<String> split(String organs) {
        List<String> names = new ArrayList<>();
        if (organs != null) {
            for (String name : SEPARATORS.split(organs)) {
                if (!name.isBlank()) {
                    names.add(name.strip());
                }
            }
        }
        return names;
    }

    /** The name without label, surrounding space and trailing punctuation, for comparing entries. */
    public static String normalise(String name) {
        String withoutLabel = LABEL.matcher(name).replaceFirst("").stripTrailing();
        List<TextMatch> end = Texts.trailing(withoutLabel, "。，,、；;：:. ", null);
        return end.isEmpty() ? withoutLabel : withoutLabel.substring(0, end.get(0).start()).strip();
    }

    public static boolean isPerson(String name) {
        return PERSON.matcher(name).matches();
    }

    public static boolean isSubordinateCollective(String name) {
        return SUBORDINATE.matcher(name).find();
    }

    /** Entries of a list field that are persons. */
    public static List<TextMatch> persons(List<String> names) {
        return Texts.entries(names).stream().filter(entry -> isPerson(entry.text())).toList();
    }

    public static List<TextMatch> subordinates(List<String> names) {
        return Texts.entries(names).stream().filter(entry -> isSubordinateCollective(entry.text())).toList();
    }

    /** Entries equal (after normalising) to an earlier entry of the same list. */
    public static List<TextMatch> duplicates(List<String> names) {
        Set<String> seen = new HashSet<>();
        return Texts.entries(names).stream()
                .filter(entry -> !normalise(entry.text()).isEmpty() && !seen.add(normalise(entry.text())))
                .map(entry -> new TextMatch(entry.start(), entry.end(), entry.text(), ""))
                .toList();
    }

    /** Entries of {@code names} that also appear in {@code others}. */
    public static List<TextMatch> alsoIn(List<String> names, List<String> others) {
        Set<String> other = new HashSet<>();
        others.forEach(name -> other.add(normalise(name)));
        return Texts.entries(names).stream().filter(entry -> other.contains(normalise(entry.text()))).toList();
    }

    /** Entries that are the issuing organ itself (or one of a joint issue's organs). */
    public static List<TextMatch> issuingOrganAmong(List<String> names, String issuingOrgan) {
        return alsoIn(names, split(issuingOrgan));
    }

    /**
     * Whether a 请示 from {@code issuer} to {@code recipient} looks like one between organs of the same seat that
     * are not in line: two departments of one city (某市财政局 to 某市发展和改革委员会). A department's own
     * government or Party committee, and any organ at another seat (a 省 department over a 市 one), may be its
     * superior, so those are left alone.
     */
    public static boolean sameSeatDepartments(String issuer, String recipient) {
        if (Texts.absent(issuer) || Texts.absent(recipient)) {
            return false;
        }
        String from = normalise(issuer);
        String to = normalise(recipient);
        if (isGovernment(to) || isGovernment(from) || isPerson(to) || from.equals(to)) {
            return false;
        }
        String fromSeat = seat(from);
        return fromSeat != null && fromSeat.equals(seat(to));
    }

    static boolean isGovernment(String name) {
        return GOVERNMENT.matcher(name).matches() || PARTY_COMMITTEE.matcher(name).matches();
    }

    /** The longest prefix ending at a seat character, so 重庆市渝中区财政局 sits in 重庆市渝中区; {@code null} if none. */
    static String seat(String name) {
        var matcher = SEAT_CHARACTER.matcher(name);
        int end = -1;
        while (matcher.find()) {
            if (matcher.end() < name.length()) {
                end = matcher.end();
            }
        }
        return end < 0 ? null : name.substring(0, end);
    }
}

package org.zhiban.rules.document;

/** Suggestions for the 版头 fields whose mistakes are mechanical. */
public final class Headers {

    private static final java.util.regex.Pattern SIGNER_LABEL =
            java.util.regex.Pattern.compile("签发人(?!：)[:：\\s]*");

    private Headers() {
    }

    /** "12" → "000012", "００００１２" → "000012"; {@code null} when it is not a number of at most six digits. */
    public static String suggestCopyNumber(String copy) {
        StringBuilder digits = new StringBuilder();
        for (char c : copy.strip().toCharArray()) {
            if (c >= '０' && c <= '９') {
                digits.append((char) (c - '０' + '0'));
            } else if (c >= '0' && c <= '9') {
                digits.append(c);
            } else {
                return null;
            }
        }
        return digits.length() == 0 || digits.length() > 6 ? null : "0".repeat(6 - digits.length()) + digits;
    }

    /** 特提 is the telegram's top level and maps to 特急; any other 急 word to 加急. */
    public static String suggestUrgency(String urgency) {
        String value = urgency.strip();
        if (value.equals("特提") || value.contains("特")) {
            return "特急";
        }
        return value.contains("急") ? "加急" : null;
    }

    /** A "签发人" label in the 签发人 field without its full-width colon. */
    public static java.util.List<TextMatch> signerLabel(String signer) {
        return Texts.find(SIGNER_LABEL, signer, m -> "签发人：");
    }
}

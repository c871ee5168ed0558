package org.zhiban.rules.contract;

import java.util.List;

/** Checks on a party's particulars that need the text around them. */
public final class PartyChecks {

    private PartyChecks() {
    }

    /** The written 统一社会信用代码 when it fails GB 32100-2015, with the right check character as suggestion. */
    public static List<Excerpt> invalidCreditCode(ParsedContract contract, Party party) {
        String code = party.creditCode();
        if (code == null || party.creditCodeValid()) {
            return List.of();
        }
        String text = contract.text();
        int at = text.indexOf(code, party.start());
        Character check = code.length() == 18 ? CreditCodes.checkCharacter(code.substring(0, 17)) : null;
        String suggestion = check == null
                ? "核对统一社会信用代码：应为18位，由数字和除I、O、Z、S、V以外的大写字母组成"
                : "核对统一社会信用代码；按前17位计算，第18位校验码应为“" + check + "”，即" + code.substring(0, 17) + check;
        if (at < 0 || at > party.end()) {
            return List.of(new Excerpt(party.start(), party.end(), text.substring(party.start(), party.end()),
                    suggestion));
        }
        return List.of(new Excerpt(at, at + code.length(), code, suggestion));
    }
}

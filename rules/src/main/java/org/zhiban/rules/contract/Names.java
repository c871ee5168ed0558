package org.zhiban.rules.contract;

import java.util.regex.Pattern;

/** Comparing names of parties and projects as people write them: spaces, bracket widths and seals aside. */
public final class Names {

    private static final Pattern NOISE = Pattern.compile("[\\s\\u3000“”\"'《》]|[（(](?:盖章|公章|签章|签字)[）)]");

    private Names() {
    }

    public static String normal(String name) {
        if (name == null) {
            return "";
        }
        return NOISE.matcher(name).replaceAll("").replace('（', '(').replace('）', ')').replace('：', ':')
                .replaceAll("[。；;，,]+$", "");
    }

    public static boolean same(String a, String b) {
        return normal(a).equals(normal(b));
    }

    /**
     * Whether the contract is about the awarded project: its text names the project, or the project name
     * contains the contract's title without 合同/协议.
     */
    public static boolean mentionsProject(ParsedContract contract, String projectName) {
        String project = normal(projectName);
        if (project.isEmpty() || normal(contract.text()).contains(project)) {
            return true;
        }
        String title = normal(contract.title()).replaceAll("(?:采购|服务|施工)?(?:合同书|合同|协议书|协议)$", "");
        return title.length() >= 4 && project.contains(title);
    }
}

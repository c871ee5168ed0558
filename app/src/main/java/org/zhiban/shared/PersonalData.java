package org.zhiban.shared;

/**
 * 个人信息脱敏 for lists and views: what an official needs to tell people apart, no more. The full value is shown
 * only to the handling officer on demand, and that is recorded (the feature's business).
 */
public final class PersonalData {

    private PersonalData() {
    }

    /** 身份证号: the 6-digit area code and the last 4 ({@code 110101********4514}); shorter values keep only 2 and 2. */
    public static String maskIdNumber(String id) {
        if (id == null || id.isBlank()) {
            return id;
        }
        String v = id.strip();
        return v.length() >= 15 ? v.substring(0, 6) + "*".repeat(v.length() - 10) + v.substring(v.length() - 4)
                : keep(v, 2, 2);
    }

    /** 电话: the first 3 and last 4 of a mobile number ({@code 138****1111}); others keep their last 4. */
    public static String maskPhone(String phone) {
        if (phone == null || phone.isBlank()) {
            return phone;
        }
        String v = phone.strip();
        return v.matches("1\\d{10}") ? v.substring(0, 3) + "****" + v.substring(7) : keep(v, 0, 4);
    }

    /** 姓名: the family name only ({@code 张*}, {@code 欧阳**}). */
    public static String maskName(String name) {
        if (name == null || name.isBlank()) {
            return name;
        }
        String v = name.strip();
        int keep = v.length() >= 4 ? 2 : 1;
        return v.substring(0, keep) + "*".repeat(v.length() - keep);
    }

    private static String keep(String v, int head, int tail) {
        if (v.length() <= head + tail) {
            return "*".repeat(v.length());
        }
        return v.substring(0, head) + "*".repeat(v.length() - head - tail) + v.substring(v.length() - tail);
    }
}

package org.zhiban.integrations.upload;

import java.util.regex.Pattern;
import org.zhiban.integrations.upload.UploadRefusedException.Reason;

/**
 * Refuses entry names that would escape a folder if anyone ever unpacked the archive ("zip slip"). No parser of
 * ours writes entries to disk, but an office file never needs such a name, so it marks a crafted file.
 */
final class EntryNames {

    private static final Pattern SEPARATORS = Pattern.compile("[/\\\\]");
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*", Pattern.DOTALL);
    private static final int SHOWN_CHARS = 120;

    private EntryNames() {
    }

    static void check(String name) {
        if (isUnsafe(name)) {
            throw new UploadRefusedException(Reason.UNSAFE_ENTRY_NAME, shown(name));
        }
    }

    static boolean isUnsafe(String name) {
        if (name.startsWith("/") || name.startsWith("\\") || DRIVE.matcher(name).matches()) {
            return true;
        }
        // a NUL or line break lets a name mean one thing to Java and another to C code or a log
        if (name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return true;
        }
        for (String segment : SEPARATORS.split(name)) {
            if (segment.equals("..")) {
                return true;
            }
        }
        return false;
    }

    /** The name as the message shows it: printable and short. */
    private static String shown(String name) {
        String printable = name.replaceAll("\\p{Cntrl}", "?");
        return printable.length() <= SHOWN_CHARS ? printable : printable.substring(0, SHOWN_CHARS) + "…";
    }
}

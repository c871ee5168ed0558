package org.zhiban.integrations.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether tesseract and the language packs are installed, from {@code tesseract --list-langs}: run directly (no
 * shell), with fixed arguments, and killed if it does not answer in time.
 *
 * @param usable    tesseract answered and has every language asked for
 * @param languages the installed language packs
 * @param tessdata  the folder tesseract named for its language packs; null if it named none
 * @param problem   why it is not usable, in English for the log; null when usable
 */
record TesseractInstallation(boolean usable, Set<String> languages, String tessdata, String problem) {

    private static final long ANSWER_SECONDS = 15;
    /** {@code List of available languages in "/usr/share/tesseract-ocr/5/tessdata/" (3):} */
    private static final Pattern HEADER = Pattern.compile("List of available languages(?: in \"(.*)\")?.*:\\s*");

    static TesseractInstallation probe(String executable, String tessdata, String language) {
        List<String> command = new ArrayList<>(List.of(executable, "--list-langs"));
        if (tessdata != null && !tessdata.isBlank()) {
            command.addAll(List.of("--tessdata-dir", tessdata));
        }
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
        } catch (IOException e) {
            return unusable("cannot run " + executable + ": " + e.getMessage());
        }
        try (InputStream out = process.getInputStream()) {
            // the list is short, far below a pipe's buffer, so waiting before reading cannot dead-lock
            if (!process.waitFor(ANSWER_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return unusable(executable + " --list-langs did not answer in " + ANSWER_SECONDS + " s");
            }
            String output = new String(out.readAllBytes(), StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                return unusable(executable + " --list-langs failed (" + process.exitValue() + "): " + output.strip());
            }
            return parse(output, language);
        } catch (IOException e) {
            return unusable("cannot read the answer of " + executable + ": " + e.getMessage());
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            return unusable("interrupted while asking " + executable + " for its languages");
        }
    }

    static TesseractInstallation parse(String output, String language) {
        Set<String> languages = new LinkedHashSet<>();
        String folder = null;
        boolean listed = false;
        for (String line : output.split("\\R")) {
            Matcher header = HEADER.matcher(line.strip());
            if (header.matches()) {
                listed = true;
                folder = header.group(1);
            } else if (listed && !line.isBlank()) {
                languages.add(line.strip());
            }
        }
        if (!listed) {
            return unusable("unexpected answer to --list-langs: " + output.strip());
        }
        List<String> missing = Arrays.stream(language.split("\\+")).filter(l -> !languages.contains(l)).toList();
        if (!missing.isEmpty()) {
            return new TesseractInstallation(false, Set.copyOf(languages), folder,
                    "tesseract has no language pack " + String.join(", ", missing) + " (installed: "
                            + String.join(", ", languages) + ")");
        }
        return new TesseractInstallation(true, Set.copyOf(languages), folder, null);
    }

    private static TesseractInstallation unusable(String problem) {
        return new TesseractInstallation(false, Set.of(), null, problem);
    }
}

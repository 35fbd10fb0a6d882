package io.chorus.source.file.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import io.chorus.source.file.FileImportException;
import io.chorus.source.file.FileImportSettings;

/**
 * How an export is written: its format, its encoding, how many BOM bytes open it and its CSV delimiter. Detected
 * from the first 64 KiB unless the settings say.
 */
public record Layout(Format format, Charset charset, int bomLength, byte delimiter) {

    /** The three shapes of exports. */
    public enum Format { CSV, JSON, JSONL }

    static final int SAMPLE = 64 * 1024;
    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    public static Layout detect(Path file, FileImportSettings settings) throws FileImportException {
        byte[] sample;
        try (InputStream in = Files.newInputStream(file)) {
            sample = in.readNBytes(SAMPLE);
        } catch (IOException e) {
            throw new FileImportException(file.getFileName() + " cannot be read: " + e.getMessage(), e);
        }
        String name = file.getFileName().toString();
        if (sample.length == 0) {
            throw new FileImportException(name + " is empty: export the mentions again");
        }
        refuseBinary(name, sample);
        int bom = startsWith(sample, UTF8_BOM) ? 3 : 0;
        Charset charset = charset(name, settings.encoding(), sample, bom);
        String text = new String(sample, bom, sample.length - bom, charset);
        Format format = format(name, settings.format(), text);
        byte delimiter = format == Format.CSV ? delimiter(name, settings.delimiter(), text) : (byte) ',';
        return new Layout(format, charset, bom, delimiter);
    }

    private static void refuseBinary(String name, byte[] sample) throws FileImportException {
        if (sample.length >= 4 && sample[0] == 'P' && sample[1] == 'K' && sample[2] == 3 && sample[3] == 4) {
            throw new FileImportException(name + " is an Excel workbook or another ZIP file, not CSV or JSON: open it "
                    + "in Excel or LibreOffice and save it as CSV UTF-8");
        }
        if ((sample[0] == (byte) 0xFF && sample.length > 1 && sample[1] == (byte) 0xFE)
                || (sample[0] == (byte) 0xFE && sample.length > 1 && sample[1] == (byte) 0xFF)) {
            throw new FileImportException(name + " is written in UTF-16 (\"Unicode text\"): save it again as CSV "
                    + "UTF-8");
        }
        int zeros = 0;
        for (byte b : sample) {
            if (b == 0) {
                zeros++;
            }
        }
        if (zeros > 0) {
            throw new FileImportException(name + " holds binary data (" + zeros + " zero bytes in its first "
                    + sample.length + "), so it is not a CSV or JSON export: choose the exported .csv or .json file");
        }
    }

    private static Charset charset(String name, String setting, byte[] sample, int bom) throws FileImportException {
        if (!setting.equalsIgnoreCase("auto")) {
            try {
                return Charset.forName(setting);
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                throw new FileImportException("The encoding '" + setting + "' set for " + name + " is unknown: use "
                        + "auto, UTF-8 or windows-1251", e);
            }
        }
        if (bom > 0 || isUtf8(sample)) {
            return StandardCharsets.UTF_8;
        }
        // Not UTF-8: Russian exports (YouScan, Brand Analytics saved from Excel) are windows-1251, whose letters
        // are 0xC0-0xFF; Western ones are windows-1252 with far fewer high bytes.
        int cyrillic = 0;
        int high = 0;
        for (byte b : sample) {
            int unsigned = b & 0xFF;
            if (unsigned >= 0x80) {
                high++;
                if (unsigned >= 0xC0) {
                    cyrillic++;
                }
            }
        }
        return cyrillic * 10 >= high * 7 ? WINDOWS_1251 : WINDOWS_1252;
    }

    private static boolean isUtf8(byte[] sample) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        // A sample cut in the middle of a character must not count against UTF-8.
        int end = sample.length;
        if (sample.length == SAMPLE) {
            while (end > sample.length - 4 && (sample[end - 1] & 0xC0) == 0x80) {
                end--;
            }
            if (end > 0 && (sample[end - 1] & 0x80) != 0) {
                end--;
            }
        }
        try {
            decoder.decode(ByteBuffer.wrap(Arrays.copyOf(sample, end)));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static Format format(String name, String setting, String text) throws FileImportException {
        switch (setting.toLowerCase(Locale.ROOT)) {
            case "csv":
                return Format.CSV;
            case "json":
                return Format.JSON;
            case "jsonl", "ndjson":
                return Format.JSONL;
            case "auto":
                break;
            default:
                throw new FileImportException("The format '" + setting + "' set for " + name
                        + " is unknown: use auto, csv, json or jsonl");
        }
        String start = text.stripLeading();
        if (start.startsWith("[")) {
            return Format.JSON;
        }
        if (start.startsWith("{")) {
            // JSON Lines: the first line is a whole object by itself.
            int newline = start.indexOf('\n');
            String firstLine = newline < 0 ? start : start.substring(0, newline);
            return newline > 0 && firstLine.strip().endsWith("}") && start.substring(newline).stripLeading()
                    .startsWith("{") ? Format.JSONL : Format.JSON;
        }
        int newline = text.indexOf('\n');
        String header = newline < 0 ? text : text.substring(0, newline);
        if (header.isBlank() || (header.strip().startsWith("<") && header.contains(">"))) {
            throw new FileImportException(name + " is neither CSV nor JSON (it starts with '"
                    + abbreviate(header.strip()) + "'): export the mentions as CSV or JSON and choose that file");
        }
        return Format.CSV;
    }

    private static byte delimiter(String name, String setting, String text) throws FileImportException {
        if (!setting.equalsIgnoreCase("auto")) {
            String value = setting.equalsIgnoreCase("tab") || setting.equals("\\t") ? "\t" : setting;
            if (value.length() != 1 || value.charAt(0) > 0x7F || value.charAt(0) == '"') {
                throw new FileImportException("The delimiter '" + setting + "' set for " + name
                        + " is not one ASCII character: use auto, comma, ; | or tab");
            }
            return (byte) value.charAt(0);
        }
        // The header line outside quotes: the candidate that occurs most often separates the columns.
        int[] counts = new int[4];
        char[] candidates = {',', ';', '\t', '|'};
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                for (int k = 0; k < candidates.length; k++) {
                    if (c == candidates[k]) {
                        counts[k]++;
                    }
                }
            }
        }
        int best = 0;
        for (int k = 1; k < counts.length; k++) {
            if (counts[k] > counts[best]) {
                best = k;
            }
        }
        if (counts[best] == 0) {
            throw new FileImportException(name + " has a single column (no , ; tab or | in its first line), so it is "
                    + "not a CSV export: choose the exported file, or set the delimiter");
        }
        return (byte) candidates[best];
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}

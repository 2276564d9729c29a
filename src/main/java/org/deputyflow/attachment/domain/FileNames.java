package org.deputyflow.attachment.domain;

/**
 * The name a file keeps: what the client sent without any folder part or control character, at most
 * {@link #MAX_LENGTH} characters (the extension kept). The name is only shown and offered on download;
 * the store names the bytes by a key of its own.
 */
public final class FileNames {

    public static final int MAX_LENGTH = 200;

    private FileNames() {}

    /** The cleaned name, or null when nothing of it is left. */
    public static String clean(String original) {
        if (original == null) {
            return null;
        }
        String name = original;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        if (slash >= 0) {
            name = name.substring(slash + 1);
        }
        StringBuilder out = new StringBuilder();
        name.codePoints().filter(c -> !Character.isISOControl(c) && c != '"').forEach(out::appendCodePoint);
        name = out.toString().strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return null;
        }
        int length = name.codePointCount(0, name.length());
        if (length <= MAX_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
        int keep = MAX_LENGTH - extension.codePointCount(0, extension.length());
        return name.substring(0, name.offsetByCodePoints(0, keep)) + extension;
    }
}

package eu.os2.platform.payments.internal.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Danish street addresses: street name and house number. */
public final class Streets {

    /** A street name followed by a house number, optionally a letter and a floor ("Hold-An Vej 7", "Torvet 12B, 2. tv"). */
    private static final Pattern ADDRESS = Pattern.compile("(.*?\\S)\\s+(\\d{1,4}\\s?[A-Za-zÆØÅæøå]?)(?:\\s*,.*)?");

    private Streets() {}

    /** @return whether the text is a street name with a house number */
    public static boolean valid(String text) {
        return text != null && ADDRESS.matcher(text.trim()).matches();
    }

    /** @return {street name, house number}; the number is null when there is none */
    public static String[] split(String text) {
        if (text == null) {
            return new String[] {null, null};
        }
        Matcher m = ADDRESS.matcher(text.trim());
        return m.matches() ? new String[] {m.group(1), m.group(2).replace(" ", "")} : new String[] {text.trim(), null};
    }
}

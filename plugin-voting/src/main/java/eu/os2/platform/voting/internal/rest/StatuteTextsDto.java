package eu.os2.platform.voting.internal.rest;

import eu.os2.platform.voting.internal.model.Statute;
import java.util.LinkedHashMap;

/**
 * Every statute provision the platform enforces: its code → its Danish text. The codes are data (the
 * keys of field errors), so the answer is a JSON object keyed by code; this type pins that shape.
 */
public final class StatuteTextsDto extends LinkedHashMap<String, String> {

    private static final long serialVersionUID = 1L;

    static StatuteTextsDto all() {
        StatuteTextsDto texts = new StatuteTextsDto();
        for (Statute s : Statute.values()) {
            texts.put(s.code(), s.danish());
        }
        return texts;
    }
}

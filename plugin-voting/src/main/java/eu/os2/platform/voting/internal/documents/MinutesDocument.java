package eu.os2.platform.voting.internal.documents;

import eu.os2.platform.api.document.Document;
import eu.os2.platform.api.message.Language;

/** An assembly's minutes as a document people can read (the PDF and the console's print view show the same). */
public interface MinutesDocument {

    /** Who issues the minutes. */
    String AUTHOR = "OS2 – Offentligt digitaliseringsfællesskab";

    /**
     * @return the minutes in the language: the assembly, who was present, each agenda item with its
     *     ballots' decisions and results as their close stored them, and the secretariat's own text when
     *     it says more than the draft
     * @throws java.util.NoSuchElementException for an unknown assembly
     */
    Document document(long assemblyId, Language language);
}

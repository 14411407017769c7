package eu.os2.platform.onboarding.internal.rest;

import eu.os2.platform.onboarding.internal.model.PublicCode;
import java.util.List;

/** What a publiccode.yml import read, and the criteria it marked as met in the current round's draft. */
public record PublicCodeImportDto(
        String name,
        String licence,
        String url,
        String developmentStatus,
        List<String> usedBy,
        List<String> maintainers,
        List<String> marked) {

    static PublicCodeImportDto of(PublicCode.Imported i) {
        PublicCode.Facts f = i.facts();
        return new PublicCodeImportDto(
                f.name(), f.licence(), f.url(), f.developmentStatus(), f.usedBy(), f.maintainers(), i.marked());
    }
}

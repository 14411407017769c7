package eu.os2.platform.onboarding.internal.publiccode;

import eu.os2.platform.api.user.PlatformUser;
import eu.os2.platform.onboarding.internal.model.PublicCode;

/**
 * Reads a product's publiccode.yml: fills licence, repository and purpose where they are empty and
 * marks the criteria it is evidence for as met in the current round's draft.
 */
public interface PublicCodeImport {

    /** @return what was read and which criteria it marked */
    PublicCode.Imported importPublicCode(long productId, String yaml, PlatformUser actor);

    /** Fetches the file from an https address (public hosts only) and imports it; who may import is checked before anything is fetched. */
    PublicCode.Imported importPublicCodeFrom(long productId, String url, PlatformUser actor);
}

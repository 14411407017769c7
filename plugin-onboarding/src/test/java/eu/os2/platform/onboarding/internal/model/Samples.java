package eu.os2.platform.onboarding.internal.model;

/** Files the tests read. */
public final class Samples {

    private Samples() {}

    /** A publiccode.yml as a product would publish it. */
    public static final String PUBLICCODE = """
            publiccodeYmlVersion: "0.4"
            name: OS2forms
            url: "https://github.com/OS2Forms/os2forms"
            developmentStatus: stable
            legal:
              license: MPL-2.0
            usedBy:
              - Aarhus Kommune
              - Ballerup Kommune
            maintenance:
              type: community
              contacts:
                - name: Produktkoordinator
            description:
              da:
                shortDescription: Digitale selvbetjeningsløsninger
            """;
}

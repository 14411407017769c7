package eu.os2.platform.voting.internal.documents;

/**
 * The agenda documents' settings, from the voting plugin's configuration ({@code etc/eu.os2.platform.voting.cfg}).
 * Keep the limit below the platform's request limit ({@code request.maxBodyKilobytes}, 4096 KiB), which
 * refuses a larger body before it is read.
 */
public @interface DocumentsConfig {

    /** The largest document accepted, in KiB. */
    int documents_maxKilobytes() default 4096;
}

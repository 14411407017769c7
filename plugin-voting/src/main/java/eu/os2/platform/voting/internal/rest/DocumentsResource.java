package eu.os2.platform.voting.internal.rest;

import eu.os2.platform.api.document.PdfWriter;
import eu.os2.platform.api.message.Language;
import eu.os2.platform.api.rest.Access;
import eu.os2.platform.api.rest.PlatformRest;
import eu.os2.platform.api.validation.ValidationException;
import eu.os2.platform.api.voting.Assembly;
import eu.os2.platform.api.voting.VotingService;
import eu.os2.platform.voting.internal.documents.AgendaDocuments;
import eu.os2.platform.voting.internal.documents.DocumentInfo;
import eu.os2.platform.voting.internal.documents.FileTypes;
import eu.os2.platform.voting.internal.documents.MinutesDocument;
import eu.os2.platform.voting.internal.documents.StoredFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.NoSuchElementException;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * An assembly's documents at {@code /api/v1/voting/assemblies/{id}/…} (the root path is the voting
 * resource's own, so that a request finds its method in either): the minutes as PDF and as the
 * blocks of the console's print view (for whoever reads the minutes), the agenda items' documents
 * (members' material: the secretariat, the board, member representatives and viewers read them; a
 * supplier partner does not) and publishing the material to the members (the secretariat).
 *
 * <p>An upload is the file's raw bytes as the body, its type as {@code Content-Type} and its name in the
 * {@code filename} query parameter (or the {@code X-Filename} header).
 */
@Component(service = DocumentsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@Path("voting")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentsResource {

    private final VotingService voting;
    private final AgendaDocuments documents;
    private final MinutesDocument minutes;
    private final PdfWriter pdf;

    @Activate
    public DocumentsResource(
            @Reference VotingService voting,
            @Reference AgendaDocuments documents,
            @Reference MinutesDocument minutes,
            @Reference PdfWriter pdf) {
        this.voting = voting;
        this.documents = documents;
        this.minutes = minutes;
        this.pdf = pdf;
    }

    // ---- minutes

    /** The minutes as PDF, in Danish, or English for {@code lang=en} (or an English {@code Accept-Language}). */
    @GET
    @Path("assemblies/{id: \\d+}/minutes.pdf")
    @Produces({PdfWriter.MEDIA_TYPE, PlatformRest.PROBLEM_JSON})
    @RolesAllowed(Access.SIGNED_IN)
    public Response minutesPdf(
            @PathParam("id") long id,
            @QueryParam("lang") String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Assembly a = assemblyOrThrow(id);
        byte[] bytes = minutesPdfBytes(id, language(lang, acceptLanguage));
        return Response.ok(bytes, PdfWriter.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + minutesFileName(a) + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    /** @return e.g. {@code referat-2026-04-23.pdf} */
    static String minutesFileName(Assembly a) {
        return "referat-" + a.heldAt().toLocalDate() + ".pdf";
    }

    /** @return the minutes as the PDF writer writes them */
    byte[] minutesPdfBytes(long id, Language language) {
        assemblyOrThrow(id);
        return pdf.write(minutes.document(id, language));
    }

    /** The minutes as the PDF holds them, for the console's print view. */
    @GET
    @Path("assemblies/{id: \\d+}/minutes/document")
    @RolesAllowed(Access.SIGNED_IN)
    public MinutesViewDto minutesView(
            @PathParam("id") long id,
            @QueryParam("lang") String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        assemblyOrThrow(id);
        return MinutesViewDto.of(minutes.document(id, language(lang, acceptLanguage)));
    }

    // ---- agenda documents

    @GET
    @Path("assemblies/{id: \\d+}/documents")
    @RolesAllowed({Access.SECRETARIAT, Access.BOARD, Access.MEMBER_REPRESENTATIVE, Access.VIEWER})
    public DocumentsDto documents(@PathParam("id") long id) {
        return new DocumentsDto(
                documents.documents(id).stream().map(DocumentDto::of).toList(),
                documents.material(id).map(MaterialDto::of).orElse(null),
                documents.maxBytes(),
                FileTypes.ACCEPTED);
    }

    @POST
    @Path("assemblies/{id: \\d+}/agenda/{itemId: \\d+}/documents")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Access.SECRETARIAT)
    public Response upload(
            @PathParam("id") long id,
            @PathParam("itemId") long itemId,
            @QueryParam("filename") String filename,
            @HeaderParam("X-Filename") String filenameHeader,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @Context SecurityContext security,
            InputStream body) {
        String name = filename != null ? filename : filenameHeader;
        byte[] bytes = read(body, documents.maxBytes());
        DocumentInfo stored = documents.upload(id, itemId, name, contentType, bytes, VotingResource.user(security));
        return Response.created(URI.create("voting/assemblies/" + id + "/documents/" + stored.id()))
                .entity(DocumentDto.of(stored))
                .build();
    }

    @GET
    @Path("assemblies/{id: \\d+}/documents/{documentId: \\d+}")
    @Produces({MediaType.WILDCARD, PlatformRest.PROBLEM_JSON})
    @RolesAllowed({Access.SECRETARIAT, Access.BOARD, Access.MEMBER_REPRESENTATIVE, Access.VIEWER})
    public Response download(@PathParam("id") long id, @PathParam("documentId") long documentId) {
        StoredFile file = documents
                .file(id, documentId)
                .orElseThrow(() -> new NoSuchElementException("no document " + documentId));
        return Response.ok(file.content(), file.info().mediaType())
                .header("Content-Disposition", contentDisposition(file.info().fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .build();
    }

    @DELETE
    @Path("assemblies/{id: \\d+}/documents/{documentId: \\d+}")
    @RolesAllowed(Access.SECRETARIAT)
    public Response delete(
            @PathParam("id") long id, @PathParam("documentId") long documentId, @Context SecurityContext security) {
        documents.delete(id, documentId, VotingResource.user(security));
        return Response.noContent().build();
    }

    // ---- material

    /** Publishes the material: records when, and writes the message to every member organisation's representatives. */
    @POST
    @Path("assemblies/{id: \\d+}/material")
    @RolesAllowed(Access.SECRETARIAT)
    public MaterialDto publishMaterial(@PathParam("id") long id, @Context SecurityContext security) {
        return MaterialDto.of(documents.publishMaterial(id, VotingResource.user(security)));
    }

    // ---- helpers

    private Assembly assemblyOrThrow(long id) {
        return voting.assembly(id).orElseThrow(() -> new NoSuchElementException("no assembly " + id));
    }

    static Language language(String lang, String acceptLanguage) {
        if (lang != null && !lang.isBlank()) {
            if (!lang.strip().equalsIgnoreCase("da") && !lang.strip().equalsIgnoreCase("en")) {
                throw new ValidationException(Map.of("lang", "invalid"));
            }
            return Language.fromCode(lang);
        }
        return PlatformRest.prefersEnglish(acceptLanguage) ? Language.EN : Language.DA;
    }

    /** @return the body, or a {@code file: too-large} refusal once it holds more than {@code max} bytes */
    static byte[] read(InputStream body, long max) {
        if (body == null) {
            return new byte[0];
        }
        try {
            byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (bytes.length > max) {
                throw new ValidationException(Map.of("file", "too-large"));
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return an attachment with the name as ASCII (others replaced) and, for any other letter, as RFC 5987 UTF-8 */
    static String contentDisposition(String fileName) {
        String ascii =
                fileName.replaceAll("[^\\x20-\\x7e]", "_").replace('"', '_').replace('\\', '_');
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}

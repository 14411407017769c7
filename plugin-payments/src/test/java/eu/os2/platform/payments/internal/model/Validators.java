package eu.os2.platform.payments.internal.model;

import com.helger.diver.api.coord.DVRCoordinate;
import com.helger.phive.api.execute.ValidationExecutionManager;
import com.helger.phive.api.executorset.IValidationExecutorSet;
import com.helger.phive.api.executorset.ValidationExecutorSetRegistry;
import com.helger.phive.api.result.ValidationResultList;
import com.helger.phive.api.validity.IValidityDeterminator;
import com.helger.phive.oioubl.OIOUBLValidation;
import com.helger.phive.peppol.PeppolValidation;
import com.helger.phive.peppol.PeppolValidation2026_05;
import com.helger.phive.xml.source.IValidationSourceXML;
import com.helger.phive.xml.source.ValidationSourceXML;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

/** The published OIOUBL and Peppol BIS Billing 3 rule sets (XSD + Schematron), run on our XML. */
final class Validators {

    private static final ValidationExecutorSetRegistry<IValidationSourceXML> REGISTRY =
            new ValidationExecutorSetRegistry<>();

    static {
        OIOUBLValidation.initOIOUBL(REGISTRY);
        PeppolValidation.initStandard(REGISTRY);
    }

    private Validators() {}

    /** @return the errors (and warnings, prefixed) the rule set finds; empty when valid */
    static List<String> errors(String xml, EInvoice.Format format, boolean creditNote) {
        DVRCoordinate id = switch (format) {
            case OIOUBL ->
                creditNote
                        ? OIOUBLValidation.VID_OIOUBL_CREDIT_NOTE_1_13_0
                        : OIOUBLValidation.VID_OIOUBL_INVOICE_1_13_0;
            case PEPPOL ->
                creditNote
                        ? PeppolValidation2026_05.VID_OPENPEPPOL_CREDIT_NOTE_UBL_V3
                        : PeppolValidation2026_05.VID_OPENPEPPOL_INVOICE_UBL_V3;
        };
        IValidationExecutorSet<IValidationSourceXML> set = REGISTRY.getOfID(id);
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document doc =
                    factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            ValidationResultList results = ValidationExecutionManager.executeValidation(
                    IValidityDeterminator.createDefault(),
                    set,
                    ValidationSourceXML.create("invoice.xml", doc),
                    Locale.ENGLISH);
            List<String> errors = new ArrayList<>();
            results.forEach(r -> r.getErrorList().forEach(e -> {
                if (e.isError()) {
                    errors.add(e.getErrorID() + " " + e.getErrorText(Locale.ENGLISH) + " @ " + e.getErrorFieldName());
                }
            }));
            return errors;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

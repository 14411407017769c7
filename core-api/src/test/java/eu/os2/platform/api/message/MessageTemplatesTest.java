package eu.os2.platform.api.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageTemplatesTest {

    private final MessageTemplates templates = new MessageTemplates(MessageTemplatesTest.class, "testmail");

    @Test
    void fillsSubjectAndBodyInTheRecipientsLanguage() {
        MessageContent da = templates.render("notice", Language.DA, Map.of("title", "GF 2027", "name", "Ballerup"));
        assertThat(da.subject()).isEqualTo("Indkaldelse: GF 2027");
        assertThat(da.text()).isEqualTo("Kære Ballerup\n\nGeneralforsamlingen \"GF 2027\" er indkaldt.\n");
        MessageContent en = templates.render("notice", Language.EN, Map.of("title", "GF 2027", "name", "Ballerup"));
        assertThat(en.subject()).isEqualTo("Notice: GF 2027");
    }

    @Test
    void aValueWithALineBreakKeepsTheSubjectOnOneLine() {
        MessageContent content =
                templates.render("notice", Language.DA, Map.of("title", "Ordinær\r\ngeneralforsamling", "name", "x"));
        assertThat(content.subject()).isEqualTo("Indkaldelse: Ordinær generalforsamling");
        assertThat(content.text()).contains("Ordinær\r\ngeneralforsamling");
    }

    @Test
    void aMissingValueOrTemplateIsRefused() {
        assertThatThrownBy(() -> templates.render("notice", Language.DA, Map.of("title", "GF")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name");
        assertThatThrownBy(() -> templates.render("no-such", Language.DA, Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

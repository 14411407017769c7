package eu.os2.platform.core.internal.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.os2.platform.api.message.Language;
import eu.os2.platform.api.message.MessageKind;
import eu.os2.platform.api.message.MessageKinds;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The HTML alternative, the back-off, the settings and the kinds' registry. */
class MailPartsTest {

    @Test
    void theHtmlAlternativeEscapesTheTextKeepsItsParagraphsAndLinksItsUrls() {
        String html = HtmlBody.of(
                "Emne <b>",
                "Hej <script>alert(1)</script> & co\nlinje to\n\nSe https://os2.eu/a?x=1&y=2.",
                Language.DA);
        assertThat(html)
                .contains("<html lang=\"da\">")
                .contains("<title>Emne &lt;b&gt;</title>")
                .contains("<p>Hej &lt;script&gt;alert(1)&lt;/script&gt; &amp; co<br>\nlinje to</p>")
                .contains("<p>Se <a href=\"https://os2.eu/a?x=1&amp;y=2\">https://os2.eu/a?x=1&amp;y=2</a>.</p>")
                .doesNotContain("<script>");
        assertThat(HtmlBody.of("S", "Hello", Language.EN)).contains("<html lang=\"en\">");
    }

    @Test
    void theBackOffStartsAtThirtySecondsAndDoublesToAnHour() {
        assertThat(OutboxSender.backoff(OutboxSender.FIRST_BACKOFF, 0)).isEqualTo(Duration.ofSeconds(30));
        assertThat(OutboxSender.backoff(OutboxSender.FIRST_BACKOFF, 1)).isEqualTo(Duration.ofSeconds(60));
        assertThat(OutboxSender.backoff(OutboxSender.FIRST_BACKOFF, 6)).isEqualTo(Duration.ofMinutes(32));
        assertThat(OutboxSender.backoff(OutboxSender.FIRST_BACKOFF, 7)).isEqualTo(Duration.ofHours(1));
        assertThat(OutboxSender.backoff(OutboxSender.FIRST_BACKOFF, 1000)).isEqualTo(Duration.ofHours(1));
        // a configured first retry doubles the same way, to the same hour
        assertThat(OutboxSender.backoff(Duration.ofSeconds(5), 3)).isEqualTo(Duration.ofSeconds(40));
        assertThat(OutboxSender.backoff(Duration.ofSeconds(5), 40)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void settingsAreCheckedAndNormalised() {
        MailSettings plain = MailSettings.plain("", 25);
        assertThat(plain.sending()).isFalse();
        assertThat(plain.messageIdDomain()).isEqualTo("os2.example");
        MailSettings settings = new MailSettings(
                " smtp.os2.eu ",
                587,
                "STARTTLS",
                null,
                null,
                "",
                null,
                "https://platform.os2.eu/console",
                Duration.ofSeconds(2),
                Duration.ofSeconds(300),
                10,
                Duration.ofSeconds(5),
                Duration.ofSeconds(5),
                Duration.ofSeconds(30));
        assertThat(settings.host()).isEqualTo("smtp.os2.eu");
        assertThat(settings.security()).isEqualTo("starttls");
        assertThat(settings.sender()).isEqualTo("noreply@smtp.os2.eu");
        assertThat(settings.consoleUrl()).isEqualTo("https://platform.os2.eu/console/");
        assertThatThrownBy(() -> new MailSettings(
                        "h",
                        25,
                        "ssl",
                        "",
                        "",
                        "",
                        "",
                        "",
                        Duration.ZERO,
                        Duration.ZERO,
                        1,
                        Duration.ZERO,
                        Duration.ZERO,
                        Duration.ofSeconds(30)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aWrongValueInTheFileTurnsSendingOffInsteadOfStoppingTheOutbox() {
        MailSettings settings = MailSettings.of(config(Map.of(
                "host", "smtp.os2.eu", "security", "starttsl", "username", "os2", "password", "secret-password")));
        assertThat(settings.sending()).as("a misspelt security value").isFalse();
        assertThat(MailSettings.of(config(Map.of("host", "smtp.os2.eu", "maxAttempts", 0)))
                        .sending())
                .isFalse();
        MailSettings good = MailSettings.of(config(Map.of("host", "smtp.os2.eu", "password", "secret-password")));
        assertThat(good.sending()).isTrue();
        assertThat(good.toString()).doesNotContain("secret-password").contains("***");
    }

    /** @return the configuration with these values and the defaults otherwise */
    private static MailConfig config(Map<String, Object> values) {
        return (MailConfig) Proxy.newProxyInstance(
                MailConfig.class.getClassLoader(),
                new Class<?>[] {MailConfig.class},
                (proxy, method, args) -> values.getOrDefault(method.getName(), method.getDefaultValue()));
    }

    @Test
    void theRegistryListsEveryBundlesKindsByCodeAndForgetsABundleThatLeaves() {
        MessageKinds voting = () -> List.of(
                new MessageKind("voting.ballot-opened", false, "Afstemning åbnet", "Ballot opened"),
                new MessageKind("core.invitation", false, "Kopi", "Copy"));
        MessageKindRegistry registry = MessageKindRegistry.of(new CoreMessageKinds(), voting);
        assertThat(registry.all())
                .extracting(MessageKind::code)
                .containsExactly("core.invitation", "voting.ballot-opened");
        assertThat(registry.kind("core.invitation").orElseThrow().required())
                .as("the first registration of a code wins")
                .isTrue();
        registry.remove(voting);
        assertThat(registry.kind("voting.ballot-opened")).isEmpty();
    }
}

package eu.os2.platform.itests;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * E-mail from the running distribution through a real SMTP server (GreenMail on a free port, named
 * in {@code etc/eu.os2.platform.mail.cfg}): an invitation arrives with its link; while the server is
 * down it waits in the outbox and arrives when the server returns; a kill -9 right after the commit
 * loses nothing and sends nothing twice.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MailIT {

    private static final Pattern LINK = Pattern.compile("(http://\\S+/console/#/invitation/)([A-Za-z0-9_-]+)");

    private int smtpPort;
    private GreenMail smtp;
    private RunningDistribution platform;
    private int invited;

    @BeforeAll
    void start() throws Exception {
        smtpPort = Distribution.freePorts(1)[0];
        startMailServer();
        Map<String, Map<String, String>> etc = new HashMap<>();
        etc.put("eu.os2.platform.mail.cfg", Distribution.localMail(smtpPort, "firstRetrySeconds", "5"));
        // a second connection to the database while the platform runs, to read the outbox's states
        etc.put(
                "org.ops4j.datasource-os2.cfg",
                Map.of("url", "jdbc:h2:${karaf.data}/os2/platform;WRITE_DELAY=0;AUTO_SERVER=TRUE"));
        platform = RunningDistribution.start(RunningDistribution.copyOfDistribution(Path.of("target/mail")), etc);
    }

    @AfterAll
    void stop() throws Exception {
        if (platform != null) {
            platform.close();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    private void startMailServer() {
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    private HttpSession admin() throws Exception {
        HttpSession session = new HttpSession(platform.base);
        HttpResponse<String> login = session.loginWhenReady("demo-admin", Distribution.DEMO_PASSWORD);
        assertThat(login.statusCode()).as("login: %s", login.body()).isEqualTo(200);
        return session;
    }

    /** @return the invited address */
    private String invite(HttpSession admin) throws Exception {
        String email = "mail-it-" + (++invited) + "@os2.example";
        HttpResponse<String> response = admin.send(
                "POST",
                "/api/v1/users",
                "{\"email\":\"" + email + "\",\"displayName\":\"Mail Tester " + invited
                        + "\",\"roles\":[\"secretariat\"]}",
                "X-CSRF-Token",
                admin.csrfToken());
        assertThat(response.statusCode()).as("invite: %s", response.body()).isEqualTo(201);
        return email;
    }

    private static String text(MimeMessage mail) throws Exception {
        Multipart mixed = (Multipart) mail.getContent();
        Multipart alternative = (Multipart) mixed.getBodyPart(0).getContent();
        return (String) alternative.getBodyPart(0).getContent();
    }

    private List<MimeMessage> to(String address) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            if (mail.getAllRecipients()[0].toString().equals(address)) {
                found.add(mail);
            }
        }
        return found;
    }

    private List<MimeMessage> awaitMail(String address, long seconds) throws Exception {
        long until = System.currentTimeMillis() + seconds * 1000;
        while (System.currentTimeMillis() < until) {
            List<MimeMessage> found = to(address);
            if (!found.isEmpty()) {
                return found;
            }
            Thread.sleep(250);
        }
        return to(address);
    }

    private String state(String address) throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:" + platform.home().resolve("data/os2/platform").toAbsolutePath() + ";AUTO_SERVER=TRUE");
        h2.setUser("os2");
        h2.setPassword("");
        try (Connection con = h2.getConnection();
                PreparedStatement ps = con.prepareStatement(
                        "SELECT state FROM core_outbox WHERE recipient_address = ? ORDER BY id DESC")) {
            ps.setString(1, address);
            try (ResultSet rows = ps.executeQuery()) {
                return rows.next() ? rows.getString(1) : "none";
            }
        }
    }

    @Test
    @Order(1)
    void anInvitationArrivesByMailWithItsLink() throws Exception {
        String address = invite(admin());
        List<MimeMessage> received = awaitMail(address, 30);
        assertThat(received).hasSize(1);
        MimeMessage mail = received.get(0);
        assertThat(mail.getSubject()).isEqualTo("Du er inviteret til OS2-platformen");
        assertThat(mail.getFrom()[0].toString()).contains("noreply@os2.example");
        String text = text(mail);
        Matcher link = LINK.matcher(text);
        assertThat(link.find()).as("a link in %s", text).isTrue();
        assertThat(link.group(1)).isEqualTo("http://platform.os2.example/console/#/invitation/");
        // the link works: the platform knows its token
        HttpSession stranger = new HttpSession(platform.base);
        HttpResponse<String> invitee =
                stranger.send("POST", "/api/v1/auth/invitation", "{\"token\":\"" + link.group(2) + "\"}");
        assertThat(invitee.statusCode())
                .as("the invitation: %s", invitee.body())
                .isEqualTo(200);
        assertThat(invitee.body()).contains(address);
        assertThat(state(address)).isEqualTo("SENT");
    }

    @Test
    @Order(2)
    void whileTheMailServerIsDownAnInvitationWaitsAndArrivesWhenItReturns() throws Exception {
        smtp.stop();
        String address = invite(admin());
        Thread.sleep(3000);
        assertThat(state(address)).isEqualTo("WAITING");
        startMailServer();
        List<MimeMessage> received = awaitMail(address, 90);
        assertThat(received).hasSize(1);
        assertThat(state(address)).isEqualTo("SENT");
    }

    @Test
    @Order(3)
    void killNineRightAfterTheCommitLosesNothingAndSendsNothingTwice() throws Exception {
        smtp.stop();
        HttpSession admin = admin();
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            addresses.add(invite(admin));
        }
        platform.killAndRestart();
        startMailServer();
        for (String address : addresses) {
            assertThat(awaitMail(address, 120)).as(address).isNotEmpty();
        }
        Thread.sleep(5000); // a second copy would have come by now
        Set<String> messageIds = new HashSet<>();
        for (String address : addresses) {
            List<MimeMessage> received = to(address);
            assertThat(received).as("messages to %s", address).hasSize(1);
            messageIds.add(received.get(0).getMessageID());
            assertThat(state(address)).isEqualTo("SENT");
        }
        assertThat(messageIds).hasSize(addresses.size());
    }
}

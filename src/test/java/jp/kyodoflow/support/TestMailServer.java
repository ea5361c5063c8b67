package jp.kyodoflow.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * A real SMTP server (GreenMail) inside the test JVM, on a free loopback port, that the shared context's
 * mail sender is pointed at ({@code spring.mail.host/port}). Imported by {@link IntegrationTest}. A test
 * may stop it (the server is down) and start it again on the same port.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestMailServer implements org.springframework.beans.factory.DisposableBean {

    private final int port;
    private GreenMail server;

    TestMailServer() throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            free.setReuseAddress(true);
            this.port = free.getLocalPort();
        }
        start();
    }

    @Bean
    static DynamicPropertyRegistrar testMailServerProperties(TestMailServer mail) {
        return registry -> {
            registry.add("spring.mail.host", () -> "127.0.0.1");
            registry.add("spring.mail.port", mail::port);
        };
    }

    public int port() {
        return port;
    }

    public synchronized void start() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
    }

    public synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** Every mail received since the server (re)started, to any address. */
    public synchronized List<MimeMessage> received() {
        return server == null ? List.of() : Arrays.asList(server.getReceivedMessages());
    }

    /** The mails received for one address (its To). */
    public synchronized List<MimeMessage> receivedBy(String address) {
        return received().stream().filter(m -> {
            try {
                return m.getAllRecipients() != null && Arrays.stream(m.getAllRecipients())
                        .anyMatch(a -> a.toString().equalsIgnoreCase(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Override
    public void destroy() {
        stop();
    }
}

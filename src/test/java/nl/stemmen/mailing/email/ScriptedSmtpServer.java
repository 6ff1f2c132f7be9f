package nl.stemmen.mailing.email;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A small SMTP server on a fixed local port that answers {@code RCPT TO} for chosen addresses, or {@code MAIL FROM},
 * with the reply a test gives ({@code 550 5.1.1 no such user}, {@code 451 4.7.1 try again later}) and accepts every
 * other message; it can
 * be taken down (the port refuses connections) and brought up again. GreenMail accepts every address, so the paths
 * of a refused address cannot be tried with it. Speaks EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP and QUIT; no
 * PIPELINING, TLS or AUTH.
 */
final class ScriptedSmtpServer {

    /** A message the server accepted: the recipient (as given in RCPT TO) and the message's lines. */
    record Delivery(String recipient, List<String> lines) {
    }

    private final int port;
    /** Address (lower case) → the reply its RCPT TO gets instead of 250. */
    private final Map<String, String> refusals = new ConcurrentHashMap<>();
    /** Every address given in RCPT TO, in order, whatever the answer. */
    private final List<String> tried = new CopyOnWriteArrayList<>();
    /** Accepted messages, in order. */
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
    private final Set<Socket> sessions = ConcurrentHashMap.newKeySet();
    /** The reply MAIL FROM gets instead of 250; null: accepted. */
    private volatile String senderRefusal;
    private ServerSocket listening;

    /** A server for a local port that is free now; it is down until {@link #up()}. */
    ScriptedSmtpServer() {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return port;
    }

    /** Starts listening on the port (again); nothing changes when it listens already. */
    synchronized void up() {
        if (listening != null && !listening.isClosed()) {
            return;
        }
        try {
            listening = new ServerSocket();
            listening.setReuseAddress(true);
            listening.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ServerSocket server = listening;
        Thread accepting = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    sessions.add(client);
                    Thread session = new Thread(() -> converse(client), "smtp-session-" + port);
                    session.setDaemon(true);
                    session.start();
                } catch (IOException closed) {
                    return;
                }
            }
        }, "smtp-accept-" + port);
        accepting.setDaemon(true);
        accepting.start();
    }

    /** Stops listening and drops open connections: connecting is refused until {@link #up()}. */
    synchronized void down() {
        try {
            if (listening != null) {
                listening.close();
            }
            for (Socket session : sessions) {
                session.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sessions.clear();
    }

    /** RCPT TO this address (any case) is answered with this reply line, e.g. {@code 550 5.1.1 no such user}. */
    void refuse(String address, String reply) {
        refusals.put(address.toLowerCase(Locale.ROOT), reply);
    }

    /** RCPT TO this address is accepted again. */
    void accept(String address) {
        refusals.remove(address.toLowerCase(Locale.ROOT));
    }

    /** MAIL FROM is answered with this reply line, e.g. {@code 553 5.7.1 sender not allowed}; null: accepted again. */
    void refuseSender(String reply) {
        senderRefusal = reply;
    }

    /** Forgets refusals, tries and deliveries. */
    void reset() {
        senderRefusal = null;
        refusals.clear();
        tried.clear();
        deliveries.clear();
    }

    /** The recipients of the accepted messages, in the order they arrived (an address twice if it got two). */
    List<String> deliveredTo() {
        return deliveries.stream().map(Delivery::recipient).toList();
    }

    /** How often an address was given in RCPT TO, accepted or not. */
    long tries(String address) {
        return tried.stream().filter(address::equalsIgnoreCase).count();
    }

    private void converse(Socket client) {
        try (client; BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(),
                StandardCharsets.UTF_8)); OutputStream out = client.getOutputStream()) {
            List<String> recipients = new ArrayList<>();
            reply(out, "220 stemmen-test ESMTP");
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.length() < 4 ? line.toUpperCase(Locale.ROOT) : line.substring(0, 4).toUpperCase(Locale.ROOT);
                switch (command) {
                    case "EHLO", "HELO", "NOOP" -> reply(out, "250 stemmen-test");
                    case "MAIL" -> {
                        recipients.clear();
                        String refusal = senderRefusal;
                        reply(out, refusal == null ? "250 2.1.0 ok" : refusal);
                    }
                    case "RSET" -> {
                        recipients.clear();
                        reply(out, "250 2.0.0 ok");
                    }
                    case "RCPT" -> {
                        String address = line.substring(line.indexOf('<') + 1, line.lastIndexOf('>'));
                        tried.add(address);
                        String refusal = refusals.get(address.toLowerCase(Locale.ROOT));
                        if (refusal == null) {
                            recipients.add(address);
                        }
                        reply(out, refusal == null ? "250 2.1.5 ok" : refusal);
                    }
                    case "DATA" -> {
                        if (recipients.isEmpty()) {
                            reply(out, "554 5.5.1 no valid recipients");
                            continue;
                        }
                        reply(out, "354 end with <CRLF>.<CRLF>");
                        List<String> lines = new ArrayList<>();
                        while ((line = in.readLine()) != null && !line.equals(".")) {
                            lines.add(line.startsWith("..") ? line.substring(1) : line);
                        }
                        for (String recipient : recipients) {
                            deliveries.add(new Delivery(recipient, List.copyOf(lines)));
                        }
                        recipients.clear();
                        reply(out, "250 2.0.0 queued");
                    }
                    case "QUIT" -> {
                        reply(out, "221 2.0.0 bye");
                        return;
                    }
                    default -> reply(out, "502 5.5.2 command not recognised");
                }
            }
        } catch (SocketException dropped) {
            // the client hung up, or down() closed the connection
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            sessions.remove(client);
        }
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}

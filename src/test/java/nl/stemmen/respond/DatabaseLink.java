package nl.stemmen.respond;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The network between Stemmen and its PostgreSQL server, as a TCP relay that a test can cut and
 * restore: a database that goes away mid-fieldwork, without stopping the real server. Stemmen is
 * pointed at the relay; cutting it closes every open connection and refuses new ones.
 */
public final class DatabaseLink implements QuarkusTestResourceLifecycleManager {

    private static volatile boolean cut;
    private static final Set<Socket> OPEN = ConcurrentHashMap.newKeySet();
    private ServerSocket server;

    /** The database is unreachable from now on; connections in use break at once. */
    public static void cut() {
        cut = true;
        OPEN.forEach(DatabaseLink::close);
        OPEN.clear();
    }

    public static void restore() {
        cut = false;
    }

    @Override
    public Map<String, String> start() {
        URI target = URI.create(System.getenv().getOrDefault("STEMMEN_TEST_DB_URL", "jdbc:postgresql://localhost:5432/test")
                .substring("jdbc:".length()));
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Thread acceptor = new Thread(() -> accept(target.getHost(), target.getPort() < 0 ? 5432 : target.getPort()), "database-link");
        acceptor.setDaemon(true);
        acceptor.start();
        String query = target.getRawQuery() == null ? "" : "?" + target.getRawQuery();
        return Map.of("quarkus.datasource.jdbc.url",
                "jdbc:postgresql://127.0.0.1:" + server.getLocalPort() + target.getRawPath() + query);
    }

    private void accept(String host, int port) {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                if (cut) {
                    client.close();
                    continue;
                }
                Socket database = new Socket(host, port);
                OPEN.add(client);
                OPEN.add(database);
                relay(client, database);
                relay(database, client);
            } catch (IOException e) {
                // the server socket closed at stop, or the database refused: the client sees a broken connection
            }
        }
    }

    private static void relay(Socket from, Socket to) {
        Thread pump = new Thread(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException e) {
                // cut or closed by either side
            } finally {
                close(from);
                close(to);
            }
        }, "database-link-relay");
        pump.setDaemon(true);
        pump.start();
    }

    private static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void stop() {
        restore();
        close(OPEN);
        try {
            server.close();
        } catch (IOException e) {
            // closing anyway
        }
    }

    private static void close(Set<Socket> sockets) {
        sockets.forEach(DatabaseLink::close);
        sockets.clear();
    }
}

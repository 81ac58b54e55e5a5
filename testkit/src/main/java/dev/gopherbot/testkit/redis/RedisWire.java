package dev.gopherbot.testkit.redis;

import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * One plain-socket conversation with a Redis server, enough for readiness checks and a test's one-off commands
 * without a client library: inline commands, the first reply line, and {@code INFO server}.
 */
final class RedisWire implements AutoCloseable {
    private final Socket socket;
    private final OutputStream out;
    private final BufferedReader in;

    private RedisWire(Socket socket) throws IOException {
        this.socket = socket;
        this.out = socket.getOutputStream();
        this.in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
    }

    /** Connects and, when the URL carries credentials, authenticates. */
    static RedisWire open(URI u, int connectMillis, int readMillis) throws IOException {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(u.getHost(), u.getPort() == -1 ? 6379 : u.getPort()), connectMillis);
            socket.setSoTimeout(readMillis);
            RedisWire wire = new RedisWire(socket);
            String auth = authCommand(u.getUserInfo());
            if (auth != null && !"+OK".equals(wire.send(auth))) {
                throw new IOException("Redis at " + u.getHost() + ":" + u.getPort() + " refused the credentials");
            }
            return wire;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    /** Sends one inline command and returns the first line of the reply (e.g. {@code +OK}, {@code :3}, {@code $2}). */
    String send(String inline) throws IOException {
        out.write((inline + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
        String line = in.readLine();
        if (line == null) {
            throw new EOFException("Redis closed the connection");
        }
        return line;
    }

    /** The fields of {@code INFO server}, e.g. {@code run_id} (new at every start) and {@code process_id}. */
    Map<String, String> serverInfo() throws IOException {
        String head = send("INFO server");
        if (!head.startsWith("$")) {
            throw new IOException("unexpected reply to INFO: " + head);
        }
        char[] body = new char[Integer.parseInt(head.substring(1))];
        for (int read = 0; read < body.length; ) {
            int n = in.read(body, read, body.length - read);
            if (n < 0) {
                throw new EOFException("Redis closed the connection inside INFO");
            }
            read += n;
        }
        in.readLine(); // the bulk reply's closing CRLF
        Map<String, String> fields = new HashMap<>();
        for (String line : new String(body).split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && !line.startsWith("#")) {
                fields.put(line.substring(0, colon), line.substring(colon + 1));
            }
        }
        return fields;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    // user:password, :password (no user) or password alone
    private static String authCommand(String userInfo) {
        if (userInfo == null || userInfo.isEmpty()) {
            return null;
        }
        int colon = userInfo.indexOf(':');
        return colon < 0 ? "AUTH " + userInfo
                : colon == 0 ? "AUTH " + userInfo.substring(1)
                : "AUTH " + userInfo.substring(0, colon) + " " + userInfo.substring(colon + 1);
    }
}

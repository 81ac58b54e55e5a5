package dev.gopherbot.gateway;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 over a plain socket, for what an HTTP client library hides: a request whose body is never (or only
 * partly) sent, and chunked uploads.
 */
public final class RawHttp implements AutoCloseable {
    private final Socket socket;
    private final OutputStream out;

    public RawHttp(int port) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(10_000);
        out = socket.getOutputStream();
    }

    /** Sends the request line and headers (each "Name: value"), then the blank line. */
    public RawHttp head(String requestLine, String... headers) throws IOException {
        StringBuilder sb = new StringBuilder(requestLine).append("\r\nHost: 127.0.0.1\r\n");
        for (String h : headers) {
            sb.append(h).append("\r\n");
        }
        out.write(sb.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return this;
    }

    public RawHttp write(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
        return this;
    }

    public RawHttp chunk(byte[] bytes) throws IOException {
        out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(bytes);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return this;
    }

    /** Reads the status line's code, e.g. 413. */
    public int status() throws IOException {
        String line = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                .readLine();
        if (line == null) {
            throw new IOException("connection closed without a response");
        }
        return Integer.parseInt(line.split(" ")[1]);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}

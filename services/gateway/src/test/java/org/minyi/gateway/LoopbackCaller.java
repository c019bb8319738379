package org.minyi.gateway;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * One HTTP/1.1 GET to the gateway from a chosen loopback address — Linux answers on all of 127.0.0.0/8 —
 * so that a test can be a proxy at 127.0.0.1 and a caller beside it at 127.0.0.2 with buckets of their own.
 */
final class LoopbackCaller {

    record Answer(int status, String text) {
    }

    private LoopbackCaller() {
    }

    static Answer get(String from, int port, String path, String... headers) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(10_000);
            StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n");
            for (String header : headers) {
                request.append(header).append("\r\n");
            }
            socket.getOutputStream().write(request.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new Answer(Integer.parseInt(answer.substring(9, 12)), answer);
        }
    }
}

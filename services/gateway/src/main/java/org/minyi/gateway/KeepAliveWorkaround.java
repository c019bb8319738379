package org.minyi.gateway;

import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Handles every request off the connection's event loop. Reactor Netty 1.3.6 stops reading a keep-alive
 * connection when a request that arrived while the previous one was still being answered is then
 * answered at once on the event loop — a refused token, a 429, a redirect — and the next request on
 * that connection is never answered (reactor-netty#4361, fixed after 1.3.8). Starting the work on
 * another thread means no answer completes inside the event loop's dispatch. Remove when the gateway
 * runs on a Reactor Netty with the fix; {@code GatewayIT} shows whether it is still needed.
 */
final class KeepAliveWorkaround implements WebFilter, Ordered {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return Mono.defer(() -> chain.filter(exchange)).subscribeOn(Schedulers.parallel());
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}

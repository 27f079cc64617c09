<?php
namespace React\Http;

use React\Http\Message\ServerRequest;
use React\Stream\ThroughStream;

/**
 * Stand-in for react/http's HttpServer plus the event loop: listen() plays
 * PHPLEAK_N dashboard clients that open the availability feed, receive a few
 * events and disconnect. $tick is what the loop's periodic timers do between
 * connections.
 */
final class HttpServer
{
    private \Closure $handler;

    public function __construct(callable $requestHandler)
    {
        $this->handler = \Closure::fromCallable($requestHandler);
    }

    public function listen(string $uri, callable $tick): void
    {
        $n = (int) (getenv('PHPLEAK_N') ?: 100);
        for ($i = 0; $i < $n; $i++) {
            $request = new ServerRequest('GET', '/fleet/availability/stream', [
                'branch' => ['LHR-T5', 'MAN-AP', 'EDI-WAV'][$i % 3],
                'classes' => 'EDMR,CDMR,IDAR',
            ], [
                'accept' => 'text/event-stream',
                'last-event-id' => (string) (9000 + $i),
                'x-dashboard-user' => 'counter-agent-' . ($i % 17),
            ]);
            $response = ($this->handler)($request);
            $tick($i);
            $body = $response->getBody();
            if ($body instanceof ThroughStream) {
                $body->close(); // client disconnects
            }
        }
    }
}

<?php

namespace React\Http;

use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use React\Http\Message\Response;
use React\Http\Message\ServerRequest;
use React\Socket\ConnectionInterface;
use React\Socket\ServerInterface;

final class HttpServer
{
    /** @var list<callable> */
    private array $middleware;
    /** @var list<callable> */
    private array $errorListeners = [];

    public function __construct(callable ...$middlewareOrRequestHandler)
    {
        $this->middleware = $middlewareOrRequestHandler;
    }

    public function on(string $event, callable $listener): void
    {
        if ($event === 'error') {
            $this->errorListeners[] = $listener;
        }
    }

    public function listen(ServerInterface $socket): void
    {
        $socket->on('connection', function (ConnectionInterface $connection): void {
            $request = ServerRequest::fromRaw($connection->read(), (string) $connection->getRemoteAddress());
            try {
                $response = $this->call($request, 0);
            } catch (\Throwable $e) {
                foreach ($this->errorListeners as $listener) {
                    $listener($e);
                }
                $response = new Response(500);
            }
            $connection->end(sprintf("HTTP/1.1 %d\r\n\r\n", $response->getStatusCode()) . $response->getBody());
        });
    }

    private function call(ServerRequestInterface $request, int $position): ResponseInterface
    {
        $handler = $this->middleware[$position];
        if ($position === count($this->middleware) - 1) {
            return $handler($request);
        }

        return $handler($request, fn (ServerRequestInterface $request): ResponseInterface => $this->call($request, $position + 1));
    }
}

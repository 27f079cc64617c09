<?php

namespace Amp\Http\Server {

    use Revolt\EventLoop;

    final class Request
    {
        public function __construct(
            public readonly string $method,
            public readonly string $path,
            private array $query,
            private string $body,
        ) {
        }

        public function getQueryParameter(string $name): ?string
        {
            return $this->query[$name] ?? null;
        }

        public function getBody(): string
        {
            return $this->body;
        }
    }

    final class Response
    {
        public function __construct(public readonly int $status, public readonly array $headers, public readonly string $body)
        {
        }
    }

    interface RequestHandler
    {
        public function handleRequest(Request $request): Response;
    }

    /**
     * The server and its handler live for the whole process; each request is
     * handled in its own fiber.
     */
    final class SocketHttpServer
    {
        private ?RequestHandler $handler = null;

        public function start(RequestHandler $handler): void
        {
            $this->handler = $handler;
        }

        /** Test driver: feeds $requests through the loop like the socket would. */
        public function accept(iterable $requests): void
        {
            foreach ($requests as $request) {
                EventLoop::queue(function (Request $request): void {
                    $this->handler->handleRequest($request);
                }, $request);
                EventLoop::run();
            }
        }
    }
}

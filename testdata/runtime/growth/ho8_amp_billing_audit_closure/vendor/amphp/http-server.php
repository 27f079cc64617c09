<?php
// Stand-in for amphp/http-server 3.x: request/response, handler and middleware contracts, and the socket server.

namespace Amp\Http\Server {
    final class Request
    {
        private array $attributes = [];
        public function __construct(private string $method, private string $uri, private array $headers = [], private string $body = '') {}
        public function getHeader(string $name): ?string { return $this->headers[strtolower($name)] ?? null; }
        public function getBody(): string { return $this->body; }
    }

    final class Response
    {
        public function __construct(public int $status = 200, public array $headers = [], public string $body = '') {}
    }

    interface RequestHandler { public function handleRequest(Request $request): Response; }
    interface Middleware { public function handleRequest(Request $request, RequestHandler $requestHandler): Response; }
    interface ErrorHandler { public function handleError(int $status, ?string $reason = null, ?Request $request = null): Response; }

    final class DefaultErrorHandler implements ErrorHandler
    {
        public function handleError(int $status, ?string $reason = null, ?Request $request = null): Response { return new Response($status, [], (string) $reason); }
    }

    final class SocketHttpServer
    {
        private ?RequestHandler $requestHandler = null;
        private ?ErrorHandler $errorHandler = null;
        private array $addresses = [];

        public static function createForDirectAccess(object $logger): self { return new self(); }
        public function expose(string $address): void { $this->addresses[] = $address; }
        public function start(RequestHandler $requestHandler, ErrorHandler $errorHandler): void
        {
            [$this->requestHandler, $this->errorHandler] = [$requestHandler, $errorHandler];
        }

        // What the HTTP/1.1 driver does for each request parsed on an accepted client.
        public function receive(Request $request): Response
        {
            try {
                return $this->requestHandler->handleRequest($request);
            } catch (\Throwable $e) {
                return $this->errorHandler->handleError(500, $e->getMessage(), $request);
            }
        }
    }
}

namespace Amp\Http\Server\RequestHandler {
    use Amp\Http\Server\{Request, RequestHandler, Response};

    final class ClosureRequestHandler implements RequestHandler
    {
        public function __construct(private \Closure $closure) {}
        public function handleRequest(Request $request): Response { return ($this->closure)($request); }
    }
}

namespace Psr\Log {
    final class NullLogger { public function log($level, string|\Stringable $message, array $context = []): void {} }
}

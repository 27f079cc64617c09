<?php
// Stand-in for react/http: the server hands each request to the handler and
// writes the response once the returned promise settles.

namespace React\Http\Message {
    final class ServerRequest
    {
        public function __construct(public string $method, public string $uri, public array $headers = [])
        {
        }

        public function getHeaderLine(string $name): string
        {
            return $this->headers[strtolower($name)] ?? '';
        }
    }

    final class Response
    {
        public function __construct(public int $status = 200, public array $headers = [], public string $body = '')
        {
        }
    }
}

namespace React\Http {
    use React\Http\Message\Response;
    use React\Http\Message\ServerRequest;
    use React\Promise\PromiseInterface;

    final class HttpServer
    {
        private $handler;
        public int $written = 0;

        public function __construct(callable $handler)
        {
            $this->handler = $handler;
        }

        /** Called by the socket server for every parsed request. */
        public function handleRequest(ServerRequest $request): void
        {
            $result = ($this->handler)($request);
            if ($result instanceof PromiseInterface) {
                $result->then(function (Response $response) {
                    $this->written += strlen($response->body);
                }, function (\Throwable $e) {
                    $this->written += 0;
                });
            }
        }
    }
}

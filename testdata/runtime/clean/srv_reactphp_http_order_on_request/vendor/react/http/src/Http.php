<?php

namespace React\Http\Message;

class ServerRequest extends \Nyholm\Psr7\ServerRequest
{
}

final class Response extends \Nyholm\Psr7\Response
{
    public static function json($data): self
    {
        return new self(200, ['Content-Type' => 'application/json'], \json_encode($data, \JSON_PRETTY_PRINT | \JSON_UNESCAPED_SLASHES) . "\n");
    }

    public static function plaintext(string $text): self
    {
        return new self(200, ['Content-Type' => 'text/plain; charset=utf-8'], $text);
    }
}

namespace React\Http;

use Evenement\EventEmitter;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use React\Http\Message\ServerRequest;
use React\Socket\ConnectionInterface;
use React\Socket\ServerInterface;

/**
 * Stand-in: listen() handles each connection's request (one per connection) by calling the
 * middleware callables in order and the request handler last, then writes the response.
 */
final class HttpServer extends EventEmitter
{
    /** @var list<callable> */
    private array $callbacks;

    public function __construct(callable ...$middlewareOrRequestHandler)
    {
        $this->callbacks = $middlewareOrRequestHandler;
    }

    public function listen(ServerInterface $socket): void
    {
        $socket->on('connection', function (ConnectionInterface $connection): void {
            $connection->on('data', function (string $data) use ($connection): void {
                $response = $this->call($this->parse($data, $connection), 0);
                $connection->end(\sprintf("HTTP/1.1 %d %s\r\n\r\n", $response->getStatusCode(), $response->getReasonPhrase()) . $response->getBody());
            });
        });
    }

    private function call(ServerRequestInterface $request, int $position): ResponseInterface
    {
        $callback = $this->callbacks[$position];
        if ($position === \count($this->callbacks) - 1) {
            return $callback($request);
        }

        return $callback($request, function (ServerRequestInterface $request) use ($position): ResponseInterface {
            return $this->call($request, $position + 1);
        });
    }

    private function parse(string $data, ConnectionInterface $connection): ServerRequestInterface
    {
        [$head, $body] = \explode("\r\n\r\n", $data, 2);
        $lines = \explode("\r\n", $head);
        [$method, $target] = \explode(' ', \array_shift($lines), 3);
        $headers = [];
        foreach ($lines as $line) {
            [$name, $value] = \explode(':', $line, 2);
            $headers[$name] = \trim($value);
        }
        $remote = \parse_url((string) $connection->getRemoteAddress());
        $request = new ServerRequest($method, 'http://' . ($headers['Host'] ?? 'localhost') . $target, $headers, $body, '1.1', [
            'REMOTE_ADDR' => $remote['host'] ?? '',
            'REMOTE_PORT' => $remote['port'] ?? 0,
        ]);
        \parse_str((string) \parse_url($target, \PHP_URL_QUERY), $query);

        return $request->withQueryParams($query);
    }
}

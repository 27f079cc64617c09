<?php
// A ReactPHP-style streaming HTTP server serves many requests over one keep-alive connection and adds a close listener per pending response that is never removed.
// https://github.com/reactphp/http/pull/515

trait EventEmitterTrait
{
    private array $listeners = [];

    public function on(string $event, callable $listener): void
    {
        $this->listeners[$event][] = $listener; // leak
    }

    public function removeListener(string $event, callable $listener): void
    {
        foreach ($this->listeners[$event] ?? [] as $index => $registered) {
            if ($registered === $listener) {
                unset($this->listeners[$event][$index]);
            }
        }
        if (($this->listeners[$event] ?? null) === []) {
            unset($this->listeners[$event]);
        }
    }

    public function emit(string $event, array $args = []): void
    {
        foreach ($this->listeners[$event] ?? [] as $listener) {
            $listener(...$args);
        }
    }
}

final class Connection
{
    use EventEmitterTrait;

    public int $bytesWritten = 0;

    public function __construct(public readonly string $remoteAddress) {}

    public function write(string $data): void
    {
        $this->bytesWritten += strlen($data);
    }
}

final class Response
{
    public function __construct(public readonly int $status, public readonly array $headers, public readonly string $body) {}
}

final class Promise
{
    private array $handlers = [];
    private ?Response $result = null;
    private bool $cancelled = false;

    public function then(callable $onFulfilled): void
    {
        if ($this->result !== null) {
            $onFulfilled($this->result);
            return;
        }
        $this->handlers[] = $onFulfilled;
    }

    public function settle(Response $response): void
    {
        $this->result = $response;
        $handlers = $this->handlers;
        $this->handlers = [];
        foreach ($handlers as $handler) {
            $handler($response);
        }
    }

    public function cancel(): void
    {
        $this->cancelled = true;
        $this->handlers = [];
    }
}

final class StreamingServer
{
    public function __construct(private Closure $requestHandler) {}

    public function handleRequest(Connection $conn, array $request): void
    {
        $response = ($this->requestHandler)($request);

        // cancel pending promise once connection closes
        $canceler = function () use ($response) {
            $response->cancel();
        };
        $conn->on('close', $canceler); // leak

        $response->then(function (Response $resolved) use ($conn, $request) {
            $this->writeResponse($conn, $request, $resolved);
        });
    }

    private function writeResponse(Connection $conn, array $request, Response $response): void
    {
        $head = "HTTP/1.1 {$response->status} OK\r\n";
        foreach ($response->headers as $name => $value) {
            $head .= "$name: $value\r\n";
        }
        $conn->write($head . "\r\n" . $response->body);
    }
}

$pending = [];
$server = new StreamingServer(function (array $request) use (&$pending): Promise {
    $promise = new Promise();
    $pending[] = [$promise, $request];
    return $promise;
});

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$conn = new Connection('10.0.0.7:51544');
for ($i = 0; $i < $n; $i++) {
    $server->handleRequest($conn, ['method' => 'GET', 'path' => '/api/orders/' . (5000 + $i), 'headers' => ['Connection' => 'keep-alive']]);
    foreach ($pending as [$promise, $request]) {
        $json = json_encode(['id' => 5000 + $i, 'path' => $request['path'], 'lines' => array_fill(0, 12, str_repeat('sku', 12))]);
        $promise->settle(new Response(200, ['Content-Type' => 'application/json', 'Content-Length' => (string) strlen($json)], $json));
    }
    $pending = [];
}

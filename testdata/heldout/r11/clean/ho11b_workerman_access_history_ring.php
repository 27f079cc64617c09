<?php

declare(strict_types=1);

namespace App\Workerman;

final class TcpConnection
{
    public int $sent = 0;

    public function __construct(public readonly int $id, public readonly string $remoteAddress)
    {
    }

    public function send(string $buffer): void
    {
        $this->sent += \strlen($buffer);
    }
}

/** Stand-in for Workerman\Worker: delivers PHPLEAK_N messages to onMessage. */
final class Worker
{
    /** @var list<self> */
    private static array $workers = [];
    /** @var callable|null */
    public $onMessage = null;
    public static int $messages = 100;

    public function __construct(public readonly string $listen)
    {
        self::$workers[] = $this;
    }

    public static function runAll(): void
    {
        foreach (self::$workers as $worker) {
            for ($i = 0; $i < self::$messages; ++$i) {
                $conn = new TcpConnection($i % 128, '10.0.' . ($i % 7) . '.' . ($i % 250) . ':' . (40000 + $i % 2000));
                $data = "GET /api/products/" . ($i % 500) . " HTTP/1.1\r\nHost: shop.test\r\nUser-Agent: bench\r\n\r\n";
                ($worker->onMessage)($conn, $data);
            }
        }
    }
}

final class RequestEntry
{
    public function __construct(
        public readonly string $remote,
        public readonly string $requestLine,
        public readonly array $headers,
        public readonly float $at,
    ) {
    }
}

final class RecentRequests
{
    /** @var array<int, RequestEntry> */
    private array $slots = [];
    private int $cursor = 0;

    public function __construct(private int $capacity)
    {
    }

    public function record(RequestEntry $entry): void
    {
        $this->slots[$this->cursor] = $entry;
        $this->cursor = ($this->cursor + 1) % $this->capacity;
    }

    /** @return list<RequestEntry> */
    public function snapshot(): array
    {
        return \array_values($this->slots);
    }
}

function parse_http(string $data): array
{
    [$head] = \explode("\r\n\r\n", $data, 2);
    $lines = \explode("\r\n", $head);
    $requestLine = \array_shift($lines);
    $headers = [];
    foreach ($lines as $line) {
        [$k, $v] = \explode(':', $line, 2);
        $headers[\strtolower(\trim($k))] = \trim($v);
    }
    $headers['x-trace'] = \bin2hex(\random_bytes(96));

    return [$requestLine, $headers];
}

$n = (int) (\getenv('PHPLEAK_N') ?: 100);
$recent = new RecentRequests(50);

$http = new Worker('http://0.0.0.0:8080');
$http->onMessage = static function (TcpConnection $connection, string $data) use ($recent): void {
    [$requestLine, $headers] = parse_http($data);
    $recent->record(new RequestEntry($connection->remoteAddress, $requestLine, $headers, \microtime(true)));
    $body = \json_encode(['path' => \explode(' ', $requestLine)[1] ?? '/', 'seen' => \count($recent->snapshot())]);
    $connection->send("HTTP/1.1 200 OK\r\nContent-Length: " . \strlen($body) . "\r\n\r\n" . $body);
};

Worker::$messages = $n;
Worker::runAll();

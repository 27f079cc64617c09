<?php

declare(strict_types=1);

namespace App\Server;

interface Protocol
{
    /** Returns the length of the first complete frame in $buffer, 0 if incomplete. */
    public function input(string $buffer): int;

    /** @return array<string, mixed> */
    public function decode(string $frame): array;
}

final class JsonLinesProtocol implements Protocol
{
    private const MAX_FRAME = 16 * 1024;

    /** @var \WeakReference<TcpConnection> */
    private readonly \WeakReference $connection;

    public function __construct(TcpConnection $connection)
    {
        $this->connection = \WeakReference::create($connection);
    }

    public function input(string $buffer): int
    {
        $end = strpos($buffer, "\n");
        if ($end === false) {
            if (strlen($buffer) > self::MAX_FRAME) {
                $this->connection->get()?->close();
            }

            return 0;
        }

        return $end + 1;
    }

    public function decode(string $frame): array
    {
        return json_decode(rtrim($frame), true, 16, JSON_THROW_ON_ERROR);
    }
}

final class TcpConnection
{
    public readonly Protocol $protocol;

    public string $recvBuffer = '';

    public string $lastFrame = '';

    /** @var array<string, mixed> per-connection session data set by handlers */
    public array $context = [];

    private bool $closed = false;

    /** @param class-string<Protocol> $protocolClass */
    public function __construct(
        public readonly int $id,
        public readonly string $remoteAddress,
        string $protocolClass,
        private readonly Worker $worker,
    ) {
        $this->protocol = new $protocolClass($this);
    }

    public function onReadable(string $bytes): void
    {
        $this->recvBuffer .= $bytes;
        while (!$this->closed && ($length = $this->protocol->input($this->recvBuffer)) > 0) {
            $this->lastFrame = substr($this->recvBuffer, 0, $length);
            $this->recvBuffer = substr($this->recvBuffer, $length);
            $this->worker->dispatchMessage($this, $this->protocol->decode($this->lastFrame));
        }
    }

    public function close(): void
    {
        if ($this->closed) {
            return;
        }
        $this->closed = true;
        $this->worker->forget($this);
    }
}

final class Worker
{
    /** @var array<int, TcpConnection> */
    private array $connections = [];

    /** @var (\Closure(TcpConnection, array<string, mixed>): void)|null */
    public ?\Closure $onMessage = null;

    private int $nextId = 1;

    /** @param class-string<Protocol> $protocolClass */
    public function __construct(private readonly string $protocolClass)
    {
    }

    public function accept(string $remoteAddress): TcpConnection
    {
        $connection = new TcpConnection($this->nextId++, $remoteAddress, $this->protocolClass, $this);
        $this->connections[$connection->id] = $connection;

        return $connection;
    }

    public function dispatchMessage(TcpConnection $connection, array $message): void
    {
        if ($this->onMessage !== null) {
            ($this->onMessage)($connection, $message);
        }
    }

    public function forget(TcpConnection $connection): void
    {
        unset($this->connections[$connection->id]);
    }
}

namespace App\Telemetry;

use App\Server\JsonLinesProtocol;
use App\Server\TcpConnection;
use App\Server\Worker;

final class MetricsIngest
{
    /** @var array<string, float> */
    private array $gauges = [];

    public function __invoke(TcpConnection $connection, array $message): void
    {
        if (isset($message['host'])) {
            $connection->context['agent'] = ['host' => $message['host'], 'labels' => $message['labels'] ?? []];
        }
        foreach ($message['gauges'] as $name => $value) {
            if (in_array($name, ['cpu', 'mem', 'disk', 'net_rx', 'net_tx'], true)) {
                $this->gauges[$name] = (float) $value;
            }
        }
        if (($message['bye'] ?? false) === true) {
            $connection->close();
        }
    }
}

$worker = new Worker(JsonLinesProtocol::class);
$worker->onMessage = (new MetricsIngest())(...);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    // A short-lived agent connects, reports its gauges and disconnects.
    $connection = $worker->accept(sprintf('10.20.%d.%d:%d', intdiv($i, 250) % 250, $i % 250, 40000 + $i));
    $report = json_encode([
        'host' => sprintf('node-%05d.eu-west.internal', $i),
        'gauges' => ['cpu' => 0.42, 'mem' => 0.71, 'disk' => 0.33, 'net_rx' => 1200.5, 'net_tx' => 980.25],
        'labels' => ['role' => 'web', 'az' => 'eu-west-1b', 'build' => str_repeat('7f3a9c', 40)],
    ], JSON_THROW_ON_ERROR);
    $connection->onReadable(substr($report, 0, 100));
    $connection->onReadable(substr($report, 100) . "\n");
    $connection->onReadable(json_encode(['gauges' => [], 'bye' => true]) . "\n");
    unset($connection);
}

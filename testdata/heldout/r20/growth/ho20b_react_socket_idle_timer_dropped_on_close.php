<?php

declare(strict_types=1);

namespace App\Gateway;

// --- ReactPHP-like stand-ins ------------------------------------------------

final class Timer
{
    private static int $nextId = 0;
    public readonly int $id;

    public function __construct(public readonly float $due, public readonly \Closure $callback)
    {
        $this->id = ++self::$nextId;
    }
}

final class EventLoop
{
    /** @var array<int, Timer> */
    private array $timers = [];
    /** @var list<\Closure> */
    private array $ticks = [];

    public function addTimer(float $seconds, \Closure $callback): Timer
    {
        $timer = new Timer(microtime(true) + $seconds, $callback);
        $this->timers[$timer->id] = $timer; // leak

        return $timer;
    }

    public function cancelTimer(Timer $timer): void
    {
        unset($this->timers[$timer->id]);
    }

    public function futureTick(\Closure $tick): void
    {
        $this->ticks[] = $tick;
    }

    public function runOnce(): void
    {
        while ($tick = array_shift($this->ticks)) {
            $tick();
        }
        $now = microtime(true);
        foreach ($this->timers as $id => $timer) {
            if ($timer->due <= $now) {
                unset($this->timers[$id]);
                ($timer->callback)();
            }
        }
    }
}

final class Connection
{
    /** @var array<string, list<\Closure>> */
    private array $listeners = [];
    public string $written = '';
    public bool $closed = false;

    public function __construct(public readonly string $remote, public readonly string $handshake)
    {
    }

    public function on(string $event, \Closure $listener): void
    {
        $this->listeners[$event][] = $listener;
    }

    public function emit(string $event, mixed ...$args): void
    {
        foreach ($this->listeners[$event] ?? [] as $listener) {
            $listener(...$args);
        }
    }

    public function write(string $data): void
    {
        $this->written .= $data;
    }

    public function close(): void
    {
        if ($this->closed) {
            return;
        }
        $this->closed = true;
        $this->emit('close');
        $this->listeners = [];
    }
}

// --- application ------------------------------------------------------------

final class IdleGuard
{
    private ?Timer $timer = null;

    public function __construct(
        private readonly EventLoop $loop,
        private readonly Connection $connection,
        private readonly float $timeout,
    ) {
    }

    public function arm(): void
    {
        if ($this->timer !== null) {
            $this->loop->cancelTimer($this->timer);
        }
        $this->timer = $this->loop->addTimer($this->timeout, $this->expiry()); // leak
    }

    public function disarm(): void
    {
        $this->timer = null;
    }

    private function expiry(): \Closure
    {
        return function (): void {
            $this->connection->write("{\"type\":\"bye\",\"reason\":\"idle\"}\n");
            $this->connection->close();
        };
    }
}

final class LineProtocolHandler
{
    public function __construct(private readonly EventLoop $loop, private readonly float $idleTimeout = 45.0)
    {
    }

    public function __invoke(Connection $connection): void
    {
        $guard = new IdleGuard($this->loop, $connection, $this->idleTimeout);
        $guard->arm();

        $connection->on('data', function (string $chunk) use ($connection, $guard): void {
            $guard->arm();
            foreach (explode("\n", trim($chunk)) as $line) {
                $message = json_decode($line, true) ?: [];
                $connection->write(json_encode(['ack' => $message['seq'] ?? null]) . "\n");
            }
        });
        $connection->on('close', static function () use ($guard): void {
            $guard->disarm();
        });
    }
}

// --- server stand-in --------------------------------------------------------

$loop = new EventLoop();
$handler = new LineProtocolHandler($loop);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $connection = new Connection(
        sprintf('tcp://192.168.%d.%d:%d', $i % 200, ($i * 7) % 250, 50000 + $i % 10000),
        str_repeat('x-client-hello;', 12) . bin2hex(random_bytes(32)),
    );
    $handler($connection);
    $loop->futureTick(static function () use ($connection, $i): void {
        $connection->emit('data', json_encode(['seq' => $i, 'op' => 'ping']) . "\n");
        $connection->close();
    });
    $loop->runOnce();
    unset($connection);
}

<?php
// A ReactPHP-style TCP server arms an idle timeout and a keep-alive periodic timer on the event loop for each connection and cancels both timers when the connection closes.

final class Timer
{
    public function __construct(public readonly float $interval, public readonly Closure $callback, public readonly bool $periodic) {}
}

final class FakeLoop
{
    private SplObjectStorage $timers;

    public function __construct()
    {
        $this->timers = new SplObjectStorage();
    }

    public function addTimer(float $interval, Closure $callback): Timer
    {
        $timer = new Timer($interval, $callback, false);
        $this->timers->attach($timer);
        return $timer;
    }

    public function addPeriodicTimer(float $interval, Closure $callback): Timer
    {
        $timer = new Timer($interval, $callback, true);
        $this->timers->attach($timer);
        return $timer;
    }

    public function cancelTimer(Timer $timer): void
    {
        $this->timers->detach($timer);
    }
}

trait EventEmitter
{
    private array $listeners = [];

    public function on(string $event, callable $listener): void { $this->listeners[$event][] = $listener; }
    public function emit(string $event, array $args = []): void { foreach ($this->listeners[$event] ?? [] as $l) { $l(...$args); } }
    public function removeAllListeners(): void { $this->listeners = []; }
}

final class Connection
{
    use EventEmitter;
    public int $bytesOut = 0;

    public function __construct(public readonly string $remoteAddress) {}

    public function write(string $data): void { $this->bytesOut += strlen($data); }

    public function close(): void
    {
        $this->emit('close');
        $this->removeAllListeners();
    }
}

final class FakeTcpServer
{
    use EventEmitter;

    public function simulate(int $connections): void
    {
        for ($i = 0; $i < $connections; $i++) {
            $conn = new Connection('10.0.' . intdiv($i, 250) % 250 . '.' . $i % 250 . ':' . (40000 + $i % 20000));
            $this->emit('connection', [$conn]);
            $conn->emit('data', ["SUBSCRIBE prices.EURUSD\r\n"]);
            $conn->close();
        }
    }
}

final class PriceFeedHandler
{
    public function __construct(private FakeLoop $loop) {}

    public function __invoke(Connection $conn): void
    {
        $idle = $this->loop->addTimer(60.0, fn () => $conn->close());
        $keepAlive = $this->loop->addPeriodicTimer(15.0, fn () => $conn->write("PING\r\n"));
        $conn->on('data', fn (string $line) => $conn->write('+OK ' . trim($line) . "\r\n"));
        $conn->on('close', function () use ($idle, $keepAlive) {
            $this->loop->cancelTimer($idle);
            $this->loop->cancelTimer($keepAlive);
        });
    }
}

$loop = new FakeLoop();
$server = new FakeTcpServer();
$server->on('connection', new PriceFeedHandler($loop));
$server->simulate((int) (getenv('PHPLEAK_N') ?: 100));

<?php
// A ReactPHP StreamSelectLoop-style timer scheduler guards each RPC call with a 60 s timeout timer; cancelling the timer only drops it from the storage while the priority queue keeps it until it would fire.
// https://github.com/reactphp/event-loop/pull/164

final class Timer
{
    public function __construct(public readonly float $interval, public readonly Closure $callback, public readonly bool $periodic = false) {}
}

final class Timers
{
    private float $time = 0.0;
    private SplObjectStorage $timers;
    private SplPriorityQueue $scheduler;

    public function __construct()
    {
        $this->timers = new SplObjectStorage();
        $this->scheduler = new SplPriorityQueue();
    }

    public function advance(float $seconds): void
    {
        $this->time += $seconds;
    }

    public function add(Timer $timer): void
    {
        $scheduledAt = $this->time + $timer->interval;
        $this->timers->attach($timer, $scheduledAt);
        $this->scheduler->insert($timer, -$scheduledAt); // leak
    }

    public function cancel(Timer $timer): void
    {
        $this->timers->detach($timer);
    }

    public function tick(): void
    {
        while (!$this->scheduler->isEmpty()) {
            $timer = $this->scheduler->top();
            if (!$this->timers->contains($timer)) {
                $this->scheduler->extract();
                continue;
            }
            if ($this->timers[$timer] > $this->time) {
                break;
            }
            $this->scheduler->extract();
            $this->timers->detach($timer);
            ($timer->callback)($timer);
            if ($timer->periodic) {
                $this->add($timer);
            }
        }
    }
}

final class Loop
{
    public function __construct(private Timers $timers) {}

    public function addTimer(float $interval, Closure $callback): Timer
    {
        $timer = new Timer($interval, $callback);
        $this->timers->add($timer);
        return $timer;
    }

    public function addPeriodicTimer(float $interval, Closure $callback): Timer
    {
        $timer = new Timer($interval, $callback, true);
        $this->timers->add($timer);
        return $timer;
    }

    public function cancelTimer(Timer $timer): void
    {
        $this->timers->cancel($timer);
    }
}

final class RpcClient
{
    public int $timedOut = 0;

    public function __construct(private Loop $loop) {}

    public function call(string $method, array $params): string
    {
        $request = json_encode(['jsonrpc' => '2.0', 'method' => $method, 'params' => $params]);
        $timer = $this->loop->addTimer(60.0, function () use ($method, $request) { // leak
            $this->timedOut++;
            error_log("RPC $method timed out: $request");
        });

        $reply = json_encode(['jsonrpc' => '2.0', 'result' => ['ok' => true, 'echo' => strlen($request)]]);
        $this->loop->cancelTimer($timer);
        return $reply;
    }
}

$timers = new Timers();
$loop = new Loop($timers);
$heartbeats = 0;
$loop->addPeriodicTimer(1.0, function () use (&$heartbeats) {
    $heartbeats++;
});
$client = new RpcClient($loop);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $client->call('inventory.reserve', ['sku' => 'SKU-' . (10000 + $i), 'qty' => 1 + $i % 3, 'note' => str_repeat('reserve for cart ' . $i . ' ', 24)]);
    $timers->advance(0.002);
    $timers->tick();
}

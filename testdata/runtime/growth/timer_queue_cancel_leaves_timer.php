<?php
// The same queue, but cancel() takes the timer out of the schedule only:
// every request's timeout timer, with the request it captures, stays in
// $timers.

final class Timer
{
    public function __construct(public readonly float $interval, public readonly Closure $callback, public readonly bool $periodic = false)
    {
    }
}

final class Timers
{
    private float $now = 0.0;
    /** @var array<int, Timer> */
    private array $timers = [];
    /** @var array<int, float> */
    private array $due = [];

    public function advance(float $seconds): void
    {
        $this->now += $seconds;
    }

    public function add(Timer $timer): void
    {
        $id = spl_object_id($timer);
        $this->timers[$id] = $timer; // leak
        $this->due[$id] = $this->now + $timer->interval;
    }

    public function cancel(Timer $timer): void
    {
        $id = spl_object_id($timer);
        unset($this->due[$id]);
    }

    public function tick(): void
    {
        foreach ($this->due as $id => $at) {
            if ($at > $this->now) {
                continue;
            }
            $timer = $this->timers[$id];
            unset($this->timers[$id], $this->due[$id]);
            ($timer->callback)();
            if ($timer->periodic) {
                $this->add($timer);
            }
        }
    }
}

final class RpcClient
{
    public function __construct(private Timers $timers)
    {
    }

    public function call(string $method, array $params): string
    {
        $request = json_encode(['method' => $method, 'params' => $params]);
        $timeout = new Timer(60.0, static function () use ($request): void {
            error_log('timed out: ' . $request);
        });
        $this->timers->add($timeout);
        $reply = json_encode(['ok' => true, 'size' => strlen($request)]);
        $this->timers->cancel($timeout);

        return $reply;
    }
}

$timers = new Timers();
$beats = 0;
$timers->add(new Timer(0.001, static function () use (&$beats): void {
    $beats++;
}, true));
$client = new RpcClient($timers);
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $client->call('inventory.reserve', ['sku' => 'SKU-' . (10000 + $i), 'note' => str_repeat('reserve ', 60)]);
    $timers->advance(0.002);
    $timers->tick();
}

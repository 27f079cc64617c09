<?php
// An async HTTP client arms a "slow upstream" warning with a promise-timer per request and cancels it when the reply arrives; the canceller keeps its by-reference $timer, whose callback points back at the promise.
// https://github.com/reactphp/promise-timer/pull/32

final class Timer
{
    public function __construct(public readonly float $interval, public readonly Closure $callback) {} // leak
}

final class Loop
{
    private array $timers = [];

    public function addTimer(float $interval, Closure $callback): Timer
    {
        $timer = new Timer($interval, $callback);
        $this->timers[spl_object_id($timer)] = $timer;
        return $timer;
    }

    public function cancelTimer(Timer $timer): void
    {
        unset($this->timers[spl_object_id($timer)]);
    }
}

final class Promise
{
    private ?string $state = null;
    private mixed $value = null;

    public function __construct(callable $resolver, private ?Closure $canceller = null) // leak
    {
        $resolver(function (mixed $value = null): void { // leak
            $this->settle('fulfilled', $value);
        });
    }

    public function cancel(): void
    {
        if ($this->state === null && $this->canceller !== null) {
            ($this->canceller)();
            $this->settle('cancelled', 'Timer cancelled');
        }
    }

    private function settle(string $state, mixed $value): void
    {
        $this->state ??= $state;
        $this->value ??= $value;
    }
}

function resolve(float $time, Loop $loop): Promise
{
    return new Promise(function (Closure $resolve) use ($loop, $time, &$timer) {
        // resolve the promise when the timer fires in $time seconds
        $timer = $loop->addTimer($time, $resolve); // leak
    }, function () use (&$timer, $loop) { // leak
        // cancelling this promise will cancel the timer and reject
        $loop->cancelTimer($timer);
    });
}

final class UpstreamClient
{
    public int $completed = 0;

    public function __construct(private Loop $loop) {}

    public function send(string $method, string $uri, string $body): string
    {
        $slowWarning = resolve(5.0, $this->loop);

        $reply = "HTTP/1.1 200 OK\r\nContent-Length: " . strlen($body) . "\r\n\r\n" . $body;
        $slowWarning->cancel();
        $this->completed++;
        return $reply;
    }
}

$client = new UpstreamClient(new Loop());
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $client->send('POST', "https://upstream.internal/v2/quotes/{$i}", json_encode(['quote' => $i, 'lines' => array_fill(0, 16, "line-{$i}-item")]));
}

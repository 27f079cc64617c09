<?php
// Webhook deliveries queue up per request and a repeating timer relays
// them, registered at boot as a first-class callable. One endpoint is
// gone: its deliveries come back after each failed try, but only until
// they have used five attempts, then they are dropped.

final class Timer
{
    /** @var list<callable> */
    private static array $timers = [];

    public static function add(float $interval, callable $callback): void
    {
        self::$timers[] = $callback;
    }

    public static function tick(): void
    {
        foreach (self::$timers as $callback) {
            $callback();
        }
    }
}

final class Delivery
{
    public int $attempts = 0;

    public function __construct(public readonly string $url, public readonly string $body)
    {
    }
}

final class Outbox
{
    private SplQueue $queue;

    public function __construct(private readonly int $maxAttempts = 5)
    {
        $this->queue = new SplQueue();
    }

    public function push(Delivery $delivery): void
    {
        $this->queue->enqueue($delivery);
    }

    public function relay(): void
    {
        for ($pending = count($this->queue); $pending > 0; $pending--) {
            $delivery = $this->queue->dequeue();
            $delivery->attempts++;
            if (!str_contains($delivery->url, 'gone')) {
                continue; // delivered
            }
            if ($delivery->attempts >= $this->maxAttempts) {
                continue; // dead-lettered
            }
            $this->queue->enqueue($delivery);
        }
    }
}

$outbox = new Outbox();
Timer::add(1.0, $outbox->relay(...));

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $body = json_encode(['order' => $i, 'lines' => str_repeat('x', 600)]);
    $outbox->push(new Delivery('https://gone.example.com/hook', $body));
    $outbox->push(new Delivery('https://ok.example.com/hook', $body));
    Timer::tick();
}

<?php
// A webhook dispatcher keeps failed deliveries for a later retry and drops the oldest once more than 200 are pending.

final class Delivery
{
    public function __construct(public readonly string $url, public readonly string $body, public readonly int $attempt) {}
}

final class RetryQueue
{
    private const MAX_ENTRIES = 200;

    /** @var list<Delivery> */
    private array $pending = [];

    public function push(Delivery $d): void
    {
        $this->pending[] = $d;
        while (count($this->pending) > self::MAX_ENTRIES) {
            array_shift($this->pending);
        }
    }
}

final class WebhookDispatcher
{
    public function __construct(private RetryQueue $retries) {}

    public function dispatch(string $url, array $event): bool
    {
        $body = json_encode($event);
        $ok = false; // the endpoint is down
        if (!$ok) {
            $this->retries->push(new Delivery($url, $body, 1));
        }
        return $ok;
    }
}

$dispatcher = new WebhookDispatcher(new RetryQueue());
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $dispatcher->dispatch('https://hooks.partner.example/orders', ['type' => 'order.paid', 'id' => $i, 'note' => str_repeat('n', 700)]);
}

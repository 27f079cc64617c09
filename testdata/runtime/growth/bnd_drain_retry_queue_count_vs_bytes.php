<?php
// The same retry queue compares the number of pending deliveries with a 1 MiB byte budget, so the drain never runs.

final class Delivery
{
    public function __construct(public readonly string $url, public readonly string $body, public readonly int $attempt) {}
}

final class RetryQueue
{
    private const MAX_BYTES = 1048576;

    /** @var list<Delivery> */
    private array $pending = [];

    public function push(Delivery $d): void
    {
        $this->pending[] = $d; // leak
        while (count($this->pending) > self::MAX_BYTES) {
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

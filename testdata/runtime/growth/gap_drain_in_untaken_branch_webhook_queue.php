<?php
// A webhook dispatcher drains its pending queue with while (count($this->pending) > N) array_shift(...), but the drain sits in the branch for failed deliveries, and every delivery succeeds.

final class WebhookDispatcher
{
    private const MAX_PENDING = 100;
    /** @var list<array{url: string, payload: string, attempts: int}> */
    private array $pending = [];
    private int $delivered = 0;

    public function dispatch(string $url, array $event): bool
    {
        $this->pending[] = ['url' => $url, 'payload' => json_encode($event), 'attempts' => 0]; // leak
        $ok = $this->deliver($url);
        if (!$ok) {
            while (count($this->pending) > self::MAX_PENDING) {
                array_shift($this->pending);
            }
            return false;
        }
        $this->delivered++;
        return true;
    }

    private function deliver(string $url): bool
    {
        return str_starts_with($url, 'https://');
    }
}

$dispatcher = new WebhookDispatcher();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $dispatcher->dispatch("https://hooks.example.com/tenant/{$i}", ['type' => 'invoice.paid', 'id' => "in_{$i}", 'memo' => str_repeat('paid in full ', 50)]);
}

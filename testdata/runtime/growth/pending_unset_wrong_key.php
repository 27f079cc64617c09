<?php
// Pending acknowledgements are stored by message uuid but removed by numeric delivery tag.

final class Delivery
{
    public function __construct(public readonly int $tag, public readonly string $uuid, public readonly string $body) {}
}

final class Consumer
{
    /** @var array<string|int, Delivery> */
    private array $pending = [];

    public function receive(Delivery $d): void
    {
        $this->pending[$d->uuid] = $d; // leak
        $this->handle($d);
        $this->ack($d);
    }

    private function handle(Delivery $d): void
    {
        json_decode($d->body, true);
    }

    private function ack(Delivery $d): void
    {
        unset($this->pending[$d->tag]);
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$consumer = new Consumer();
for ($tag = 1; $tag <= $n; $tag++) {
    $consumer->receive(new Delivery($tag, sprintf('%08x-%04x-4000-8000-%012x', $tag, $tag, $tag), json_encode(['event' => 'user.registered', 'data' => str_repeat('z', 400)])));
}

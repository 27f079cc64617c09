<?php

declare(strict_types=1);

require __DIR__ . '/src/Outbox/DomainEvent.php';
require __DIR__ . '/src/Outbox/EventOutbox.php';
require __DIR__ . '/src/Messaging/Bus.php';
require __DIR__ . '/src/Orders/PlaceOrder.php';

use App\Messaging\Envelope;
use App\Messaging\MessageBus;
use App\Messaging\ReleaseOutboxMiddleware;
use App\Orders\PlaceOrder;
use App\Orders\PlaceOrderHandler;
use App\Outbox\DomainEvent;
use App\Outbox\EventOutbox;

final class Metrics
{
    /** @var array<string, int> */
    public array $counters = [];

    public function increment(string $name): void
    {
        $this->counters[$name] = ($this->counters[$name] ?? 0) + 1;
    }
}

$outbox = new EventOutbox();
$metrics = new Metrics();

$bus = new MessageBus(
    [new ReleaseOutboxMiddleware($outbox, [
        'order.placed' => [static fn (DomainEvent $e) => $metrics->increment('mail.order_confirmation')],
        'stock.reserved' => [static fn (DomainEvent $e) => $metrics->increment('warehouse.reservation')],
    ])],
    [PlaceOrder::class => new PlaceOrderHandler($outbox)],
);

// stand-in for `messenger:consume async`: one envelope per iteration
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $bus->dispatch(new Envelope(
        new PlaceOrder(
            sprintf('ord_%08d_%s', $i, substr(md5((string) $i), 0, 8)),
            sprintf('customer%d@shop.example', $i),
            [
                ['sku' => 'SKU-' . ($i % 50), 'qty' => 1 + $i % 3, 'price' => 1999],
                ['sku' => 'SKU-' . (($i + 7) % 50), 'qty' => 2, 'price' => 450],
            ],
        ),
        ['message_id' => (string) $i, 'transport' => 'async'],
    ));
}

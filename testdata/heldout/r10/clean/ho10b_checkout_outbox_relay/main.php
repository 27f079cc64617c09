<?php

declare(strict_types=1);

require __DIR__ . '/vendor/messenger.php';
require __DIR__ . '/src/Ordering.php';
require __DIR__ . '/src/Outbox.php';

use App\Checkout\BrokerPublisher;
use App\Checkout\EventOutbox;
use App\Checkout\OrderRepository;
use App\Checkout\OutboxRelay;
use App\Checkout\PlaceOrder;
use App\Checkout\PlaceOrderHandler;
use Symfony\Component\EventDispatcher\EventDispatcher;
use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\Event\WorkerMessageHandledEvent;
use Symfony\Component\Messenger\MessageBus;
use Symfony\Component\Messenger\Transport\ReceiverInterface;
use Symfony\Component\Messenger\Worker;

final class RedisStreamReceiver implements ReceiverInterface
{
    public int $acked = 0;

    public function __construct(private int $limit)
    {
    }

    public function get(): iterable
    {
        for ($i = 0; $i < $this->limit; $i++) {
            $lines = [];
            for ($l = 0; $l < 3; $l++) {
                $lines[] = [
                    'sku' => sprintf('SKU-%05d-%d', $i, $l),
                    'title' => sprintf('Catalogue item %d variant %d (colour %d, size %d)', $i, $l, $i % 7, $l + 36),
                    'qty' => 1 + ($i + $l) % 4,
                    'unit_cents' => 199 + ($i * 13 + $l) % 5000,
                ];
            }
            yield new Envelope(new PlaceOrder(sprintf('ord_%08d', $i), 500 + $i % 300, $lines, 'EUR'));
        }
    }

    public function ack(Envelope $envelope): void
    {
        $this->acked++;
    }
}

$outbox = new EventOutbox();
$publisher = new BrokerPublisher();
$handler = new PlaceOrderHandler(new OrderRepository(), $outbox);
$relay = new OutboxRelay($outbox, $publisher);

$dispatcher = new EventDispatcher();
$dispatcher->addListener(WorkerMessageHandledEvent::class, [$relay, 'onMessageHandled']);

$bus = new MessageBus([PlaceOrder::class => [$handler]]);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$worker = new Worker(['orders' => new RedisStreamReceiver($n)], $bus, $dispatcher);
$worker->run();

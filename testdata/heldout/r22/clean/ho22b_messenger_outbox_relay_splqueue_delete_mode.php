<?php

declare(strict_types=1);

namespace Acme\Ordering\Outbox;

use DateTimeImmutable;
use SplDoublyLinkedList;
use SplQueue;

final class OutboxMessage
{
    public function __construct(
        public readonly string $id,
        public readonly string $aggregateType,
        public readonly string $aggregateId,
        public readonly string $eventType,
        public readonly string $payload,
        public readonly DateTimeImmutable $occurredAt,
    ) {
    }
}

interface MessageBroker
{
    /** @param array<string, string> $headers */
    public function publish(string $topic, string $body, array $headers): void;
}

final class CountingBroker implements MessageBroker
{
    private int $published = 0;

    public function publish(string $topic, string $body, array $headers): void
    {
        $this->published++;
    }
}

final class TopicResolver
{
    private const TOPICS = [
        'order' => 'orders.events',
        'invoice' => 'billing.events',
        'shipment' => 'logistics.events',
    ];

    public function resolve(OutboxMessage $message): string
    {
        return self::TOPICS[$message->aggregateType] ?? 'misc.events';
    }
}

/**
 * Relays outbox messages to the broker once the business transaction has
 * committed. Staged messages are kept in FIFO order.
 */
final class OutboxRelay
{
    /** @var SplQueue<OutboxMessage> */
    private SplQueue $pending;

    public function __construct(
        private readonly MessageBroker $broker,
        private readonly TopicResolver $topics,
    ) {
        $this->pending = new SplQueue();
        $this->pending->setIteratorMode(SplDoublyLinkedList::IT_MODE_FIFO | SplDoublyLinkedList::IT_MODE_DELETE);
    }

    public function stage(OutboxMessage $message): void
    {
        $this->pending->enqueue($message);
    }

    public function relay(): int
    {
        $sent = 0;
        foreach ($this->pending as $message) {
            $this->broker->publish($this->topics->resolve($message), $message->payload, [
                'message-id' => $message->id,
                'event-type' => $message->eventType,
                'aggregate-id' => $message->aggregateId,
                'occurred-at' => $message->occurredAt->format(DATE_ATOM),
            ]);
            $sent++;
        }

        return $sent;
    }
}

final class OutboxRecorder
{
    private int $sequence = 0;

    public function __construct(private readonly OutboxRelay $relay)
    {
    }

    /** @param array<string, mixed> $data */
    public function record(string $aggregateType, string $aggregateId, string $eventType, array $data): void
    {
        $this->relay->stage(new OutboxMessage(
            sprintf('%s-%08d', $aggregateType, ++$this->sequence),
            $aggregateType,
            $aggregateId,
            $eventType,
            json_encode($data, JSON_THROW_ON_ERROR),
            new DateTimeImmutable(),
        ));
    }
}

final class PlaceOrder
{
    /** @param list<array{sku: string, qty: int, price: int}> $lines */
    public function __construct(
        public readonly string $orderId,
        public readonly string $customerEmail,
        public readonly array $lines,
    ) {
    }
}

final class PlaceOrderHandler
{
    public function __construct(private readonly OutboxRecorder $outbox)
    {
    }

    public function __invoke(PlaceOrder $command): void
    {
        $total = 0;
        foreach ($command->lines as $line) {
            $total += $line['qty'] * $line['price'];
        }

        $this->outbox->record('order', $command->orderId, 'OrderPlaced', [
            'order_id' => $command->orderId,
            'customer' => $command->customerEmail,
            'lines' => $command->lines,
            'total' => $total,
            'currency' => 'EUR',
        ]);
    }
}

/** Messenger middleware: run the handler, then relay what it staged. */
final class RelayOutboxMiddleware
{
    public function __construct(private readonly OutboxRelay $relay)
    {
    }

    public function handle(object $message, callable $next): void
    {
        $next($message);
        $this->relay->relay();
    }
}

final class Worker
{
    public function __construct(
        private readonly RelayOutboxMiddleware $middleware,
        private readonly PlaceOrderHandler $handler,
    ) {
    }

    public function consume(PlaceOrder $message): void
    {
        $this->middleware->handle($message, fn (PlaceOrder $m) => ($this->handler)($m));
    }
}

$relay = new OutboxRelay(new CountingBroker(), new TopicResolver());
$worker = new Worker(new RelayOutboxMiddleware($relay), new PlaceOrderHandler(new OutboxRecorder($relay)));

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $lines = [];
    for ($l = 0; $l < 4; $l++) {
        $lines[] = ['sku' => sprintf('SKU-%05d-%d', $i, $l), 'qty' => 1 + $l, 'price' => 1999 + $i % 100];
    }
    $worker->consume(new PlaceOrder(sprintf('ord_%010d', $i), "customer{$i}@example.test", $lines));
}

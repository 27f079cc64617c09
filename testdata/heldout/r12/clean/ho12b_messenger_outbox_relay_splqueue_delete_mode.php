<?php
declare(strict_types=1);

namespace Symfony\Component\Messenger {

    // Minimal stand-ins for the Messenger pieces used by the consumer below.
    final class Envelope
    {
        /** @param array<string,object> $stamps */
        public function __construct(public readonly object $message, public readonly array $stamps = [])
        {
        }
    }

    interface MessageBusInterface
    {
        public function dispatch(object $message): Envelope;
    }

    final class SimpleBus implements MessageBusInterface
    {
        /** @var array<class-string,callable> */
        private array $handlers = [];

        public function addHandler(string $messageClass, callable $handler): void
        {
            $this->handlers[$messageClass] = $handler;
        }

        public function dispatch(object $message): Envelope
        {
            ($this->handlers[$message::class])($message);

            return new Envelope($message);
        }
    }
}

namespace App\Outbox {

    final class IntegrationEvent
    {
        public function __construct(
            public readonly string $eventId,
            public readonly string $type,
            public readonly string $aggregateId,
            public readonly string $body,
            public readonly \DateTimeImmutable $occurredAt,
        ) {
        }
    }

    interface BrokerPublisher
    {
        public function publish(string $routingKey, string $body, array $headers): void;
    }

    final class AmqpPublisher implements BrokerPublisher
    {
        public int $published = 0;

        public function publish(string $routingKey, string $body, array $headers): void
        {
            $this->published++;
        }
    }

    /**
     * Collects integration events raised while handling a message and
     * relays them to the broker once the handler's transaction committed.
     */
    final class OutboxRelay
    {
        /** @var \SplQueue<IntegrationEvent> */
        private \SplQueue $queue;

        public function __construct(private readonly BrokerPublisher $publisher)
        {
            $this->queue = new \SplQueue();
            $this->queue->setIteratorMode(\SplDoublyLinkedList::IT_MODE_FIFO | \SplDoublyLinkedList::IT_MODE_DELETE);
        }

        public function stage(IntegrationEvent $event): void
        {
            $this->queue->enqueue($event);
        }

        public function relay(): int
        {
            $sent = 0;
            foreach ($this->queue as $event) {
                $this->publisher->publish('events.' . $event->type, $event->body, [
                    'message_id' => $event->eventId,
                    'aggregate_id' => $event->aggregateId,
                    'occurred_at' => $event->occurredAt->format(DATE_ATOM),
                ]);
                $sent++;
            }

            return $sent;
        }
    }
}

namespace App\Billing {

    use App\Outbox\IntegrationEvent;
    use App\Outbox\OutboxRelay;

    final class SettleInvoice
    {
        public function __construct(public readonly int $invoiceId, public readonly int $amountCents, public readonly string $currency)
        {
        }
    }

    final class SettleInvoiceHandler
    {
        public function __construct(private readonly OutboxRelay $outbox)
        {
        }

        public function __invoke(SettleInvoice $command): void
        {
            // ... ledger entries would be written here ...
            $this->outbox->stage($this->settledEvent($command));
        }

        private function settledEvent(SettleInvoice $command): IntegrationEvent
        {
            $body = json_encode([
                'invoice_id' => $command->invoiceId,
                'amount' => $command->amountCents,
                'currency' => $command->currency,
                'ledger' => ['debit' => 'accounts_receivable', 'credit' => 'cash', 'memo' => str_repeat('settled via sepa batch ', 8)],
            ], JSON_THROW_ON_ERROR);

            return new IntegrationEvent(
                sprintf('%016x', random_int(0, PHP_INT_MAX)),
                'invoice.settled',
                'invoice-' . $command->invoiceId,
                $body,
                new \DateTimeImmutable('2024-05-01 10:00:00'),
            );
        }
    }
}

namespace {

    use App\Billing\SettleInvoice;
    use App\Billing\SettleInvoiceHandler;
    use App\Outbox\AmqpPublisher;
    use App\Outbox\OutboxRelay;
    use Symfony\Component\Messenger\SimpleBus;

    // messenger:consume worker: services are built once and reused for every message.
    $relay = new OutboxRelay(new AmqpPublisher());
    $bus = new SimpleBus();
    $bus->addHandler(SettleInvoice::class, new SettleInvoiceHandler($relay));

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 1; $i <= $n; $i++) {
        $bus->dispatch(new SettleInvoice(50_000 + $i, 1_250 * $i, 'EUR'));
        // WORKER_MESSAGE_HANDLED listener: push what the handler staged
        $relay->relay();
    }
}

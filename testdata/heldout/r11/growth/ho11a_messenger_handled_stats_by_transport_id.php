<?php

declare(strict_types=1);

namespace Symfony\Component\Messenger {

    final class TransportMessageIdStamp
    {
        public function __construct(public readonly string $id)
        {
        }
    }

    final class Envelope
    {
        public function __construct(private object $message, private array $stamps = [])
        {
        }

        public function getMessage(): object
        {
            return $this->message;
        }

        public function last(string $class): ?object
        {
            foreach (array_reverse($this->stamps) as $stamp) {
                if ($stamp instanceof $class) {
                    return $stamp;
                }
            }

            return null;
        }
    }

    final class WorkerMessageHandledEvent
    {
        public function __construct(
            public readonly Envelope $envelope,
            public readonly string $receiverName,
            public readonly string $outcome,
            public readonly ?string $detail = null,
        ) {
        }
    }

    final class Worker
    {
        /** @var list<callable> */
        private array $subscribers = [];

        public function __construct(private \Closure $handler)
        {
        }

        public function subscribe(callable $subscriber): void
        {
            $this->subscribers[] = $subscriber;
        }

        public function run(iterable $envelopes): void
        {
            foreach ($envelopes as $envelope) {
                try {
                    ($this->handler)($envelope->getMessage());
                    $event = new WorkerMessageHandledEvent($envelope, 'amqp', 'handled');
                } catch (\DomainException $e) {
                    $event = new WorkerMessageHandledEvent($envelope, 'amqp', 'rejected', $e->getMessage());
                }
                foreach ($this->subscribers as $subscriber) {
                    $subscriber($event);
                }
            }
        }
    }
}

namespace App\Message {

    final class ShipmentUpdated
    {
        public function __construct(
            public readonly string $shipmentId,
            public readonly string $status,
            public readonly string $carrierPayload,
        ) {
        }
    }
}

namespace App\Monitoring {

    use Symfony\Component\Messenger\TransportMessageIdStamp;
    use Symfony\Component\Messenger\WorkerMessageHandledEvent;

    final class HandledStatsSubscriber
    {
        private const OUTCOMES = ['handled', 'retried', 'rejected'];

        /** @var array<string, array{count:int, last_detail:?string, last_payload:string, last_at:float}> */
        private array $stats = [];

        public function __invoke(WorkerMessageHandledEvent $event): void
        {
            $message = $event->envelope->getMessage();
            $outcome = in_array($event->outcome, self::OUTCOMES, true) ? $event->outcome : 'other';
            $transportId = $event->envelope->last(TransportMessageIdStamp::class)?->id ?? 'n/a';
            $key = $message::class . '#' . $transportId;

            $entry = $this->stats[$key] ?? ['count' => 0, 'last_detail' => null, 'last_payload' => '', 'last_at' => 0.0];
            $entry['count']++;
            $entry['outcome'] = $outcome;
            $entry['last_detail'] = $event->detail;
            $entry['last_payload'] = substr($message->carrierPayload, 0, 512);
            $entry['last_at'] = microtime(true);
            $entry['last_transport_id'] = $transportId;
            $this->stats[$key] = $entry; // leak
        }

        public function snapshot(): array
        {
            return $this->stats;
        }
    }
}

namespace {

    use App\Message\ShipmentUpdated;
    use App\Monitoring\HandledStatsSubscriber;
    use Symfony\Component\Messenger\Envelope;
    use Symfony\Component\Messenger\TransportMessageIdStamp;
    use Symfony\Component\Messenger\Worker;

    $n = (int) (getenv('PHPLEAK_N') ?: 100);

    $receiver = static function (int $n): Generator {
        $statuses = ['in_transit', 'out_for_delivery', 'delivered', 'exception'];
        for ($i = 0; $i < $n; $i++) {
            $message = new ShipmentUpdated(
                sprintf('SHP-%08d', $i),
                $statuses[$i % 4],
                json_encode(['scan' => str_repeat('HUB-FRA-01;', 30), 'seq' => $i, 'eta' => date(DATE_ATOM, 1700000000 + $i * 60)]),
            );
            yield new Envelope($message, [new TransportMessageIdStamp(uniqid('amqp.', true))]);
        }
    };

    $worker = new Worker(static function (ShipmentUpdated $message): void {
        if ($message->status === 'exception') {
            throw new DomainException(sprintf('Carrier reported an exception for %s', $message->shipmentId));
        }
    });
    $worker->subscribe(new HandledStatsSubscriber());
    $worker->run($receiver($n));
}

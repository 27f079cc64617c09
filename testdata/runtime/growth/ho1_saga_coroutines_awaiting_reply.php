<?php
// A message consumer starts a checkout saga coroutine per OrderPlaced message; a long-lived saga manager keeps each coroutine until it finishes, resuming it when a reply message arrives.

final class Command
{
    public function __construct(
        public readonly string $type,
        public readonly string $correlationId,
        public readonly array $data,
    ) {}
}

final class Reply
{
    public function __construct(public readonly string $correlationId, public readonly bool $ok) {}
}

final class Envelope
{
    public function __construct(public readonly string $type, public readonly array $body) {}
}

final class CheckoutSaga
{
    private array $log = [];

    public function __construct(
        private string $orderId,
        private array $lines,
        private string $shippingAddress,
    ) {}

    public function run(): Generator
    {
        $this->log[] = 'reserving stock for ' . $this->orderId;
        $reply = yield new Command('ReserveStock', $this->orderId, ['lines' => $this->lines]);
        if (!$reply->ok) {
            $this->log[] = 'stock unavailable';
            return false;
        }
        $reply = yield new Command('ChargeCard', $this->orderId, ['address' => $this->shippingAddress]);
        $this->log[] = 'charged: ' . ($reply->ok ? 'yes' : 'no');
        return $reply->ok;
    }
}

final class SagaManager
{
    /** @var array<string, Generator> */
    private array $running = [];
    /** @var list<Command> */
    private array $outbox = [];

    public function start(string $correlationId, Generator $saga): void
    {
        $command = $saga->current();
        if ($saga->valid()) {
            $this->running[$correlationId] = $saga; // leak
            $this->outbox[] = $command;
        }
    }

    public function onReply(Reply $reply): void
    {
        $saga = $this->running[$reply->correlationId] ?? null;
        if ($saga === null) {
            return;
        }
        $next = $saga->send($reply);
        if ($saga->valid()) {
            $this->outbox[] = $next;
        } else {
            unset($this->running[$reply->correlationId]);
        }
    }

    public function flushOutbox(): array
    {
        $out = $this->outbox;
        $this->outbox = [];
        return $out;
    }
}

final class Broker
{
    private int $i = 0;

    public function __construct(private int $n) {}

    public function receive(): ?Envelope
    {
        if ($this->i >= $this->n) {
            return null;
        }
        $i = $this->i++;
        return new Envelope('OrderPlaced', [
            'order_id' => sprintf('ORD-%06d', $i),
            'lines' => [['sku' => 'A-' . $i, 'qty' => 2], ['sku' => 'B-' . $i, 'qty' => 1]],
            'address' => str_repeat("{$i} Long Street, Springfield ", 6),
        ]);
    }

    public function publish(Command $command): void
    {
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$broker = new Broker($n);
$sagas = new SagaManager();

while ($envelope = $broker->receive()) {
    switch ($envelope->type) {
        case 'OrderPlaced':
            $b = $envelope->body;
            $saga = new CheckoutSaga($b['order_id'], $b['lines'], $b['address']);
            $sagas->start($b['order_id'], $saga->run());
            break;
        case 'StockReserved':
        case 'CardCharged':
            $sagas->onReply(new Reply($envelope->body['correlation_id'], (bool) $envelope->body['ok']));
            break;
    }
    foreach ($sagas->flushOutbox() as $command) {
        $broker->publish($command);
    }
}

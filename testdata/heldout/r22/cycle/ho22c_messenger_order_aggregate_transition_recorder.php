<?php

declare(strict_types=1);

namespace Shop\Sales\Domain;

enum OrderStatus: string
{
    case Pending = 'pending';
    case Paid = 'paid';
    case Shipped = 'shipped';
    case Cancelled = 'cancelled';

    public function canMoveTo(self $next): bool
    {
        return match ($this) {
            self::Pending => \in_array($next, [self::Paid, self::Cancelled], true),
            self::Paid => \in_array($next, [self::Shipped, self::Cancelled], true),
            default => false,
        };
    }
}

final class DomainEventEmitter
{
    /** @var array<string, list<callable>> */
    private array $listeners = [];

    public function on(string $event, callable $listener): void
    {
        $this->listeners[$event][] = $listener; // leak
    }

    public function emit(string $event, object $subject, mixed ...$args): void
    {
        foreach ($this->listeners[$event] ?? [] as $listener) {
            $listener($subject, ...$args);
        }
    }
}

final class Order
{
    private readonly DomainEventEmitter $events;
    /** @var list<array{from: string, to: string, reason: string}> */
    private array $history = [];

    public function __construct(
        public readonly string $number,
        private OrderStatus $status,
        private readonly int $totalCents,
    ) {
        $this->events = new DomainEventEmitter();
        $this->events->on('status.changed', $this->transitionRecorder()); // leak
    }

    public function moveTo(OrderStatus $next, string $reason): void
    {
        if (!$this->status->canMoveTo($next)) {
            throw new \DomainException(sprintf('Order %s cannot go from %s to %s', $this->number, $this->status->value, $next->value));
        }
        $previous = $this->status;
        $this->status = $next;
        $this->events->emit('status.changed', $this, $previous, $next, $reason);
    }

    public function history(): array
    {
        return $this->history;
    }

    public function status(): OrderStatus
    {
        return $this->status;
    }

    public function total(): int
    {
        return $this->totalCents;
    }

    private function transitionRecorder(): callable
    {
        return $this->recordTransition(...); // leak
    }

    private function recordTransition(Order $order, OrderStatus $from, OrderStatus $to, string $reason): void
    {
        $order->history[] = ['from' => $from->value, 'to' => $to->value, 'reason' => $reason];
    }
}

namespace Shop\Sales\Application;

use Shop\Sales\Domain\Order;
use Shop\Sales\Domain\OrderStatus;

final class PaymentCaptured
{
    public function __construct(
        public readonly string $orderNumber,
        public readonly int $amountCents,
        public readonly string $gatewayReference,
    ) {
    }
}

interface OrderRepository
{
    public function load(string $number): Order;

    public function save(Order $order): void;
}

final class InMemoryOrderRepository implements OrderRepository
{
    /** @var array<string, string> last written status per order, as a database row would be */
    private array $rows = [];

    public function load(string $number): Order
    {
        return new Order($number, OrderStatus::Pending, 4999 + \strlen($number));
    }

    public function save(Order $order): void
    {
        $this->rows['last'] = $order->number . ':' . $order->status()->value . ':' . json_encode($order->history());
    }
}

final class PaymentCapturedHandler
{
    public function __construct(private readonly OrderRepository $orders)
    {
    }

    public function __invoke(PaymentCaptured $message): void
    {
        $order = $this->orders->load($message->orderNumber);
        if ($message->amountCents < $order->total()) {
            $order->moveTo(OrderStatus::Cancelled, 'underpaid via ' . $message->gatewayReference);
        } else {
            $order->moveTo(OrderStatus::Paid, 'captured ' . $message->gatewayReference);
            $order->moveTo(OrderStatus::Shipped, 'auto-fulfilled digital goods');
        }
        $this->orders->save($order);
    }
}

final class Consumer
{
    public function __construct(private readonly PaymentCapturedHandler $handler)
    {
    }

    public function consume(iterable $envelopes): void
    {
        foreach ($envelopes as $body) {
            $data = json_decode($body, true, 512, JSON_THROW_ON_ERROR);
            ($this->handler)(new PaymentCaptured($data['order'], $data['amount'], $data['ref']));
        }
    }
}

function transport(int $n): \Generator
{
    for ($i = 0; $i < $n; $i++) {
        yield json_encode(['order' => sprintf('SO-%06d', $i), 'amount' => 6000, 'ref' => 'ch_' . md5((string) $i)]);
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
(new Consumer(new PaymentCapturedHandler(new InMemoryOrderRepository())))->consume(transport($n));

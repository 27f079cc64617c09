<?php

declare(strict_types=1);

namespace App\Checkout;

use App\Event\DispatcherAwareInterface;
use App\Event\EventDispatcher;
use App\Event\SubscriberInterface;

final class CheckoutStarted
{
    public function __construct(public readonly Cart $cart)
    {
    }
}

final class CheckoutCompleted
{
    public function __construct(public readonly Cart $cart, public readonly int $totalCents)
    {
    }
}

final class CheckoutAudited
{
    public function __construct(public readonly string $line)
    {
    }
}

final class Cart
{
    /** @param list<array{sku: string, qty: int, price: int}> $lines */
    public function __construct(
        public readonly string $id,
        public readonly string $customer,
        public readonly array $lines,
        public readonly string $note,
    ) {
    }

    public function total(): int
    {
        return array_sum(array_map(static fn (array $l): int => $l['qty'] * $l['price'], $this->lines));
    }
}

/**
 * Writes an audit line for every step of one checkout and re-broadcasts it
 * so other listeners (fraud scoring, analytics) can react.
 */
final class CheckoutAuditSubscriber implements SubscriberInterface, DispatcherAwareInterface
{
    /** @var list<string> */
    private array $trail = [];

    private ?EventDispatcher $events = null;

    public function __construct(private readonly string $requestId)
    {
    }

    public function setDispatcher(EventDispatcher $dispatcher): void
    {
        $this->events = $dispatcher;
    }

    public function listeners(): array
    {
        return [
            CheckoutStarted::class => [$this, 'onStarted'],
            CheckoutCompleted::class => [$this, 'onCompleted'],
        ];
    }

    public function onStarted(CheckoutStarted $event): void
    {
        $this->record(sprintf('started cart=%s customer=%s note=%s', $event->cart->id, $event->cart->customer, $event->cart->note));
    }

    public function onCompleted(CheckoutCompleted $event): void
    {
        $this->record(sprintf('completed cart=%s total=%d lines=%s', $event->cart->id, $event->totalCents, json_encode($event->cart->lines)));
    }

    /** @return list<string> */
    public function trail(): array
    {
        return $this->trail;
    }

    private function record(string $line): void
    {
        $this->trail[] = '[' . $this->requestId . '] ' . $line;
        $this->events?->dispatch(CheckoutAudited::class, new CheckoutAudited($line));
    }
}

<?php

namespace App\Checkout;

use Symfony\Component\EventDispatcher\EventDispatcher;

final class LineAdded
{
    public function __construct(public string $sku, public int $cents)
    {
    }
}

final class CheckoutSession
{
    private int $total = 0;
    private array $lines = [];

    public function __construct(public readonly string $cartId, private EventDispatcher $events)
    {
        foreach ($this->listeners() as $eventName => [$listener, $priority]) {
            $this->events->addListener($eventName, $listener, $priority); // leak
        }
    }

    public function add(string $sku, int $cents): void
    {
        $this->events->dispatch(new LineAdded($sku, $cents), 'line.added');
    }

    public function total(): int
    {
        return $this->total;
    }

    private function listeners(): array
    {
        return array_merge(
            $this->pricingListeners(),
            ['line.added' => [$this->recordLine(...), 0]], // leak
        );
    }

    private function pricingListeners(): array
    {
        return ['line.added' => [\Closure::fromCallable([$this, 'addToTotal']), 10]];
    }

    private function addToTotal(LineAdded $event): void
    {
        $this->total += $event->cents;
    }

    private function recordLine(LineAdded $event): void
    {
        $this->lines[] = $event->sku . ' ' . str_repeat('=', 40);
    }
}

final class SessionFactory
{
    public function open(string $cartId): CheckoutSession
    {
        return new CheckoutSession($cartId, new EventDispatcher());
    }
}

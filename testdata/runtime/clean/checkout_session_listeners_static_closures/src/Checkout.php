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
    private \ArrayObject $totals;
    private \ArrayObject $lines;

    public function __construct(public readonly string $cartId, private EventDispatcher $events)
    {
        $this->totals = new \ArrayObject(['total' => 0]);
        $this->lines = new \ArrayObject();
        foreach ($this->listeners() as $eventName => [$listener, $priority]) {
            $this->events->addListener($eventName, $listener, $priority);
        }
    }

    public function add(string $sku, int $cents): void
    {
        $this->events->dispatch(new LineAdded($sku, $cents), 'line.added');
    }

    public function total(): int
    {
        return $this->totals['total'];
    }

    private function listeners(): array
    {
        $lines = $this->lines;

        return array_merge(
            $this->pricingListeners(),
            ['line.added' => [static function (LineAdded $event) use ($lines): void {
                $lines[] = $event->sku . ' ' . str_repeat('=', 40);
            }, 0]],
        );
    }

    private function pricingListeners(): array
    {
        $totals = $this->totals;

        return ['line.added' => [static function (LineAdded $event) use ($totals): void {
            $totals['total'] += $event->cents;
        }, 10]];
    }
}

final class SessionFactory
{
    public function open(string $cartId): CheckoutSession
    {
        return new CheckoutSession($cartId, new EventDispatcher());
    }
}

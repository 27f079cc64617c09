<?php

namespace App\Checkout;

use App\Checkout\Event\TransitionEvent;
use Symfony\Component\EventDispatcher\EventDispatcher;

/**
 * Small state machine driving one order through checkout.
 */
final class CheckoutProcess
{
    public const TRANSITIONS = [
        'submit_address' => ['cart', 'addressed'],
        'pay' => ['addressed', 'paid'],
        'confirm' => ['paid', 'confirmed'],
    ];

    /** @var list<string> */
    private array $history = [];

    public function __construct(private Order $order, private EventDispatcher $dispatcher)
    {
    }

    public function getOrder(): Order
    {
        return $this->order;
    }

    public function can(string $transition): bool
    {
        return (self::TRANSITIONS[$transition][0] ?? null) === $this->order->state;
    }

    public function apply(string $transition): bool
    {
        if (!$this->can($transition)) {
            return false;
        }

        $guard = $this->dispatcher->dispatch(new TransitionEvent($this, $transition), 'checkout.guard');
        if ($guard->isBlocked()) {
            return false;
        }

        $this->order->state = self::TRANSITIONS[$transition][1];
        $this->history[] = $transition;
        $this->dispatcher->dispatch(new TransitionEvent($this, $transition), 'checkout.completed');

        return true;
    }

    public function getHistory(): array
    {
        return $this->history;
    }
}

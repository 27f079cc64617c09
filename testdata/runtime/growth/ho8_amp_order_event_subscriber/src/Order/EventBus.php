<?php

declare(strict_types=1);

namespace App\Order;

final class EventBus
{
    /** @var array<class-string, list<callable>> */
    private array $listeners = [];

    public function subscribe(string $event, callable $listener): void
    {
        $this->listeners[$event][] = $listener; // leak
    }

    public function dispatch(object $event): void
    {
        foreach ($this->listeners[$event::class] ?? [] as $listener) {
            $listener($event);
        }
    }
}

final class Order
{
    public function __construct(public readonly string $id, public readonly string $email, public readonly array $lines) {}
}

final class OrderPlaced
{
    public function __construct(public readonly Order $order) {}
}

final class Mailer
{
    public int $sent = 0;

    public function send(string $to, string $subject): void { $this->sent++; }
}

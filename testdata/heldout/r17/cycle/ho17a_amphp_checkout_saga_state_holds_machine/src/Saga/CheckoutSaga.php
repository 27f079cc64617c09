<?php

declare(strict_types=1);

namespace App\Saga;

use App\Runtime\PaymentGateway;

final class CheckoutCommand
{
    /** @param list<string> $items */
    public function __construct(
        public readonly string $cartId,
        public readonly string $customer,
        public readonly array $items,
        public readonly int $amountCents,
    ) {
    }
}

final class CheckoutSaga
{
    private ?CheckoutState $state = null;

    /** @var list<string> */
    private array $journal = [];

    public function __construct(
        private readonly CheckoutCommand $command,
        private readonly StateFactory $states,
        private readonly PaymentGateway $payments,
    ) {
    }

    public function start(): void
    {
        $this->transitionTo(AwaitingPayment::class);
    }

    /** @param class-string<CheckoutState> $class */
    public function transitionTo(string $class): void
    {
        $this->state = $this->states->create($class, $this); // leak
        $this->record('enter', $this->state->name());
        $this->state->handle();
    }

    public function record(string $event, string $detail): void
    {
        $this->journal[] = "{$this->command->cartId} {$event} {$detail}";
    }

    public function command(): CheckoutCommand
    {
        return $this->command;
    }

    public function payments(): PaymentGateway
    {
        return $this->payments;
    }

    public function currentState(): ?string
    {
        return $this->state?->name();
    }
}

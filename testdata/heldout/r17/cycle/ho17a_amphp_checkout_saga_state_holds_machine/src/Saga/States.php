<?php

declare(strict_types=1);

namespace App\Saga;

abstract class CheckoutState
{
    public function __construct(
        protected readonly CheckoutSaga $saga, // leak
    ) {
    }

    abstract public function name(): string;

    abstract public function handle(): void;
}

final class AwaitingPayment extends CheckoutState
{
    public function name(): string
    {
        return 'awaiting_payment';
    }

    public function handle(): void
    {
        $command = $this->saga->command();
        $authorization = $this->saga->payments()->authorize($command->cartId, $command->amountCents);
        $this->saga->record('payment', $authorization);
        $this->saga->transitionTo(ReservingStock::class);
    }
}

final class ReservingStock extends CheckoutState
{
    public function name(): string
    {
        return 'reserving_stock';
    }

    public function handle(): void
    {
        foreach ($this->saga->command()->items as $item) {
            $this->saga->record('reserved', strstr($item, ':', true));
        }
        $this->saga->transitionTo(Completed::class);
    }
}

final class Completed extends CheckoutState
{
    public function name(): string
    {
        return 'completed';
    }

    public function handle(): void
    {
        $this->saga->record('done', date(DATE_ATOM, 1700000000));
    }
}

final class StateFactory
{
    /** @param class-string<CheckoutState> $class */
    public function create(string $class, CheckoutSaga $saga): CheckoutState
    {
        if (!is_subclass_of($class, CheckoutState::class)) {
            throw new \InvalidArgumentException("{$class} is not a checkout state");
        }

        return new $class($saga);
    }
}

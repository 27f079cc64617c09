<?php

declare(strict_types=1);

namespace App\Saga;

abstract class CheckoutState
{
    abstract public function name(): string;

    abstract public function handle(CheckoutSaga $saga): void;
}

final class AwaitingPayment extends CheckoutState
{
    public function name(): string
    {
        return 'awaiting_payment';
    }

    public function handle(CheckoutSaga $saga): void
    {
        $command = $saga->command();
        $authorization = $saga->payments()->authorize($command->cartId, $command->amountCents);
        $saga->record('payment', $authorization);
        $saga->transitionTo(ReservingStock::class);
    }
}

final class ReservingStock extends CheckoutState
{
    public function name(): string
    {
        return 'reserving_stock';
    }

    public function handle(CheckoutSaga $saga): void
    {
        foreach ($saga->command()->items as $item) {
            $saga->record('reserved', strstr($item, ':', true));
        }
        $saga->transitionTo(Completed::class);
    }
}

final class Completed extends CheckoutState
{
    public function name(): string
    {
        return 'completed';
    }

    public function handle(CheckoutSaga $saga): void
    {
        $saga->record('done', date(DATE_ATOM, 1700000000));
    }
}

final class StateFactory
{
    /** @param class-string<CheckoutState> $class */
    public function create(string $class): CheckoutState
    {
        if (!is_subclass_of($class, CheckoutState::class)) {
            throw new \InvalidArgumentException("{$class} is not a checkout state");
        }

        return new $class();
    }
}

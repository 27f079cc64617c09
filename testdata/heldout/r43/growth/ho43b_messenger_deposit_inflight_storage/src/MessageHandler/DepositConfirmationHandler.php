<?php

namespace App\MessageHandler;

use App\Message\DepositConfirmationReceived;
use App\Repository\DepositRepository;
use App\Service\ConfirmationPolicy;
use App\Service\InFlightDeposits;
use App\Service\Ledger;

final class DepositConfirmationHandler
{
    public function __construct(
        private DepositRepository $deposits,
        private ConfirmationPolicy $policy,
        private InFlightDeposits $inFlight,
        private Ledger $ledger,
    ) {
    }

    public function __invoke(DepositConfirmationReceived $message): string
    {
        $deposit = $this->deposits->forOutput($message);
        if ($deposit === null) {
            return 'ignored';
        }

        $this->inFlight->begin($deposit, 'confirming', $message->blockHeight);

        if ($deposit->confirmations() < $this->policy->required($deposit->chain())) {
            // Not final yet: the watcher will publish again on the next block.
            return 'waiting';
        }

        $this->ledger->credit($deposit->accountId(), $deposit->asset(), $deposit->amount(), $deposit->id());
        $deposit->markCredited(gmdate('c', $message->blockHeight));
        $this->inFlight->end($deposit);

        return 'credited';
    }
}

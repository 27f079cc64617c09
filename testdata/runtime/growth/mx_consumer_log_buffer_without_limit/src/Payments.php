<?php

namespace App\Payments;

use Monolog\Logger;
use Symfony\Component\Messenger\Attribute\AsMessageHandler;

final class PostPayment
{
    public function __construct(public readonly string $lease, public readonly int $cents, public readonly string $reference)
    {
    }
}

#[AsMessageHandler]
final class PostPaymentHandler
{
    public function __construct(private Logger $audit)
    {
    }

    public function __invoke(PostPayment $message): void
    {
        // (the ledger entry is written here)
        $this->audit->info('Payment posted to the ledger', ['lease' => $message->lease, 'cents' => $message->cents, 'reference' => $message->reference]); // leak
    }
}

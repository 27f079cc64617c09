<?php

namespace App\Message;

use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\ReceiverInterface;

/** Stands in for the Doctrine/AMQP transport: yields one envelope per poll. */
final class GeneratedExportTransport implements ReceiverInterface
{
    private int $sequence = 0;

    public function get(): iterable
    {
        $i = $this->sequence++;
        $tenant = ['acme', 'globex', 'initech', 'umbrella'][$i % 4];

        yield new Envelope(new ExportInvoices(
            sprintf('%s.accountant%d@%s.example', $tenant, $i % 50, $tenant),
            $i % 7 === 0 ? ['ROLE_USER', 'ROLE_FINANCE_ADMIN'] : ['ROLE_USER', 'ROLE_ACCOUNTANT'],
            $tenant,
            [10_000 + $i * 3, 10_001 + $i * 3, 10_002 + $i * 3],
            $i % 2 ? 'csv' : 'xlsx',
        ));
    }

    public function ack(Envelope $envelope): void
    {
    }
}

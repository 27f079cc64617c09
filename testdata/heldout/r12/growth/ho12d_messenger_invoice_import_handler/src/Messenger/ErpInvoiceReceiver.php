<?php

declare(strict_types=1);

namespace App\Messenger;

use App\Message\ImportInvoice;

/**
 * Pulls invoice exports from the ERP queue (a generator stands in for the AMQP consumer).
 */
final class ErpInvoiceReceiver implements ReceiverInterface
{
    private int $deliveryTag = 0;

    public function get(): iterable
    {
        $this->deliveryTag++;
        $tag = $this->deliveryTag;

        yield new Envelope(new ImportInvoice(
            sprintf('erp-%08d', $tag),
            'Customer ' . $tag . ' GmbH',
            sprintf('Hauptstrasse %d, %05d Berlin, Germany', $tag % 300, 10000 + $tag),
            [
                ['sku' => 'SRV-' . $tag, 'description' => str_repeat('Consulting hours, project phase ' . $tag . '. ', 4), 'quantity' => 3, 'unitCents' => 12000],
                ['sku' => 'LIC-' . $tag, 'description' => str_repeat('Annual license renewal, seat block ' . $tag . '. ', 4), 'quantity' => 1, 'unitCents' => 99000],
            ],
        ), $tag);
    }

    public function ack(Envelope $envelope): void
    {
    }
}

<?php

namespace App\Transport;

use App\Message\ImportOrder;
use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\Transport\ReceiverInterface;

/**
 * Pulls orders from the marketplace feed one batch at a time.
 */
final class MarketplaceFeedReceiver implements ReceiverInterface
{
    private int $cursor = 0;
    public int $acked = 0;

    public function get(): iterable
    {
        for ($i = 0; $i < 10; $i++) {
            $n = $this->cursor++;
            yield new Envelope(new ImportOrder(
                sprintf('MP-%07d', $n),
                sprintf('buyer%d@example.org', $n % 97),
                ['DE', 'FR', 'NL', 'AT'][$n % 4],
                [
                    ['sku' => 'TSHIRT-BLK-M', 'name' => 'Organic cotton T-shirt, black, size M', 'quantity' => 2, 'unit_price' => 1999],
                    ['sku' => 'SOCKS-3PK', 'name' => 'Merino hiking socks, three pack', 'quantity' => 1, 'unit_price' => 2450],
                    ['sku' => 'CAP-NVY', 'name' => 'Baseball cap, navy', 'quantity' => 1 + $n % 3, 'unit_price' => 1500],
                ],
            ));
        }
    }

    public function ack(Envelope $envelope): void
    {
        $this->acked++;
    }
}

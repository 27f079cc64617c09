<?php

namespace App\Transport;

use App\Message\PrintAllergenLabel;
use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\Transport\ReceiverInterface;

// Simulated "labels" transport: each get() receives the next label job from the
// intake desks (a new lot number per donated case).
final class PantryLabelFeed implements ReceiverInterface
{
    private const PRODUCTS = [
        ['GRAN-OAT', 'Oat granola bars', ['wheat', 'tree_nut', 'milk']],
        ['PB-JAR', 'Peanut butter 16oz', ['peanut']],
        ['TUNA-CAN', 'Chunk light tuna', ['fish', 'soy']],
        ['RICE-5LB', 'Long grain rice', []],
    ];

    private int $received = 0;

    public function get(): iterable
    {
        $n = $this->received++;
        [$sku, $name, $allergens] = self::PRODUCTS[$n % 4];
        yield new Envelope(new PrintAllergenLabel(
            pantryId: 10 + $n % 7,
            sku: $sku,
            productName: $name,
            lotNumber: sprintf('L%06d-%s', 40000 + $n, substr(md5((string) $n), 0, 6)),
            bestBefore: date('Y-m-d', 1767225600 + 86400 * ($n % 365)),
            allergens: $allergens,
            packedBy: 'Tuesday evening',
        ));
    }

    public function ack(Envelope $envelope): void
    {
    }
}

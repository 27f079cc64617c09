<?php

declare(strict_types=1);

namespace Ticketing\Fare;

use Ticketing\Domain\TapEvent;
use Ticketing\Protocol\ValidatorFrame;

final class FareValidator
{
    /** @param array<string, int> $fares product => cents */
    public function __construct(private array $fares)
    {
    }

    public function validate(ValidatorFrame $frame): ?TapEvent
    {
        $f = $frame->fields;
        $product = (string) ($f['product'] ?? '');
        if (!isset($this->fares[$product])) {
            return null;
        }
        $zones = array_values(array_unique(array_map('intval', $f['zones'] ?? [])));
        $fare = $product === 'DAY_PASS' ? 0 : $this->fares[$product] + 50 * max(0, count($zones) - 2);

        return new TapEvent(
            $frame->device,
            (int) $f['seq'],
            (string) $f['card']['uid'],
            (string) $f['card']['media'],
            $product,
            (string) $f['stop'],
            $zones,
            $fare,
            new \DateTimeImmutable('@' . $frame->timestamp),
            (string) $f['sig'],
            $frame->raw,
        );
    }
}

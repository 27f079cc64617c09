<?php

declare(strict_types=1);

namespace Shipping\Rpc;

final class RateService
{
    /** @param callable(string, array): void $onResult */
    public function quote(string $callId, array $parcel, callable $onResult): void
    {
        $rates = [];
        foreach (['ground' => 1.0, 'express' => 2.4, 'overnight' => 4.1] as $service => $factor) {
            $rates[] = ['service' => $service, 'cents' => (int) round($parcel['weight_g'] * 0.9 * $factor), 'eta_days' => (int) ceil(5 / $factor)];
        }
        $onResult($callId, $rates);
    }
}

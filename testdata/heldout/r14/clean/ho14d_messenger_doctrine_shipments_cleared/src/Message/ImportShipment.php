<?php

namespace App\Message;

final class ImportShipment
{
    public function __construct(public readonly string $carrier, public readonly array $payload)
    {
    }
}

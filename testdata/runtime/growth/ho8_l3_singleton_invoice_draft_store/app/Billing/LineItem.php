<?php

namespace App\Billing;

final class LineItem
{
    public function __construct(public readonly string $description, public readonly int $quantity, public readonly int $unitCents) {}
}

<?php

namespace App\Tenancy;

final class Tenant
{
    public function __construct(public readonly int $id, public readonly string $name, public readonly array $settings) {}
}

<?php

namespace App\Routing;

final class Route
{
    public function __construct(public readonly string $name, public readonly array $parameters)
    {
    }
}

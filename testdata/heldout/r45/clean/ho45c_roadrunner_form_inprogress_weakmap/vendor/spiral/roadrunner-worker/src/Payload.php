<?php

namespace Spiral\RoadRunner;

final class Payload
{
    public function __construct(public readonly ?string $body, public readonly ?string $header = null)
    {
    }
}

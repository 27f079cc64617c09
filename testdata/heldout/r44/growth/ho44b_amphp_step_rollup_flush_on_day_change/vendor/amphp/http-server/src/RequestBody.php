<?php

declare(strict_types=1);

namespace Amp\Http\Server;

final class RequestBody
{
    public function __construct(private string $payload)
    {
    }

    public function buffer(): string
    {
        return $this->payload;
    }
}

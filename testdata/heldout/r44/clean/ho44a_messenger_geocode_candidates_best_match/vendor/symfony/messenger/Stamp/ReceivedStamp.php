<?php

declare(strict_types=1);

namespace Symfony\Component\Messenger\Stamp;

final class ReceivedStamp implements StampInterface
{
    public function __construct(private readonly string $transportName)
    {
    }

    public function getTransportName(): string
    {
        return $this->transportName;
    }
}

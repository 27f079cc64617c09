<?php

namespace Symfony\Component\Messenger\Stamp;

final class ReceivedStamp
{
    public function __construct(private string $transportName)
    {
    }

    public function getTransportName(): string
    {
        return $this->transportName;
    }
}

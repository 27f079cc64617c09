<?php

namespace Symfony\Component\Messenger\Stamp;

final class TransportMessageIdStamp
{
    public function __construct(private string|int $id)
    {
    }

    public function getId(): string|int
    {
        return $this->id;
    }
}

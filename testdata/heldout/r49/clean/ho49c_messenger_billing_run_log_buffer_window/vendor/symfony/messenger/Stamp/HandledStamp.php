<?php

namespace Symfony\Component\Messenger\Stamp;

final class HandledStamp
{
    public function __construct(private mixed $result, private string $handlerName)
    {
    }

    public function getHandlerName(): string
    {
        return $this->handlerName;
    }
}

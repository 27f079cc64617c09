<?php

declare(strict_types=1);

namespace Symfony\Component\Messenger\Stamp;

final class HandledStamp implements StampInterface
{
    public function __construct(private readonly mixed $result, private readonly string $handlerName)
    {
    }

    public function getResult(): mixed
    {
        return $this->result;
    }

    public function getHandlerName(): string
    {
        return $this->handlerName;
    }
}

<?php

declare(strict_types=1);

namespace Symfony\Component\Messenger\Stamp;

interface StampInterface
{
}

final class DelayStamp implements StampInterface
{
    public function __construct(private readonly int $delay)
    {
    }

    public function getDelay(): int
    {
        return $this->delay;
    }
}

final class HandledStamp implements StampInterface
{
    public function __construct(private readonly mixed $result, private readonly string $handlerName)
    {
    }

    public function getResult(): mixed
    {
        return $this->result;
    }
}

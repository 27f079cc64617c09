<?php

namespace Symfony\Component\Messenger\Stamp;

interface StampInterface
{
}

final class ReceivedStamp implements StampInterface
{
    public function __construct(private string $transportName)
    {
    }

    public function getTransportName(): string
    {
        return $this->transportName;
    }
}

final class TransportMessageIdStamp implements StampInterface
{
    public function __construct(private mixed $id)
    {
    }

    public function getId(): mixed
    {
        return $this->id;
    }
}

final class HandledStamp implements StampInterface
{
    public function __construct(private mixed $result, private string $handlerName)
    {
    }

    public function getHandlerName(): string
    {
        return $this->handlerName;
    }
}

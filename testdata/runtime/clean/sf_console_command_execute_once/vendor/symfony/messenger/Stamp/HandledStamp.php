<?php

namespace Symfony\Component\Messenger\Stamp;

use Symfony\Component\Messenger\Handler\HandlerDescriptor;

final class HandledStamp implements StampInterface
{
    public function __construct(private mixed $result, private string $handlerName)
    {
    }

    public static function fromDescriptor(HandlerDescriptor $handler, mixed $result): self
    {
        return new self($result, $handler->getName());
    }

    public function getResult(): mixed
    {
        return $this->result;
    }
}

<?php

declare(strict_types=1);

namespace Symfony\Component\Messenger\Stamp;

use Symfony\Component\Messenger\StampInterface;

final class ReceivedStamp implements StampInterface
{
    public function __construct(public readonly string $transportName)
    {
    }
}

final class HandledStamp implements StampInterface
{
    public function __construct(public readonly mixed $result, public readonly string $handlerName)
    {
    }
}

final class TransportMessageIdStamp implements StampInterface
{
    public function __construct(public readonly string $id)
    {
    }
}

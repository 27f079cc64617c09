<?php

declare(strict_types=1);

namespace Vendor\Messenger;

final class Envelope
{
    public function __construct(public readonly object $message, public array $stamps = [])
    {
    }
}

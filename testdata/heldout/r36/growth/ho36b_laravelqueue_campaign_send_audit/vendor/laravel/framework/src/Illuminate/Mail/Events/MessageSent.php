<?php

namespace Illuminate\Mail\Events;

use Illuminate\Mail\SentMessage;

final class MessageSent
{
    public function __construct(public readonly SentMessage $message, public readonly string $transport)
    {
    }
}

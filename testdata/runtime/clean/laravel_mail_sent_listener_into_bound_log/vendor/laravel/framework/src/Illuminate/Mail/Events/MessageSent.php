<?php
// Stand-in for the event Laravel's mailer dispatches after each mail.

namespace Illuminate\Mail\Events;

class MessageSent
{
    public function __construct(public readonly string $messageId, public readonly string $to, public readonly string $subject)
    {
    }
}

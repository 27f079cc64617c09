<?php

namespace App\Mail;

use App\Events\ReplyDelivered;
use Illuminate\Support\Facades\Event;

final class ReplyMailer
{
    private int $sent = 0;

    public function __construct(private readonly string $fromAddress) {}

    public function send(int $ticketId, string $to, string $subject, string $html): string
    {
        $messageId = sprintf('<%s.%d@%s>', bin2hex(random_bytes(10)), $ticketId, substr(strrchr($this->fromAddress, '@'), 1));
        $this->sent++;
        Event::dispatch(new ReplyDelivered($messageId, $ticketId, $to, 1767225600 + $this->sent));

        return $messageId;
    }
}

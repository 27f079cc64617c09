<?php

namespace App\Listeners;

use App\Support\SentMailLog;
use Illuminate\Mail\Events\MessageSent;

final class RecordSentMail
{
    public function __construct(private SentMailLog $log)
    {
    }

    public function handle(MessageSent $event): void
    {
        $this->log->record($event->messageId, $event->to, $event->subject);
    }
}

<?php

namespace App\Listeners;

use App\Support\SentMessageLog;
use Illuminate\Mail\Events\MessageSent;

final class RecordSentMessage
{
    public function __construct(private SentMessageLog $log)
    {
    }

    public function handle(MessageSent $event): void
    {
        $this->log->record($event->message, $event->transport);
    }
}

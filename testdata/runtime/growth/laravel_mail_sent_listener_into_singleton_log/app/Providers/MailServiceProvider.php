<?php

namespace App\Providers;

use App\Listeners\RecordSentMail;
use App\Support\SentMailLog;
use Illuminate\Container\Container;
use Illuminate\Mail\Events\MessageSent;
use Illuminate\Support\Facades\Event;

final class MailServiceProvider
{
    public function register(Container $app): void
    {
        $app->singleton(SentMailLog::class);
    }

    public function boot(): void
    {
        Event::listen(MessageSent::class, RecordSentMail::class);
    }
}

<?php

namespace App\Providers;

use App\Listeners\RecordSentMessage;
use App\Support\SentMessageLog;
use Illuminate\Container\Container;
use Illuminate\Events\Dispatcher;
use Illuminate\Mail\Events\MessageSent;
use Illuminate\Mail\Mailer;
use Illuminate\Support\Facades\Event;
use Illuminate\Support\Facades\Facade;

final class AppServiceProvider
{
    public function __construct(private Container $app)
    {
    }

    public function register(): void
    {
        $this->app->singleton('events', fn (Container $app) => new Dispatcher($app));
        $this->app->singleton('mailer', fn (Container $app) => new Mailer('ses', $app->make('events'), 'mail.acme-mail.test'));
        $this->app->singleton(SentMessageLog::class);
        Facade::setFacadeApplication($this->app);
    }

    public function boot(): void
    {
        Event::listen(MessageSent::class, RecordSentMessage::class);
    }
}

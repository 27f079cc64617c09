<?php

namespace App\Providers;

use App\Listeners\FlushReplyDigests;
use App\Notifications\DigestBuffer;
use App\Notifications\DigestMailer;
use Illuminate\Container\Container;
use Laravel\Octane\Events\RequestTerminated;

final class NotificationServiceProvider
{
    public function __construct(private Container $app)
    {
    }

    public function register(): void
    {
        $this->app->singleton('notifications.mailer', static fn (Container $app) => new DigestMailer(
            $app->make('config')->get('notifications.digest.subject', 'Digest'),
        ));
        $this->app->singleton('notifications.digest', static fn (Container $app) => new DigestBuffer(
            $app->make('notifications.mailer'),
            (int) $app->make('config')->get('notifications.digest.max_recipients', 500),
        ));
    }

    public function boot(): void
    {
        if (config('notifications.digest.flush_on_terminate')) {
            $this->app->make('events')->listen(RequestTerminated::class, [new FlushReplyDigests(), 'handle']);
        }
    }
}

<?php

namespace App\Providers;

use App\Mail\ReplyMailer;
use App\Support\TicketTimeline;
use Illuminate\Container\Container;
use Illuminate\Events\Dispatcher;

final class AppServiceProvider
{
    public function __construct(private readonly Container $app) {}

    public function register(): void
    {
        $this->app->singleton('events', static fn (Container $app) => new Dispatcher($app));
        $this->app->singleton(ReplyMailer::class, static fn () => new ReplyMailer('support@northwind.example'));
        $this->app->singleton(TicketTimeline::class, static fn () => new TicketTimeline());
    }
}

<?php

declare(strict_types=1);

namespace App\Providers;

use Illuminate\Foundation\Application;
use Illuminate\Foundation\ServiceProvider;
use Illuminate\Mail\Mailer;
use Illuminate\Mail\MemorySpool;
use Illuminate\Mail\SmtpTransport;

final class MailServiceProvider extends ServiceProvider
{
    public function register(): void
    {
        $this->app->singleton('mail.spool', fn () => new MemorySpool());
        $this->app->singleton('mail.transport.smtp', fn () => new SmtpTransport('smtp.postmark.test', 587));
        $this->app->singleton('mailer', fn (Application $app) => new Mailer($app->make('mail.spool'), [
            'address' => 'billing@example.test',
            'name' => 'Example Billing',
        ]));
    }

    public function boot(): void
    {
        // Hand the spooled mails to SMTP once the work is finished so a slow
        // relay never holds up the job itself.
        $this->app->terminating(static function (Application $app): void {
            $app->make('mail.spool')->flushQueue($app->make('mail.transport.smtp'));
        });
    }
}

<?php

namespace App\Providers;

use App\Http\Controllers\ChannelWebhookController;
use App\Services\Webhooks\ProcessedWebhookLedger;
use Illuminate\Container\Container;

class ChannelServiceProvider
{
    public function __construct(private readonly Container $app)
    {
    }

    public function register(): void
    {
        $this->app->singleton('webhooks.ledger', fn () => new ProcessedWebhookLedger());
        $this->app->singleton('channels.secrets', fn () => [
            'booking' => 'whsec_9f2c1e7a5b',
            'expedia' => 'whsec_41d0be77c3',
            'airbnb' => 'whsec_e8a6f03d21',
        ]);
        $this->app->bind(ChannelWebhookController::class, fn (Container $app) => new ChannelWebhookController($app->make('channels.secrets')));
    }
}

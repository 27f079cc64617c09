<?php

namespace App\Providers;

use App\Services\Payments\PaymentGatewayClient;
use Illuminate\Support\ServiceProvider;

class AppServiceProvider extends ServiceProvider
{
    public function register(): void
    {
        $this->app->bind(PaymentGatewayClient::class, fn ($app) => new PaymentGatewayClient(
            $app['config']->get('services.payments.base_uri'),
            $app['config']->get('services.payments.secret'),
        ));
    }
}

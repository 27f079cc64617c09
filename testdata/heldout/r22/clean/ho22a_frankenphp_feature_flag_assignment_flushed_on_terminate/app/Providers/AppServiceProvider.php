<?php

declare(strict_types=1);

namespace App\Providers;

use App\Features\FeatureManager;
use Lite\Framework\Container;

final class AppServiceProvider
{
    public function register(Container $app): void
    {
        $app->singleton(FeatureManager::class, static fn (): FeatureManager => new FeatureManager([
            'pricing.annual-toggle' => ['variants' => ['monthly-first', 'annual-first'], 'rollout' => 50],
            'pricing.trial-banner' => ['variants' => ['banner'], 'rollout' => 30],
            'checkout.one-page' => ['variants' => ['one-page'], 'rollout' => 80],
        ]));

        $app->terminating(static function () use ($app): void {
            $app->make(FeatureManager::class)->flush();
        });
    }
}

<?php

use App\Http\PermitFeeController;
use App\Services\FeeRuleRegistrar;
use App\Services\FeeScheduleRepository;
use App\Services\PermitFeeCalculator;
use Illuminate\Foundation\Application;
use Illuminate\Http\Request;

$app = new Application();
$app->singleton(FeeScheduleRepository::class, fn () => new FeeScheduleRepository());
$app->singleton(FeeRuleRegistrar::class, fn (Application $app) => new FeeRuleRegistrar($app->make(FeeScheduleRepository::class)));
$app->scoped(PermitFeeCalculator::class, fn () => new PermitFeeCalculator());
$app->scoped(PermitFeeController::class, fn (Application $app) => new PermitFeeController(
    $app->make(FeeRuleRegistrar::class),
    $app->make(PermitFeeCalculator::class),
));
$app->singleton('router', fn () => static function (Application $app, Request $request) {
    return match ($request->uri) {
        '/api/permits/fee-quote' => $app->make(PermitFeeController::class)->quote($request),
        default => null,
    };
});

return $app;

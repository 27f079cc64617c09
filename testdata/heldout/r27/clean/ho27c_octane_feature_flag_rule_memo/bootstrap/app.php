<?php

require_once __DIR__ . '/../vendor/illuminate/container/Container.php';
require_once __DIR__ . '/../vendor/illuminate/support/Facades/Facade.php';
require_once __DIR__ . '/../vendor/illuminate/http/Request.php';
require_once __DIR__ . '/../vendor/illuminate/http/JsonResponse.php';
require_once __DIR__ . '/../vendor/laravel/octane/Worker.php';
require_once __DIR__ . '/../app/Flags/FlagDefinition.php';
require_once __DIR__ . '/../app/Flags/EvaluationContext.php';
require_once __DIR__ . '/../app/Flags/Evaluation.php';
require_once __DIR__ . '/../app/Flags/FlagRepository.php';
require_once __DIR__ . '/../app/Flags/FlagClient.php';
require_once __DIR__ . '/../app/Support/Facades/Feature.php';
require_once __DIR__ . '/../app/Http/Controllers/CheckoutSummaryController.php';

use App\Flags\FlagClient;
use App\Flags\FlagRepository;
use Illuminate\Container\Container;
use Illuminate\Support\Facades\Facade;

$app = Container::getInstance();

$app->singleton(FlagRepository::class, static fn () => new FlagRepository([
    'checkout.one-page' => ['default' => 'off', 'rules' => [['plan' => 'enterprise', 'variant' => 'on'], ['plan' => '*', 'rollout' => 25, 'variant' => 'on']]],
    'checkout.express-pay' => ['default' => 'off', 'rules' => [['plan' => 'business', 'variant' => 'on'], ['plan' => 'enterprise', 'variant' => 'on']]],
    'pricing.annual-banner' => ['default' => 'control', 'rules' => [['plan' => 'free', 'rollout' => 50, 'variant' => 'treatment']]],
]));
$app->singleton(FlagClient::class, static fn (Container $app) => new FlagClient($app->make(FlagRepository::class), 'storefront-api'));
$app->alias(FlagClient::class, 'features');

Facade::setFacadeApplication($app);

return $app;

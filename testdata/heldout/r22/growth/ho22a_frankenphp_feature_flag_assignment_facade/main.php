<?php

declare(strict_types=1);

require __DIR__ . '/vendor/lite/framework.php';
require __DIR__ . '/app/Features/Assignment.php';
require __DIR__ . '/app/Features/FeatureManager.php';
require __DIR__ . '/app/Features/Features.php';
require __DIR__ . '/app/Providers/AppServiceProvider.php';
require __DIR__ . '/app/Http/PricingPageController.php';

use App\Http\PricingPageController;
use App\Providers\AppServiceProvider;
use Lite\Framework\Container;
use Lite\Framework\Worker;

$app = Container::getInstance();
(new AppServiceProvider())->register($app);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$controller = new PricingPageController();

(new Worker($app))->run($n, static fn (array $request): string => $controller($request));

<?php

declare(strict_types=1);

$vendor = __DIR__ . '/vendor';
require $vendor . '/laravel/framework/src/Illuminate/Container/Container.php';
require $vendor . '/laravel/framework/src/Illuminate/Support/Facades/Facade.php';
require $vendor . '/laravel/octane/src/Worker.php';
require __DIR__ . '/app/Pricing/SalesChannel.php';
require __DIR__ . '/app/Pricing/CartContext.php';
require __DIR__ . '/app/Pricing/PriceQuote.php';
require __DIR__ . '/app/Pricing/Concerns/BuildsQuoteKeys.php';
require __DIR__ . '/app/Pricing/ModifierPriceResolver.php';
require __DIR__ . '/app/Support/Facades/MenuPricing.php';
require __DIR__ . '/app/Providers/PricingServiceProvider.php';
require __DIR__ . '/app/Http/Controllers/CartItemController.php';

use App\Http\Controllers\CartItemController;
use App\Providers\PricingServiceProvider;
use Illuminate\Container\Container;
use Illuminate\Support\Facades\Facade;
use Laravel\Octane\Worker;

$app = Container::getInstance();
(new PricingServiceProvider())->register($app);
$app->singleton(CartItemController::class, static fn () => new CartItemController());
Facade::setFacadeApplication($app);

function incoming_cart_requests(int $n): Generator
{
    $skus = ['BWL-TERI', 'BWL-TOFU', 'BWL-POKE', 'SD-EDAM', 'SD-GYOZ', 'DR-MATC'];
    $modSets = [[], ['XTRA-PROT'], ['SPCY-MAYO', 'BRWN-RICE'], ['AVO', 'NO-SCAL']];
    $channels = ['dine_in', 'pickup', 'delivery'];
    for ($i = 1; $i <= $n; $i++) {
        yield [
            'method' => 'POST',
            'uri' => '/api/cart/items',
            'query' => ['channel' => $channels[$i % 3]],
            'headers' => ['x-cart-token' => 'ct_' . substr(hash('sha256', 'cart' . $i), 0, 24)],
            'json' => ['items' => [
                ['sku' => $skus[$i % 6], 'modifiers' => $modSets[$i % 4], 'qty' => 1],
                ['sku' => $skus[($i + 3) % 6], 'modifiers' => $modSets[($i + 1) % 4], 'qty' => 1 + $i % 2],
            ]],
        ];
    }
}

$worker = new Worker($app, warm: ['menu.pricing', CartItemController::class]);
$worker->run(
    incoming_cart_requests((int) (getenv('PHPLEAK_N') ?: 100)),
    static fn (Container $sandbox, array $request) => $sandbox->make(CartItemController::class)->store($request),
);

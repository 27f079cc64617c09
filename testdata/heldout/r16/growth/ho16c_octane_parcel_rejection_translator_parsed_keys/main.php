<?php
// Modelled on laravel/octane#416 + laravel/framework#39490 (flush NamespacedItemResolver parsed keys of the Translator between requests; issue laravel/octane#415).

declare(strict_types=1);

require __DIR__ . '/vendor/illuminate/container/Container.php';
require __DIR__ . '/vendor/illuminate/support/Facades/Facade.php';
require __DIR__ . '/vendor/illuminate/support/NamespacedItemResolver.php';
require __DIR__ . '/vendor/illuminate/translation/Translator.php';
require __DIR__ . '/vendor/illuminate/support/helpers.php';
require __DIR__ . '/app/Services/ParcelBooker.php';
require __DIR__ . '/app/Http/Controllers/ShipmentController.php';

use App\Http\Controllers\ShipmentController;
use App\Services\ParcelBooker;
use Illuminate\Container\Container;
use Illuminate\Translation\Translator;

$app = Container::getInstance();
$app->singleton('translator', fn () => new Translator(__DIR__ . '/lang', 'en'));
$controller = new ShipmentController(new ParcelBooker('DHL Freight'));

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $controller->store(['parcels' => [
        ['reference' => sprintf('PX-%06d-A', $i), 'city' => 'Rotterdam', 'weight' => 12.0],
        ['reference' => sprintf('PX-%06d-B', $i), 'city' => 'Rotterdam', 'weight' => 32.0 + ($i % 40) / 10],
        ['reference' => sprintf('PX-%06d-C', $i), 'city' => 'Antwerp', 'weight' => 40.5],
    ]]);
}

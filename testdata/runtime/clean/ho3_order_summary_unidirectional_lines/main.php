<?php
// A PHP-PM style worker serves order summary API calls by loading Doctrine-mapped orders together with their lines.

declare(strict_types=1);

require __DIR__ . '/vendor/doctrine/collections/ArrayCollection.php';
require __DIR__ . '/src/Entity/Order.php';
require __DIR__ . '/src/Entity/OrderLine.php';
require __DIR__ . '/src/Repository/OrderRepository.php';
require __DIR__ . '/src/Http/JsonResponse.php';
require __DIR__ . '/src/Controller/OrderSummaryController.php';

use App\Controller\OrderSummaryController;
use App\Repository\OrderRepository;

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$controller = new OrderSummaryController(new OrderRepository());
$served = 0;

for ($i = 0; $i < $n; $i++) {
    $response = $controller(1 + $i);
    if ($response->status === 200) {
        $served++;
    }
}

<?php
// Clean look-alike: the #[AsEventListener(event: ..., method: 'onOrderPlaced')] listener only reads its tiers table per order;
// the table is filled by warmUp() (CacheWarmerInterface), which the kernel runs once when it builds the container.

use App\Kernel;
use Symfony\Component\HttpFoundation\Request;

require_once __DIR__.'/vendor/autoload.php';
require_once __DIR__.'/src/Kernel.php';
require_once __DIR__.'/src/Entity/Order.php';
require_once __DIR__.'/src/Event/OrderPlacedEvent.php';
require_once __DIR__.'/src/Controller/CheckoutController.php';
require_once __DIR__.'/src/EventListener/LoyaltyPointsListener.php';

$kernel = new Kernel('prod', false);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $body = json_encode([
        'id' => 50000 + $i,
        'email' => "buyer{$i}@example.net",
        'lines' => [['sku' => "SKU-{$i}-A", 'qty' => 2, 'price' => 1999], ['sku' => "SKU-{$i}-B", 'qty' => 1, 'price' => 4999]],
        'address' => "{$i} Rue de la République, 69002 Lyon, France. ".str_repeat('Digicode 4B, 3e étage. ', 20),
    ]);
    $request = Request::create('/checkout/orders', 'POST', [], [], [], ['CONTENT_TYPE' => 'application/json'], $body);
    $response = $kernel->handle($request);
    $kernel->terminate($request, $response);
}

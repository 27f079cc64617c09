<?php
// Symfony kernel booted once and reused for PHPLEAK_N API requests to an invokable #[Route] controller that keeps only the last loaded order on the controller service.
use App\Kernel;
use Symfony\Component\HttpFoundation\Request;

require __DIR__ . '/vendor/symfony/http-foundation.php';
require __DIR__ . '/vendor/symfony/dependency-injection.php';
require __DIR__ . '/vendor/symfony/http-kernel.php';
foreach (['Kernel', 'Order/Order', 'Order/OrderRepository', 'Controller/Api/ShowOrderController'] as $file) {
    require __DIR__ . "/src/$file.php";
}

$kernel = new Kernel('prod', false);
$kernel->boot();

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $response = $kernel->handle(Request::create('/api/orders/' . (50000 + $i)));
}

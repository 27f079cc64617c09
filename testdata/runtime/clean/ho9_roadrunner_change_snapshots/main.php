<?php
// A RoadRunner HTTP worker whose change tracker keeps the original values of loaded entities keyed by spl_object_hash().

require __DIR__ . '/vendor/spiral/roadrunner-http.php';
require __DIR__ . '/src/Entity/Customer.php';
require __DIR__ . '/src/Persistence/ChangeTracker.php';
require __DIR__ . '/src/Http/CustomerController.php';

use App\Http\CustomerController;
use App\Persistence\ChangeTracker;
use Spiral\RoadRunner\Http\PSR7Worker;

$worker = new PSR7Worker((int) (getenv('PHPLEAK_N') ?: 100));
$controller = new CustomerController(new ChangeTracker());

while ($request = $worker->waitRequest()) {
    $worker->respond($controller->update($request));
}

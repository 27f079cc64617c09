<?php

declare(strict_types=1);

require __DIR__ . '/src/TracksOriginalState.php';
require __DIR__ . '/src/Customer.php';
require __DIR__ . '/src/CustomerRepository.php';
require __DIR__ . '/src/Worker.php';

use App\Http\UpdateCustomerHandler;
use App\Persistence\CustomerRepository;
use Spiral\RoadRunner\Http\PSR7Worker;

$worker = new PSR7Worker((int) (getenv('PHPLEAK_N') ?: 100));
$handler = new UpdateCustomerHandler(new CustomerRepository());

while ($request = $worker->waitRequest()) {
    $worker->respond(200, $handler($request));
}

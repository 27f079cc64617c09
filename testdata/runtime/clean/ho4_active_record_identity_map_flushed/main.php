<?php
// A long-running API server answers customer profile requests by loading active-record models that share an identity map.
declare(strict_types=1);

require __DIR__ . '/vendor/acme/db/FakePdo.php';
require __DIR__ . '/src/Model/IdentityMap.php';
require __DIR__ . '/src/Model/Model.php';
require __DIR__ . '/src/Model/Customer.php';
require __DIR__ . '/src/Model/Country.php';
require __DIR__ . '/src/Http/CustomerProfileAction.php';
require __DIR__ . '/src/Http/Server.php';

use Acme\Db\FakePdo;
use Api\Http\CustomerProfileAction;
use Api\Http\Server;
use Api\Model\Model;

Model::setConnection(new FakePdo());
$server = new Server(['GET /customers/{id}' => new CustomerProfileAction()]);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $server->handle('GET', '/customers/' . (900 + $i));
}

<?php
// A payment saga per order: saga → step → compensation → saga, each class in its own file.

require_once __DIR__ . '/Saga.php';
require_once __DIR__ . '/Step.php';
require_once __DIR__ . '/Compensation.php';
require_once __DIR__ . '/SagaFactory.php';

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$factory = new SagaFactory();
for ($i = 0; $i < $n; $i++) {
    $factory->create("order-{$i}", 1999 + $i)->run();
}

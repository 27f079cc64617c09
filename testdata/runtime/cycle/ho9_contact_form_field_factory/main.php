<?php
// A RoadRunner HTTP worker whose contact controller builds a form and its fields through Form::add() on every request.

require __DIR__ . '/vendor/roadrunner.php';
require __DIR__ . '/src/Form/Form.php';
require __DIR__ . '/src/Form/Field.php';
require __DIR__ . '/src/ContactController.php';

use App\ContactController;
use Spiral\RoadRunner\Http\PSR7Worker;

$n = (int) (getenv('PHPLEAK_N') ?: 100);

$worker = new PSR7Worker($n);
$controller = new ContactController();

while ($request = $worker->waitRequest()) {
    [$status, $body] = $controller($request);
    $worker->respond($status, $body);
}

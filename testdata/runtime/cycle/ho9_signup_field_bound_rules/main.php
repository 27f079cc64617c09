<?php
// A Workerman text worker validating signup payloads with rule closures bound to each Field via Closure::bind.

require __DIR__ . '/vendor/workerman.php';
require __DIR__ . '/src/Validation/Field.php';
require __DIR__ . '/src/Validation/Rules.php';
require __DIR__ . '/src/SignupHandler.php';

use App\SignupHandler;
use App\Validation\Rules;
use Workerman\Worker;

$worker = new Worker('text://0.0.0.0:2347');
$worker->onMessage = new SignupHandler(new Rules());

Worker::runAll();

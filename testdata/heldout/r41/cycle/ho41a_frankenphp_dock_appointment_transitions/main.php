<?php

require __DIR__ . '/vendor/frankenphp-lite/runtime.php';
require __DIR__ . '/src/Dock/DockAppointment.php';
require __DIR__ . '/src/Dock/DockScheduler.php';
require __DIR__ . '/src/Http/AppointmentController.php';

use App\Dock\DockScheduler;
use App\Http\AppointmentController;

$_SERVER['FRANKENPHP_MAX_REQUESTS'] = (int) (getenv('PHPLEAK_N') ?: 100);

$controller = new AppointmentController(new DockScheduler(6, 2700));

$handler = static function () use ($controller): void {
    $body = $controller($_SERVER['REQUEST_URI'], $_POST);
    // echo $body; -- the worker writes the response here
};

while (frankenphp_handle_request($handler)) {
    // one request per iteration
}

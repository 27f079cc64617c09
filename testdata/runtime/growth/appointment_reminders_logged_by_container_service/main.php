<?php
// An appointment API worker: services come from the application's own
// container, which makes each one once and keeps it for the process;
// every request confirms an appointment and sends the patient a
// reminder, which the reminder log records.

require __DIR__ . '/src/Container.php';
require __DIR__ . '/src/Services.php';

use Clinic\AppointmentController;
use Clinic\Container;

$container = new Container(require __DIR__ . '/config/services.php');

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $request = ['patient' => 'patient-' . $i, 'when' => date('Y-m-d', 1700000000 + $i * 3600)];
    $container->get(AppointmentController::class)->confirm($request);
}

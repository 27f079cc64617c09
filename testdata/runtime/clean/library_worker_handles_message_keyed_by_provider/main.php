<?php
// A consumer script hands its handler to a message worker from a library
// (vendor/, which phpleak does not read) and calls the worker's handle()
// once per message. The worker runs the handler it was made with; the
// handler remembers the last notes of each provider it knows, three in
// all: its table stays at three entries.

require __DIR__ . '/vendor/acme/Worker.php';
require __DIR__ . '/src/Booking.php';

use Acme\Messenger\Worker;
use App\BookAppointment;
use App\BookAppointmentHandler;

$handler = new BookAppointmentHandler();
$worker = new Worker([BookAppointment::class => $handler]);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $worker->handle(new BookAppointment(sprintf('req_%08d', 91200 + $i), ['cardio', 'derm', 'gp'][$i % 3], str_repeat('Annual check-up, portal ref ' . dechex(0xA000 + $i) . '. ', 12)));
}

<?php

declare(strict_types=1);

// messenger:consume scheduling — books appointment requests from the patient
// portal and plans their reminders.

require __DIR__ . '/vendor/acme/event-dispatcher/src/EventDispatcher.php';
require __DIR__ . '/vendor/acme/messenger/src/Envelope.php';
require __DIR__ . '/vendor/acme/messenger/src/Worker.php';
require __DIR__ . '/app/Message/BookAppointment.php';
require __DIR__ . '/app/Scheduling/SlotReserved.php';
require __DIR__ . '/app/Scheduling/SlotUnavailable.php';
require __DIR__ . '/app/Scheduling/SlotReservationService.php';
require __DIR__ . '/app/Scheduling/ReminderListenerFactory.php';
require __DIR__ . '/app/Notification/ReminderOutbox.php';
require __DIR__ . '/app/Handler/BookAppointmentHandler.php';

use Acme\EventDispatcher\EventDispatcher;
use Acme\Messenger\Envelope;
use Acme\Messenger\Worker;
use App\Handler\BookAppointmentHandler;
use App\Message\BookAppointment;
use App\Notification\ReminderOutbox;
use App\Scheduling\ReminderListenerFactory;
use App\Scheduling\SlotReservationService;

// Container boot.
$dispatcher = new EventDispatcher();
$outbox = new ReminderOutbox();
$providers = [
    'prv_cardio_01' => ['open' => 8, 'close' => 16, 'days' => [1, 2, 3, 4]],
    'prv_derm_02' => ['open' => 9, 'close' => 17, 'days' => [1, 3, 5]],
    'prv_gp_03' => ['open' => 7, 'close' => 19, 'days' => [1, 2, 3, 4, 5, 6]],
    'prv_ortho_04' => ['open' => 10, 'close' => 15, 'days' => [2, 4]],
];
$handler = new BookAppointmentHandler(
    $dispatcher,
    new SlotReservationService($dispatcher, $providers),
    new ReminderListenerFactory($outbox),
    $outbox,
);
$worker = new Worker([BookAppointment::class => $handler]);

$providerIds = array_keys($providers);
$reasons = ['Follow-up after lab results', 'Annual check-up', 'Knee pain, worse when climbing stairs', 'Mole check', 'Blood pressure review'];
$channelSets = [['sms'], ['email'], ['sms', 'email'], ['sms', 'email', 'push']];

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $start = (new DateTimeImmutable('2024-09-02 06:00:00'))
        ->modify(sprintf('+%d days +%d minutes', $i % 13, (($i * 7) % 26) * 30));
    $message = new BookAppointment(
        sprintf('req_%08d', 91_200 + $i),
        sprintf('pat_%06d', 100_000 + ($i * 7919) % 50_000),
        $providerIds[$i % count($providerIds)],
        'clinic_rotterdam_zuid',
        $start,
        [15, 30, 45][$i % 3],
        $reasons[$i % count($reasons)] . ' (portal ref ' . dechex(0xA000 + $i) . ')',
        sprintf('patient%d@mail.example.org', 100_000 + ($i * 7919) % 50_000),
        sprintf('+3161%07d', (4_000_000 + $i * 37) % 10_000_000),
        $channelSets[$i % count($channelSets)],
    );

    $worker->handle(new Envelope($message, ['transport' => 'scheduling', 'attempt' => '1']));
}

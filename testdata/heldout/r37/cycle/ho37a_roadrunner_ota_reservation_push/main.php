<?php
// RoadRunner HTTP worker: receives OTA reservation notifications (new and
// modified bookings from Booking.com, Expedia, Airbnb), maps them to the
// domain model, books the inventory and acknowledges with the net amount.

declare(strict_types=1);

require __DIR__ . '/vendor/spiral/roadrunner-http/PSR7Worker.php';
require __DIR__ . '/vendor/doctrine/collections/ArrayCollection.php';
require __DIR__ . '/src/Domain/Reservation.php';
require __DIR__ . '/src/Domain/RoomStay.php';
require __DIR__ . '/src/Ota/ReservationNotificationParser.php';
require __DIR__ . '/src/Inventory/AvailabilityLedger.php';

use App\Inventory\AvailabilityLedger;
use App\Ota\ReservationNotificationParser;
use Spiral\RoadRunner\Http\PSR7Worker;

$worker = new PSR7Worker();
$parser = new ReservationNotificationParser();
$ledger = new AvailabilityLedger(['DBL', 'TWN', 'STE']);
$commission = ['BOOKING_COM' => 0.15, 'EXPEDIA' => 0.18, 'AIRBNB' => 0.03];

while ($request = $worker->waitRequest()) {
    try {
        $reservation = $parser->parse($request->body);
        $touched = $ledger->book($reservation);

        $net = 0;
        foreach ($reservation->getRoomStays() as $stay) {
            $net += $stay->netAmountCents($commission);
        }

        $worker->respond(200, json_encode([
            'success' => true,
            'reservation' => $reservation->getChannelReservationId(),
            'net_cents' => $net,
            'close_out' => $touched,
        ]));
    } catch (\Throwable $e) {
        $worker->respond(500, json_encode(['success' => false, 'error' => $e->getMessage()]));
    }
}

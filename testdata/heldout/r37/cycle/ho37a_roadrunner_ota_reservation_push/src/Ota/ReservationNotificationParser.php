<?php

namespace App\Ota;

use App\Domain\Reservation;
use App\Domain\RoomStay;

final class ReservationNotificationParser
{
    public function parse(string $json): Reservation
    {
        $data = json_decode($json, true, 32, JSON_THROW_ON_ERROR);

        $reservation = new Reservation(
            $data['channel'],
            $data['reservation_id'],
            $data['hotel_code'],
            $data['guest']['given'] . ' ' . $data['guest']['surname'],
            $data['guest']['email'],
            $data['special_requests'] ?? '',
        );

        foreach ($data['room_stays'] as $row) {
            $reservation->addRoomStay($this->roomStay($row));
        }

        return $reservation;
    }

    private function roomStay(array $row): RoomStay
    {
        return new RoomStay(
            $row['room_type'],
            $row['rate_plan'],
            (new \DateTimeImmutable($row['start']))->format('Y-m-d'),
            (int) $row['nights'],
            (int) $row['amount'],
        );
    }
}

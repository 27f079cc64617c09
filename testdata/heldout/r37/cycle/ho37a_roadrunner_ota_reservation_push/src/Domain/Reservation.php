<?php

namespace App\Domain;

use Doctrine\Common\Collections\ArrayCollection;

class Reservation
{
    private ArrayCollection $roomStays;

    public function __construct(
        private readonly string $channel,
        private readonly string $channelReservationId,
        private readonly string $hotelCode,
        private readonly string $guestName,
        private readonly string $guestEmail,
        private readonly string $specialRequests,
    ) {
        $this->roomStays = new ArrayCollection();
    }

    public function addRoomStay(RoomStay $stay): self
    {
        $this->roomStays->add($stay); // leak
        $stay->setReservation($this); // leak

        return $this;
    }

    /** @return iterable<RoomStay> */
    public function getRoomStays(): iterable
    {
        return $this->roomStays;
    }

    public function getChannel(): string
    {
        return $this->channel;
    }

    public function getChannelReservationId(): string
    {
        return $this->channelReservationId;
    }

    public function getHotelCode(): string
    {
        return $this->hotelCode;
    }
}

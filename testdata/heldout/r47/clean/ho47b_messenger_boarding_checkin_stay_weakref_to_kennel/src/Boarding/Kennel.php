<?php

namespace App\Boarding;

use App\Message\CheckInPet;

final class Kennel
{
    /** @var list<BoardingStay> */
    private array $stays = [];

    public function __construct(
        public readonly string $code,
        public readonly string $size,
        public readonly int $capacity,
        public readonly bool $heated,
    ) {
    }

    public static function fromRow(array $row): self
    {
        return new self($row['code'], $row['size'], (int) $row['capacity'], (bool) $row['heated']);
    }

    /** @param class-string<BoardingStay> $stayClass */
    public function openStay(CheckInPet $checkIn, string $stayClass = BoardingStay::class): BoardingStay
    {
        if (count($this->stays) >= $this->capacity) {
            throw new \DomainException("Kennel {$this->code} is full");
        }
        $stay = new $stayClass($this, $checkIn->bookingRef, $checkIn->petName, $checkIn->careInstructions, $checkIn->nights);
        $this->stays[] = $stay;
        return $stay;
    }

    public function occupancy(): int
    {
        return count($this->stays);
    }
}

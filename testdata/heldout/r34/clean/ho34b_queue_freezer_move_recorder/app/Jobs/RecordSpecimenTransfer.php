<?php

declare(strict_types=1);

namespace App\Jobs;

use App\Entities\CustodyTransfer;
use App\Entities\Specimen;
use App\Support\Doctrine;

/** Dispatched by the freezer-inventory scanner app when a tube is moved. */
final class RecordSpecimenTransfer
{
    public function __construct(
        public readonly int $specimenId,
        public readonly string $toLocation,
        public readonly string $custodian,
        public readonly string $reason,
        public readonly int $scannedAt,
    ) {
    }

    public function handle(): void
    {
        $em = Doctrine::em();
        /** @var Specimen|null $specimen */
        $specimen = $em->find(Specimen::class, $this->specimenId);
        if ($specimen === null) {
            throw new \RuntimeException("Unknown specimen {$this->specimenId}");
        }

        $transfer = new CustodyTransfer(
            $specimen->id,
            $specimen->location,
            $this->toLocation,
            $this->custodian,
            $this->reason,
            (new \DateTimeImmutable('@' . $this->scannedAt))->setTimezone(new \DateTimeZone('Europe/Berlin')),
        );
        $specimen->location = $this->toLocation;
        $em->persist($transfer);
        $em->flush();
    }
}

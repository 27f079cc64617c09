<?php

declare(strict_types=1);

namespace App\Http\Controllers;

use App\Custody\CustodyBreachException;
use App\Custody\StorageRequirements;
use App\Support\Facades\Custody;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;

final class SpecimenHandoffController
{
    public function __construct(private readonly StorageRequirements $requirements)
    {
    }

    public function store(Request $request): JsonResponse
    {
        $handoff = Custody::current();
        [$min, $max] = $this->requirements->rangeFor($handoff->specimenType);

        $excursions = array_filter($handoff->temperatureLog, static fn (float $t) => $t < $min || $t > $max);
        if ($excursions !== []) {
            Custody::record(sprintf('EXCURSION %s %.1f..%.1f C', $handoff->loggerSerial, min($excursions), max($excursions)));
            throw new CustodyBreachException($handoff->barcode, 'TEMP', sprintf('%s left %.0f..%.0f C during transport', $handoff->barcode, $min, $max));
        }
        if ($handoff->releasedBy === $handoff->receivedBy) {
            throw new CustodyBreachException($handoff->barcode, 'SAME_CUSTODIAN', 'Releasing and receiving custodian must differ');
        }

        Custody::record("RECEIVED {$handoff->barcode} by {$handoff->receivedBy} at {$handoff->receivedAt->format(DATE_ATOM)}");
        Custody::record("STORED {$handoff->barcode} in {$handoff->toLocation}");

        return new JsonResponse(['barcode' => $handoff->barcode, 'location' => $handoff->toLocation], 201);
    }
}

<?php

namespace App\MessageHandler;

use App\Calibration\CalibrationLedger;
use App\Calibration\CalibrationRun;
use App\Message\CalibrateSensor;
use Symfony\Component\Messenger\Attribute\AsMessageHandler;

#[AsMessageHandler(fromTransport: 'calibration')]
final class CalibrateSensorHandler
{
    private const TOLERANCE = ['temperature' => 0.2, 'humidity' => 3.0, 'pressure' => 0.3];

    public function __construct(private readonly CalibrationLedger $ledger)
    {
    }

    public function __invoke(CalibrateSensor $message): bool
    {
        $run = new CalibrationRun(
            $message->sensorId,
            $message->kind,
            $message->technician,
            $message->chamberBias,
            gmdate(DATE_ATOM),
        );
        foreach ($message->comparisons as $c) {
            $run->record($c['reference'], $c['reading'], $c['chamber']);
        }

        $result = $run->fit();
        if (!$result->withinTolerance(self::TOLERANCE[$message->kind] ?? 0.5)) {
            return false;
        }
        $this->ledger->accept($result);
        return true;
    }
}

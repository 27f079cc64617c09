<?php

declare(strict_types=1);

use App\Jobs\HoldAppointmentSlots;

// Local replay of the bookings queue: what the portal pushes when a patient picks visit times.
return static function (int $i): ?string {
    if ($i >= (int) (getenv('PHPLEAK_N') ?: 100)) {
        return null;
    }
    $clinicians = ['dr_okafor', 'dr_lindqvist', 'np_ramanathan', 'dr_costa'];
    $clinician = $clinicians[$i % count($clinicians)];
    $day = sprintf('2024-06-%02d', 3 + $i % 25);
    $first = sprintf('%s %02d:%02d', $day, 8 + $i % 8, ($i % 4) * 15);
    $second = sprintf('%s %02d:%02d', $day, 8 + ($i + 1) % 8, (($i + 2) % 4) * 15);
    $command = new HoldAppointmentSlots(
        sprintf('BK-%06d-%04X', 810000 + $i, crc32('bk' . $i) & 0xffff),
        sprintf('pt_%07d', 600000 + ($i * 29) % 99991),
        [$clinician . '@' . $first, $clinician . '@' . $second],
        $i % 3 === 0 ? 'new_patient' : 'follow_up',
        $day . ' 07:' . sprintf('%02d', $i % 60),
    );
    return json_encode([
        'uuid' => sprintf('%08x-%04x-4%03x-b%03x-%012x', crc32('hold' . $i), $i & 0xffff, $i & 0xfff, ($i >> 2) & 0xfff, $i),
        'displayName' => HoldAppointmentSlots::class,
        'job' => 'Illuminate\\Queue\\CallQueuedHandler@call',
        'maxTries' => 3,
        'data' => ['commandName' => HoldAppointmentSlots::class, 'command' => serialize($command)],
    ]);
};

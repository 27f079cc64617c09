<?php

declare(strict_types=1);

use App\Jobs\TransmitPrescription;

// Local replay of the erx queue: what the web tier pushes when a clinician signs a prescription.
return static function (int $i): ?string {
    if ($i >= (int) (getenv('PHPLEAK_N') ?: 100)) {
        return null;
    }
    $drugs = [
        ['00093-7146-56', 'Amoxicillin 500 MG Oral Capsule', 'Take 1 capsule by mouth three times daily for 10 days', 30],
        ['00378-0208-01', 'Lisinopril 10 MG Oral Tablet', 'Take 1 tablet by mouth once daily', 90],
        ['68180-0513-01', 'Metformin 500 MG Oral Tablet', 'Take 1 tablet by mouth twice daily with meals', 180],
        ['00781-1506-01', 'Sertraline 50 MG Oral Tablet', 'Take 1 tablet by mouth every morning', 30],
    ];
    [$ndc, $desc, $sig, $qty] = $drugs[$i % count($drugs)];
    $command = new TransmitPrescription(
        sprintf('%08d', 41000000 + $i),
        sprintf('pt_%07d', 300000 + ($i * 17) % 99991),
        (string) (1234500000 + $i % 300),
        (string) (1400000 + ($i * 7) % 60000),
        $ndc,
        $desc,
        $sig,
        $qty,
        $i % 4,
        sprintf('2024-05-%02dT%02d:%02d:%02dZ', 1 + $i % 28, $i % 24, $i % 60, ($i * 7) % 60),
    );
    return json_encode([
        'uuid' => sprintf('%08x-%04x-4%03x-a%03x-%012x', crc32('job' . $i), $i & 0xffff, $i & 0xfff, ($i >> 3) & 0xfff, $i),
        'displayName' => TransmitPrescription::class,
        'job' => 'Illuminate\\Queue\\CallQueuedHandler@call',
        'maxTries' => 3,
        'data' => ['commandName' => TransmitPrescription::class, 'command' => serialize($command)],
    ]);
};

<?php

declare(strict_types=1);

namespace App\Records;

final class PatientChartRepository
{
    /** @return array<string, list<array<string, string>>> */
    public function sectionsFor(string $patientId, array $sections): array
    {
        $seed = crc32($patientId);
        $chart = [];
        foreach ($sections as $section) {
            $rows = [];
            for ($r = 0, $count = 1 + ($seed + strlen($section)) % 4; $r < $count; $r++) {
                $rows[] = ['id' => sprintf('%s-%s-%d', $section, dechex($seed), $r), 'recorded' => date('Y-m-d', 1_600_000_000 + ($seed % 9000) * 3600 + $r * 86400)];
            }
            $chart[$section] = $rows;
        }

        return $chart;
    }
}

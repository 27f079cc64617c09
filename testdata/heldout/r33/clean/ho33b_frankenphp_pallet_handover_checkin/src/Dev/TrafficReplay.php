<?php

namespace App\Dev;

/** Replays handover scans the way the dock scanners post them. */
final class TrafficReplay
{
    public static function scans(int $count): \Generator
    {
        $docks = ['D01', 'D02', 'D03', 'D07'];
        $parties = ['CARRIER-FRIGO-NL', 'DC-ROTTERDAM-FRESH', 'DC-VENLO-PHARMA'];

        for ($i = 0; $i < $count; $i++) {
            $sscc = sprintf('0087123450%08d', 5000000 + $i);
            $cartons = [];
            for ($c = 0; $c < 4; $c++) {
                $cartons[] = sprintf('(01)0871234500%04d(10)LOT%05d', $c, $i);
            }

            yield [
                'method' => 'POST',
                'uri' => '/api/handover',
                'device' => sprintf('ZEBRA-TC52-%02d', $i % 6),
                'body' => [
                    'sscc' => $sscc,
                    'from' => $parties[0],
                    'to' => $parties[1 + $i % 2],
                    'dock' => $docks[$i % 4],
                    'logger' => sprintf('TT4USB-%06d', 100000 + $i),
                    'probe_temp' => 3.5 + ($i % 9) / 10,
                    'scanned_at' => date(DATE_ATOM, 1718000000 + $i * 40),
                    'signature' => base64_encode(hash('sha256', $sscc . $i, true)) . base64_encode(random_bytes(48)),
                    'cartons' => $cartons,
                ],
            ];
        }
    }
}
